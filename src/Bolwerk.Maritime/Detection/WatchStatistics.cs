using Bolwerk.Maritime.Snapshots;

namespace Bolwerk.Maritime.Detection;

/// <summary>What the watch saw: for the summary on standard error and for tests.</summary>
public sealed class WatchStatistics
{
    /// <summary>Positions offered.</summary>
    public long Positions { get; internal set; }

    /// <summary>Positions accepted into a vessel's track.</summary>
    public long Accepted { get; internal set; }

    /// <summary>Positions older than the vessel's latest (late deliveries, other receivers), skipped.</summary>
    public long OutOfOrder { get; internal set; }

    /// <summary>Exact repeats of the latest position (one message via two receivers), skipped.</summary>
    public long Duplicates { get; internal set; }

    /// <summary>Positions set aside as a second track (jump or second ship).</summary>
    public long Diverted { get; internal set; }

    /// <summary>Static reports applied.</summary>
    public long IdentityReports { get; internal set; }

    /// <summary>Vessel-hours observed: the sum over vessels of last minus first position time.</summary>
    public double VesselHours { get; internal set; }

    internal void WriteTo(WatchStateWriter writer)
    {
        writer.Write(Positions);
        writer.Write(Accepted);
        writer.Write(OutOfOrder);
        writer.Write(Duplicates);
        writer.Write(Diverted);
        writer.Write(IdentityReports);
        writer.Write(VesselHours);
    }

    internal void ReadFrom(WatchStateReader reader)
    {
        Positions = reader.ReadInt64();
        Accepted = reader.ReadInt64();
        OutOfOrder = reader.ReadInt64();
        Duplicates = reader.ReadInt64();
        Diverted = reader.ReadInt64();
        IdentityReports = reader.ReadInt64();
        VesselHours = reader.ReadDouble();
    }
}
