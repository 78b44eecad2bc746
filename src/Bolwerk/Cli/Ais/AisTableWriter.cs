using System.Globalization;
using Bolwerk.Maritime.Ais.Decoding;
using Bolwerk.Maritime.Ais.Messages;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Ais;

/// <summary>Collects position and static messages into a console table (for a quick look; at most <see cref="MaxRows"/> rows).</summary>
internal sealed class AisTableWriter : AisMessageHandler
{
    public const int MaxRows = 1000;

    public Table Table { get; } = new Table().AddColumns("line", "type", "mmsi", "lat", "lon", "sog", "cog", "name");

    public override void OnPositionReportClassA(in AisContext context, in PositionReportClassA message) =>
        Add(context, message.Header, message.Lat, message.Lon, message.Speed, message.Course, "");

    public override void OnPositionReportClassB(in AisContext context, in PositionReportClassB message) =>
        Add(context, message.Header, message.Lat, message.Lon, message.Speed, message.Course, "");

    public override void OnStaticAndVoyageData(in AisContext context, in StaticAndVoyageData message) =>
        Add(context, message.Header, null, null, null, null, message.ShipName);

    public override void OnStaticDataReport(in AisContext context, in StaticDataReport message) =>
        Add(context, message.Header, null, null, null, null, message.ShipName);

    private void Add(in AisContext context, AisHeader header, int? lat, int? lon, int? speed, int? course, string name)
    {
        if (Table.Rows.Count >= MaxRows)
        {
            return;
        }

        var c = CultureInfo.InvariantCulture;
        Table.AddRow(
            context.LineNumber.ToString(c),
            header.MessageType.ToString(c),
            header.Mmsi.ToString("D9", c),
            lat is { } la ? AisUnits.Latitude(la)?.ToString("0.0000", c) ?? "n/a" : "",
            lon is { } lo ? AisUnits.Longitude(lo)?.ToString("0.0000", c) ?? "n/a" : "",
            speed is { } s ? AisUnits.SpeedKnots(s)?.ToString("0.0", c) ?? "n/a" : "",
            course is { } co ? AisUnits.CourseDegrees(co)?.ToString("0.0", c) ?? "n/a" : "",
            Markup.Escape(name));
    }
}
