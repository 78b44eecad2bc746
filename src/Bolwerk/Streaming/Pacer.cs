namespace Bolwerk.Host.Streaming;

/// <summary>
/// Keeps a sender at most at a rate (`bolwerk ingest --rate`): after each item, how long to wait
/// so that the items so far take at least their due time since the start; nothing when behind.
/// </summary>
internal sealed class Pacer(double perSecond, TimeProvider time)
{
    private readonly long _start = time.GetTimestamp();
    private long _items;

    /// <summary>The wait after one more item: never negative.</summary>
    public TimeSpan Next()
    {
        // One reading of the clock. Reading it twice — once to ask "ahead?", again for "by how
        // much?" — gave a negative delay when the sender was exactly on pace and the thread was
        // preempted between the two, and Task.Delay threw: the sender died and the ingest stalled
        // (docs/streaming.md, 2026-11-29).
        var wait = TimeSpan.FromSeconds(++_items / perSecond) - time.GetElapsedTime(_start);
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }
}
