namespace Bolwerk.Maritime.Tracking;

/// <summary>
/// A vessel's own reporting rhythm: the median of its last 16 intervals between positions. The
/// median ignores the odd long silence, so a gap is judged against how often this ship normally
/// reports (2 s for a fast Class A, 3 min at anchor, 30 s–3 min for Class B).
/// </summary>
public sealed class ReportCadence
{
    private const int Size = 16;
    private readonly float[] _intervals = new float[Size];
    private int _count;
    private int _next;

    /// <summary>Adds an interval in seconds (zero intervals — the same message via two stations — are ignored).</summary>
    public void Add(double seconds)
    {
        if (seconds <= 0)
        {
            return;
        }

        _intervals[_next] = (float)seconds;
        _next = (_next + 1) % Size;
        _count = Math.Min(_count + 1, Size);
    }

    /// <summary>Median interval in seconds, or NaN before the first interval.</summary>
    public double MedianSeconds()
    {
        if (_count == 0)
        {
            return double.NaN;
        }

        Span<float> copy = stackalloc float[_count];
        _intervals.AsSpan(0, _count).CopyTo(copy);
        copy.Sort();
        return copy[_count / 2];
    }
}
