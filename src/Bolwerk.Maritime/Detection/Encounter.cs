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
}
