using Bolwerk.Maritime.Detection;

namespace Bolwerk.Maritime.Partitioning;

/// <summary>
/// The watch of one partition, fed from the stream in order. An end of input closes the watch's
/// open episodes, as the end of a file does; the next message begins a new watch. The publisher's
/// sequence numbers are checked: a number skipped is a message lost, a number again is a message
/// repeated (the watch ignores a repeat; a gap is counted and the watch goes on, as a receiver
/// outage would leave it).
/// </summary>
public sealed class PartitionWatch(Func<MaritimeWatch> create)
{
    private ulong _run;
    private ulong _last;

    /// <summary>The current watch (a new one after an end of input).</summary>
    public MaritimeWatch Watch { get; private set; } = create();

    /// <summary>Messages applied.</summary>
    public long Applied { get; private set; }

    /// <summary>Sequence numbers skipped within a publisher's run (messages that never arrived).</summary>
    public long Missing { get; private set; }

    /// <summary>Messages seen again (a sequence number at or below the last of its run), not applied.</summary>
    public long Repeated { get; private set; }

    /// <summary>Applies one message; returns false when it was a repeat and was not applied.</summary>
    public bool Apply(in Observation observation)
    {
        if (observation.Run == _run && observation.Sequence <= _last)
        {
            Repeated++;
            return false;
        }

        // A new run starts at 1; within a run every number follows the last.
        var expected = observation.Run == _run ? _last + 1 : 1;
        if (observation.Sequence > expected)
        {
            Missing += (long)(observation.Sequence - expected);
        }

        (_run, _last) = (observation.Run, observation.Sequence);
        Applied++;
        if (observation.Kind == ObservationKind.EndOfInput)
        {
            Watch.Complete();
            return true;
        }

        if (Watch.IsComplete)
        {
            Watch = create();
        }

        observation.ApplyTo(Watch);
        return true;
    }
}
