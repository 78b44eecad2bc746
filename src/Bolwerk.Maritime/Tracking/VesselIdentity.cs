namespace Bolwerk.Maritime.Tracking;

/// <summary>
/// What a vessel says about itself in static reports (types 5, 19, 24 or DMA columns). Fields
/// are null until first reported; an IMO number is kept even when its check digit fails, because
/// a bad IMO is itself evidence.
/// </summary>
public sealed record VesselIdentity
{
    /// <summary>Name with AIS padding trimmed.</summary>
    public string? Name { get; init; }

    /// <summary>Call sign.</summary>
    public string? CallSign { get; init; }

    /// <summary>IMO number as transmitted (0 = not available is stored as null).</summary>
    public int? Imo { get; init; }

    /// <summary>AIS ship and cargo type, 1–99 (0 = not available is stored as null).</summary>
    public int? ShipType { get; init; }

    /// <summary>Length overall in metres (bow + stern), when reported.</summary>
    public int? LengthMetres { get; init; }

    /// <summary>Beam in metres (port + starboard), when reported.</summary>
    public int? BeamMetres { get; init; }

    /// <summary>True for cargo ships and tankers (AIS types 70–89), the anchor-drag population.</summary>
    public bool IsMerchant => ShipType is >= 70 and <= 89;
}
