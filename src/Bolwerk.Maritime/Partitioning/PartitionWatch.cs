using Bolwerk.Maritime.Detection;

namespace Bolwerk.Maritime.Partitioning;

/// <summary>
/// A watch fed from the stream in order: one partition's messages, or — for the rules that compare
/// two vessels — every partition's. The publisher's sequence numbers are checked per partition: a
/// number skipped is a message lost, a number again is a message repeated (the watch ignores a
/// repeat; a gap is counted and the watch goes on, as a receiver outage would leave it). An end of
/// input closes the watch's open episodes, as the end of a file does, once every partition fed
/// here has ended (<paramref name="partitions"/>); the next message begins a new watch.
/// </summary>
public sealed class PartitionWatch(Func<MaritimeWatch> create, int partitions = 1)
{
    private readonly Dictionary<int, (ulong Run, ulong Last)> _sequences = [];
    private readonly HashSet<int> _ended = [];

    /// <summary>The current watch (a new one after an end of input).</summary>
    public MaritimeWatch Watch { get; private set; } = create();

    /// <summary>Messages applied.</summary>
    public long Applied { get; private set; }

    /// <summary>Sequence numbers skipped within a publisher's run (messages that never arrived).</summary>
    public long Missing { get; private set; }

    /// <summary>Messages seen again (a sequence number at or below the last of its run), not applied.</summary>
    public long Repeated { get; private set; }

    /// <summary>Applies one message of <paramref name="partition"/>; returns false when it was a repeat and was not applied.</summary>
    public bool Apply(in Observation observation, int partition = 0)
    {
        var (run, last) = _sequences.GetValueOrDefault(partition);
        if (observation.Run == run && observation.Sequence <= last)
        {
            Repeated++;
            return false;
        }

        // A new run starts at 1; within a run every number follows the last.
        var expected = observation.Run == run ? last + 1 : 1;
        if (observation.Sequence > expected)
        {
            Missing += (long)(observation.Sequence - expected);
        }

        _sequences[partition] = (observation.Run, observation.Sequence);
        Applied++;
        if (observation.Kind == ObservationKind.EndOfInput)
        {
            _ended.Add(partition);
            if (_ended.Count >= partitions)
            {
                Watch.Complete();
            }

            return true;
        }

        if (Watch.IsComplete)
        {
            Watch = create();
            _ended.Clear();
        }

        observation.ApplyTo(Watch);
        return true;
    }
}
