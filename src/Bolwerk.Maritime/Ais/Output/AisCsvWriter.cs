using System.Globalization;
using Bolwerk.Maritime.Ais.Decoding;
using Bolwerk.Maritime.Ais.Messages;

namespace Bolwerk.Maritime.Ais.Output;

/// <summary>
/// Writes decoded messages as CSV in scaled units, one row per message with the columns a
/// track or vessel table needs: line, received, type, mmsi, lat, lon (degrees), sog (knots),
/// cog (degrees), heading, status, shipname, callsign, imo, shiptype, destination. Fields a
/// message does not carry, or marks "not available", are empty.
/// </summary>
public sealed class AisCsvWriter : AisMessageHandler
{
    /// <summary>The header row.</summary>
    public const string Header = "line,received,type,mmsi,lat,lon,sog,cog,heading,status,shipname,callsign,imo,shiptype,destination";

    private readonly TextWriter _output;

    /// <summary>Creates the writer and writes the header row.</summary>
    public AisCsvWriter(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _output.WriteLine(Header);
    }

    /// <inheritdoc/>
    public override void OnPositionReportClassA(in AisContext context, in PositionReportClassA message) =>
        Row(context, message.Header, message.Lat, message.Lon, message.Speed, message.Course, message.Heading, message.Status);

    /// <inheritdoc/>
    public override void OnPositionReportClassB(in AisContext context, in PositionReportClassB message) =>
        Row(context, message.Header, message.Lat, message.Lon, message.Speed, message.Course, message.Heading, null);

    /// <inheritdoc/>
    public override void OnExtendedPositionReportClassB(in AisContext context, in ExtendedPositionReportClassB message) =>
        Row(context, message.Header, message.Lat, message.Lon, message.Speed, message.Course, message.Heading, null, message.ShipName, shipType: message.ShipType);

    /// <inheritdoc/>
    public override void OnBaseStationReport(in AisContext context, in BaseStationReport message) =>
        Row(context, message.Header, message.Lat, message.Lon, null, null, null, null);

    /// <inheritdoc/>
    public override void OnSarAircraftPositionReport(in AisContext context, in SarAircraftPositionReport message) =>
        Row(context, message.Header, message.Lat, message.Lon, message.Speed, message.Course, null, null);

    /// <inheritdoc/>
    public override void OnAidToNavigationReport(in AisContext context, in AidToNavigationReport message) =>
        Row(context, message.Header, message.Lat, message.Lon, null, null, null, null, message.Name);

    /// <inheritdoc/>
    public override void OnStaticAndVoyageData(in AisContext context, in StaticAndVoyageData message) =>
        Row(context, message.Header, null, null, null, null, null, null, message.ShipName, message.CallSign, message.Imo, message.ShipType, message.Destination);

    /// <inheritdoc/>
    public override void OnStaticDataReport(in AisContext context, in StaticDataReport message) =>
        Row(context, message.Header, null, null, null, null, null, null, message.ShipName, message.CallSign, shipType: message.Part == StaticDataPart.A ? null : message.ShipType);

    /// <summary>Writes a DMA CSV row in the same columns (type empty; values already scaled by DMA).</summary>
    public void WriteDmaRow(Dma.DmaAisRecord row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var c = CultureInfo.InvariantCulture;
        _output.WriteLine(string.Join(',',
            row.LineNumber.ToString(c), row.Timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", c), "", row.Mmsi.ToString("D9", c),
            row.Latitude?.ToString("0.######", c), row.Longitude?.ToString("0.######", c), row.Sog?.ToString("0.0", c), row.Cog?.ToString("0.0", c),
            row.Heading?.ToString(c), Quote(row.NavigationalStatus), Quote(row.Name), Quote(row.CallSign), Quote(row.Imo), Quote(row.ShipType), Quote(row.Destination)));
    }

    private void Row(in AisContext context, AisHeader header, int? lat, int? lon, int? speed, int? course, int? heading, int? status,
        string? name = null, string? callSign = null, int? imo = null, int? shipType = null, string? destination = null)
    {
        var c = CultureInfo.InvariantCulture;
        _output.Write(context.LineNumber.ToString(c));
        _output.Write(',');
        _output.Write(context.ReceivedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFF'Z'", c));
        _output.Write(',');
        _output.Write(header.MessageType.ToString(c));
        _output.Write(',');
        _output.Write(header.Mmsi.ToString("D9", c));
        _output.Write(',');
        _output.Write(lat is { } la ? AisUnits.Latitude(la)?.ToString("0.######", c) : null);
        _output.Write(',');
        _output.Write(lon is { } lo ? AisUnits.Longitude(lo)?.ToString("0.######", c) : null);
        _output.Write(',');
        _output.Write(speed is { } s ? AisUnits.SpeedKnots(s)?.ToString("0.0", c) : null);
        _output.Write(',');
        _output.Write(course is { } co ? AisUnits.CourseDegrees(co)?.ToString("0.0", c) : null);
        _output.Write(',');
        _output.Write(heading is { } h ? AisUnits.HeadingDegrees(h)?.ToString(c) : null);
        _output.Write(',');
        _output.Write(status?.ToString(c));
        _output.Write(',');
        _output.Write(Quote(name));
        _output.Write(',');
        _output.Write(Quote(callSign));
        _output.Write(',');
        _output.Write(imo is > 0 ? imo.Value.ToString(c) : null);
        _output.Write(',');
        _output.Write(shipType?.ToString(c));
        _output.Write(',');
        _output.WriteLine(Quote(destination));
    }

    // Six-bit text can contain commas and quotes.
    private static string? Quote(string? text) =>
        text is null || text.AsSpan().IndexOfAny(",\"\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
