namespace Bolwerk.Storage.Tracks;

/// <summary>The latest state and identity of one vessel.</summary>
public sealed record StoredVessel
{
    /// <summary>MMSI.</summary>
    public required uint Mmsi { get; init; }

    /// <summary>Name, when reported.</summary>
    public string? Name { get; init; }

    /// <summary>Call sign, when reported.</summary>
    public string? CallSign { get; init; }

    /// <summary>IMO number as reported (check digit not enforced).</summary>
    public int? Imo { get; init; }

    /// <summary>AIS ship type.</summary>
    public int? ShipType { get; init; }

    /// <summary>Length overall, metres.</summary>
    public int? LengthMetres { get; init; }

    /// <summary>Beam, metres.</summary>
    public int? BeamMetres { get; init; }

    /// <summary>True for Class B transponders.</summary>
    public bool ClassB { get; init; }

    /// <summary>First position time.</summary>
    public required DateTimeOffset FirstSeen { get; init; }

    /// <summary>Latest position.</summary>
    public required StoredPosition Last { get; init; }

    /// <summary>Accepted positions.</summary>
    public long Positions { get; init; }
}

/// <summary>One value an identity field held, first and last reported.</summary>
public sealed record StoredIdentityChange(uint Mmsi, string Field, string Value, DateTimeOffset FirstSeen, DateTimeOffset LastSeen);

/// <summary>A vessel that came within the radius: how close, when, and how many positions were inside.</summary>
public sealed record VesselPassage(uint Mmsi, double ClosestMetres, StoredPosition Closest, int PositionsInside, DateTimeOffset FirstInside, DateTimeOffset LastInside);
