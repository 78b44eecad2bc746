using Bolwerk.Maritime.Tracking;

namespace Bolwerk.Maritime.Partitioning;

/// <summary>What a message on the partitioned stream says.</summary>
public enum ObservationKind : byte
{
    /// <summary>A position report (<see cref="Observation.Point"/>, <see cref="Observation.ClassB"/>).</summary>
    Position = (byte)'P',

    /// <summary>A static report (<see cref="Observation.Identity"/>).</summary>
    Identity = (byte)'I',

    /// <summary>The input ended: the watch closes its open episodes, as at the end of a file.</summary>
    EndOfInput = (byte)'E',
}

/// <summary>
/// One decoded message as it travels between `bolwerk ingest` and the partition workers, with
/// the publisher's run and its sequence number within the partition, so a worker notices a gap
/// or a message out of place instead of silently watching a different story.
/// </summary>
public readonly record struct Observation(ObservationKind Kind, ulong Run, ulong Sequence, uint Mmsi, long TimeMs, TrackPoint Point, bool ClassB, VesselIdentity? Identity)
{
    /// <summary>Applies the observation to a watch input (end of input is the caller's to handle).</summary>
    public void ApplyTo(IWatchInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        switch (Kind)
        {
            case ObservationKind.Position:
                input.ObservePosition(Mmsi, Point, ClassB);
                break;
            case ObservationKind.Identity:
                input.ObserveIdentity(Mmsi, TimeMs, Identity!);
                break;
        }
    }
}
