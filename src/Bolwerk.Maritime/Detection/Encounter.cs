using Bolwerk.Maritime.Snapshots;
using Bolwerk.Maritime.Tracking;

namespace Bolwerk.Maritime.Detection;

/// <summary>Two vessels seen close together and slow: an encounter in progress.</summary>
internal sealed class Encounter(VesselState first, VesselState second, long startMs)
{
    public VesselState First { get; } = first;

    public VesselState Second { get; } = second;

    public long StartMs { get; } = startMs;

    public long LastMs { get; set; } = startMs;

    public double ClosestMetres { get; set; } = double.MaxValue;

    public TrackPoint ClosestAt { get; set; }

    public EvidenceTrack Evidence { get; } = new();

    internal void WriteTo(WatchStateWriter writer)
    {
        writer.Write(First.Mmsi);
        writer.Write(Second.Mmsi);
        writer.Write(StartMs);
        writer.Write(LastMs);
        writer.Write(ClosestMetres);
        writer.Write(ClosestAt);
        Evidence.WriteTo(writer);
    }

    internal static Encounter ReadFrom(WatchStateReader reader, Func<uint, VesselState> vessel)
    {
        var encounter = new Encounter(vessel(reader.ReadUInt32()), vessel(reader.ReadUInt32()), reader.ReadInt64())
        {
            LastMs = reader.ReadInt64(),
            ClosestMetres = reader.ReadDouble(),
            ClosestAt = reader.ReadPoint(),
        };
        encounter.Evidence.ReadFrom(reader);
        return encounter;
    }
}
