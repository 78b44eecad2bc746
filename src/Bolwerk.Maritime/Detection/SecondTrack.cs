using Bolwerk.Maritime.Snapshots;
using Bolwerk.Maritime.Tracking;

namespace Bolwerk.Maritime.Detection;

/// <summary>
/// Positions under a vessel's MMSI that its accepted track could not have reached: a spoofed
/// excursion, or a second ship using the same MMSI. Kept apart so the other detectors see one
/// self-consistent track.
/// </summary>
internal sealed class SecondTrack(TrackPoint first, TrackPoint primaryLast)
{
    public TrackPoint First { get; } = first;

    public TrackPoint Last { get; set; } = first;

    /// <summary>The accepted track's last position when the second track began (the jump's origin).</summary>
    public TrackPoint PrimaryBefore { get; } = primaryLast;

    public int Count { get; set; } = 1;

    /// <summary>Positions the accepted track reported while this one existed.</summary>
    public int PrimaryDuring { get; set; }

    /// <summary>Changes between the two tracks in the order of reports (1 at the start).</summary>
    public int Switches { get; set; } = 1;

    /// <summary>True when the latest position went to this track.</summary>
    public bool LastWasSecond { get; set; } = true;

    /// <summary>Latest report of either track while both were alive (conflict end).</summary>
    public long LastInterleavedMs { get; set; } = first.TimeMs;

    public EvidenceTrack Evidence { get; } = new();

    internal void WriteTo(WatchStateWriter writer)
    {
        writer.Write(First);
        writer.Write(PrimaryBefore);
        writer.Write(Last);
        writer.Write(Count);
        writer.Write(PrimaryDuring);
        writer.Write(Switches);
        writer.Write(LastWasSecond);
        writer.Write(LastInterleavedMs);
        Evidence.WriteTo(writer);
    }

    internal static SecondTrack ReadFrom(WatchStateReader reader)
    {
        var track = new SecondTrack(reader.ReadPoint(), reader.ReadPoint())
        {
            Last = reader.ReadPoint(),
            Count = reader.ReadInt32(),
            PrimaryDuring = reader.ReadInt32(),
            Switches = reader.ReadInt32(),
            LastWasSecond = reader.ReadBoolean(),
            LastInterleavedMs = reader.ReadInt64(),
        };
        track.Evidence.ReadFrom(reader);
        return track;
    }
}
