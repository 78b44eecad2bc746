namespace Bolwerk.Maritime.Ais.Dma;

/// <summary>
/// One row of the Danish Maritime Authority's AIS CSV archive (aisdk): already decoded and
/// scaled by DMA. Optional fields are null when empty or "Unknown"/"Undefined".
/// </summary>
/// <param name="LineNumber">1-based line in the file.</param>
/// <param name="Timestamp">Base station time (UTC).</param>
/// <param name="TypeOfMobile">e.g. "Class A", "Class B", "Base Station", "AtoN".</param>
/// <param name="Mmsi">MMSI.</param>
/// <param name="Latitude">Degrees, or null.</param>
/// <param name="Longitude">Degrees, or null.</param>
/// <param name="NavigationalStatus">Status in words, or null.</param>
/// <param name="RateOfTurn">Degrees per minute, or null.</param>
/// <param name="Sog">Knots, or null.</param>
/// <param name="Cog">Degrees, or null.</param>
/// <param name="Heading">Degrees, or null.</param>
/// <param name="Imo">IMO number as text (DMA writes "Unknown" when absent), or null.</param>
/// <param name="CallSign">Call sign, or null.</param>
/// <param name="Name">Vessel name, or null.</param>
/// <param name="ShipType">Ship type in words, or null.</param>
/// <param name="CargoType">Cargo type, or null.</param>
/// <param name="Width">Metres, or null.</param>
/// <param name="Length">Metres, or null.</param>
/// <param name="PositionFixingDevice">EPFD in words, or null.</param>
/// <param name="Draught">Metres, or null.</param>
/// <param name="Destination">Destination, or null.</param>
/// <param name="Eta">Estimated time of arrival, or null.</param>
/// <param name="DataSourceType">e.g. "AIS".</param>
/// <param name="ToBow">Size A, metres from reference point to bow, or null.</param>
/// <param name="ToStern">Size B, or null.</param>
/// <param name="ToStarboard">Size C, or null.</param>
/// <param name="ToPort">Size D, or null.</param>
public sealed record DmaAisRecord(
    long LineNumber, DateTimeOffset Timestamp, string TypeOfMobile, uint Mmsi, double? Latitude, double? Longitude,
    string? NavigationalStatus, double? RateOfTurn, double? Sog, double? Cog, int? Heading, string? Imo, string? CallSign,
    string? Name, string? ShipType, string? CargoType, double? Width, double? Length, string? PositionFixingDevice,
    double? Draught, string? Destination, DateTimeOffset? Eta, string? DataSourceType, double? ToBow, double? ToStern,
    double? ToStarboard, double? ToPort);
