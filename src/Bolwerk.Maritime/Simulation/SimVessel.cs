using Bolwerk.Geodesy;

namespace Bolwerk.Maritime.Simulation;

/// <summary>A simulated vessel: who it says it is, where it goes, and what it does on the way.</summary>
internal sealed class SimVessel
{
    public required uint Mmsi { get; init; }

    public bool ClassB { get; init; }

    public required string Name { get; init; }

    public string CallSign { get; init; } = string.Empty;

    public int Imo { get; init; }

    public int ShipType { get; init; }

    public int Length { get; init; } = 120;

    public int Beam { get; init; } = 20;

    public required double TransitKnots { get; init; }

    /// <summary>Reports start at this time …</summary>
    public required long ActiveFromMs { get; init; }

    /// <summary>… and stop at this time (the vessel leaves the picture).</summary>
    public required long ActiveToMs { get; init; }

    /// <summary>Waypoints to follow; at the end the vessel stays put, or turns round after a port stay when <see cref="ShuttleAtEnd"/>.</summary>
    public required List<GeoPoint> Route { get; set; }

    public bool ShuttleAtEnd { get; init; }

    /// <summary>The whole lane a shuttling vessel sails back and forth (with its sideways offset), first point first.</summary>
    public IReadOnlyList<GeoPoint>? Lane { get; init; }

    /// <summary>Whether the lane's first and last points are junctions at sea rather than ports.</summary>
    public (bool First, bool Last) LaneJunctions { get; init; }

    /// <summary>True when the current route ends where lanes join at sea rather than in a port.</summary>
    public bool EndsAtJunction { get; set; }

    public List<SimPhase> Phases { get; } = [];

    /// <summary>Innocent reception outages (start, end) in ms.</summary>
    public List<(long Start, long End)> Outages { get; } = [];

    // Motion state, advanced by the simulator.
    public GeoPoint Position { get; set; }

    public int NextWaypoint { get; set; } = 1;

    public double CourseDegrees { get; set; }

    public long LastMoveMs { get; set; }

    public long PortStayUntilMs { get; set; } = -1;

    public long NextStaticMs { get; set; }

    public int StaticCount { get; set; }

    public int ReportCount { get; set; }

    public long FirstReportMs { get; set; } = -1;

    public long LastReportMs { get; set; } = -1;

    public SimPhase? PhaseAt(long timeMs)
    {
        foreach (var phase in Phases)
        {
            if (phase.Covers(timeMs))
            {
                return phase;
            }
        }

        return null;
    }
}
