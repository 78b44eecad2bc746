using System.Globalization;
using System.Net;
using System.Text;
using NetTopologySuite.Geometries;

namespace Bolwerk.Maritime.Forensics;

/// <summary>
/// The evidence pack's report.html: one self-contained page (no scripts, fonts or tiles from
/// anywhere) with the question, the coverage, the ranked candidates and their reasons, an SVG map
/// of the asset and the top tracks (equirectangular, north up) and a speed/time chart per candidate.
/// </summary>
internal static class EvidenceReport
{
    private const int MapWidth = 900;
    private const int MapHeight = 600;
    private static readonly string[] Colours = ["#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e"];

    public static void Write(Stream stream, ForensicQuery query, IReadOnlyList<ForensicCandidate> candidates, ForensicCoverage coverage, EvidenceProvenance provenance)
    {
        var c = CultureInfo.InvariantCulture;
        var top = candidates.Take(EvidencePack.TopCandidates).ToList();
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E($"Forensics: {query.Asset.Name ?? query.Asset.Id}"))
            .Append("</title><style>body{font-family:sans-serif;margin:2em;max-width:1000px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top}")
            .Append(".thin{color:#b00;font-weight:bold}svg{border:1px solid #999;background:#f4f8fb}</style></head><body>\n");
        html.Append("<h1>Who was at ").Append(E(query.Asset.Name ?? query.Asset.Id)).Append(" when it failed</h1>\n");
        html.Append(c, $"<p>Asset <code>{E(query.Asset.Id)}</code> ({E(query.Asset.Kind.ToString())}); fault at <b>{EvidencePack.Iso(query.FaultTime)}</b>; vessels searched from {EvidencePack.Iso(query.From)} to {EvidencePack.Iso(query.To)} within {query.RadiusMetres:0} m")
            .Append(query.FaultPosition is { } p ? string.Create(c, $" of the estimated fault position {p.Longitude:0.#####},{p.Latitude:0.#####}") : " of the asset")
            .Append(". Tracks are interpolated across AIS silences.</p>\n");
        html.Append("<p class=\"").Append(coverage.Thin ? "thin" : "coverage").Append("\">").Append(E(coverage.Statement)).Append("</p>\n");
        html.Append("<h2>Map</h2>\n").Append(Map(query, top)).Append('\n');
        html.Append("<h2>Candidates</h2>\n<table><tr><th>rank</th><th>vessel</th><th>score</th><th>closest</th><th>near the asset</th><th>reasons</th></tr>\n");
        foreach (var candidate in candidates)
        {
            html.Append(c, $"<tr><td>{candidate.Rank}</td><td>{E(candidate.Name ?? "")}<br>MMSI {candidate.Mmsi:D9}{(candidate.Imo is { } imo ? $"<br>IMO {imo}" : "")}</td><td>{candidate.Score:0.000}</td>")
                .Append(c, $"<td>{candidate.ClosestApproachMeters:0} m at {EvidencePack.Iso(candidate.ClosestApproachAt)}{(candidate.ClosestApproachInterpolated ? " (interpolated)" : "")}</td><td>{candidate.MinutesNearAsset:0} min</td><td><ul>")
                .Append(string.Concat(candidate.Reasons.Select(r => "<li>" + E(r) + "</li>"))).Append("</ul></td></tr>\n");
        }

        html.Append("</table>\n<h2>Speed over time</h2>\n");
        foreach (var (candidate, i) in candidates.Select((candidate, i) => (candidate, i)))
        {
            html.Append(c, $"<h3>#{candidate.Rank} {E(candidate.Name ?? candidate.Mmsi.ToString("D9", c))}</h3>\n").Append(SpeedChart(query, candidate, Colours[i % Colours.Length])).Append('\n');
        }

        html.Append(c, $"<h2>Provenance</h2>\n<p>Command: <code>{E(provenance.CommandLine)}</code><br>Bolwerk {E(provenance.Version)}; written {EvidencePack.Iso(provenance.CreatedAt)}. Inputs and file hashes (SHA-256) are in manifest.json.</p>\n</body></html>\n");
        stream.Write(Encoding.UTF8.GetBytes(html.ToString()));
    }

    private static string Map(ForensicQuery query, List<ForensicCandidate> top)
    {
        var c = CultureInfo.InvariantCulture;
        var envelope = new Envelope(query.Asset.Geometry.EnvelopeInternal);
        foreach (var point in top.SelectMany(candidate => candidate.Track))
        {
            envelope.ExpandToInclude(point.Longitude, point.Latitude);
        }

        envelope.ExpandBy(Math.Max(0.01, envelope.Width * 0.05), Math.Max(0.01, envelope.Height * 0.05));
        var scaleX = Math.Cos(envelope.Centre.Y * Math.PI / 180);
        var scale = Math.Min(MapWidth / (envelope.Width * scaleX), MapHeight / envelope.Height);
        string Xy(double lon, double lat) => string.Create(c, $"{(lon - envelope.MinX) * scaleX * scale:0.#},{(envelope.MaxY - lat) * scale:0.#}");
        var svg = new StringBuilder();
        svg.Append(c, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{MapWidth}\" height=\"{MapHeight}\" viewBox=\"0 0 {MapWidth} {MapHeight}\" role=\"img\" aria-label=\"map of the asset and candidate tracks\">");
        foreach (var line in AssetLines(query.Asset.Geometry))
        {
            svg.Append("<polyline fill=\"none\" stroke=\"#000\" stroke-width=\"3\" points=\"").Append(string.Join(' ', line.Coordinates.Select(p => Xy(p.X, p.Y)))).Append("\"/>");
        }

        if (query.FaultPosition is { } fault)
        {
            var at = Xy(fault.Longitude, fault.Latitude).Split(',');
            svg.Append(c, $"<circle cx=\"{at[0]}\" cy=\"{at[1]}\" r=\"6\" fill=\"none\" stroke=\"#000\"/>");
        }

        foreach (var (candidate, i) in top.Select((candidate, i) => (candidate, i)))
        {
            svg.Append("<polyline fill=\"none\" stroke=\"").Append(Colours[i % Colours.Length]).Append("\" stroke-width=\"1.5\" points=\"")
                .Append(string.Join(' ', Thin(candidate.Track.Select(p => Xy(p.Longitude, p.Latitude))))).Append("\"><title>")
                .Append(E($"#{candidate.Rank} {candidate.Name} {candidate.Mmsi:D9}")).Append("</title></polyline>");
        }

        svg.Append(c, $"<text x=\"8\" y=\"{MapHeight - 8}\" font-size=\"12\">{envelope.MinX:0.###}°E–{envelope.MaxX:0.###}°E, {envelope.MinY:0.###}°N–{envelope.MaxY:0.###}°N; asset in black</text></svg>");
        return svg.ToString();
    }

    private static string SpeedChart(ForensicQuery query, ForensicCandidate candidate, string colour)
    {
        const int width = 900, height = 160;
        var c = CultureInfo.InvariantCulture;
        var from = query.From.ToUnixTimeMilliseconds();
        var span = Math.Max(1, query.To.ToUnixTimeMilliseconds() - from);
        var max = Math.Max(5, candidate.Track.Where(p => p.HasSpeed).Select(p => (double)p.SpeedKnots).DefaultIfEmpty(0).Max());
        string Xy(long time, double knots) => string.Create(c, $"{(time - from) * width / (double)span:0.#},{height - (knots / max * (height - 20)):0.#}");
        var fault = (query.FaultTime.ToUnixTimeMilliseconds() - from) * width / (double)span;
        var points = Thin(candidate.Track.Where(p => p.HasSpeed).Select(p => Xy(p.TimeMs, p.SpeedKnots)));
        return string.Create(c, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"speed over time\">")
            + string.Create(c, $"<line x1=\"{fault:0.#}\" y1=\"0\" x2=\"{fault:0.#}\" y2=\"{height}\" stroke=\"#000\" stroke-dasharray=\"4\"/>")
            + "<polyline fill=\"none\" stroke=\"" + colour + "\" points=\"" + string.Join(' ', points) + "\"/>"
            + string.Create(c, $"<text x=\"4\" y=\"14\" font-size=\"12\">0–{max:0.#} kn, {EvidencePack.Iso(query.From)} to {EvidencePack.Iso(query.To)}; dashed: fault time</text></svg>");
    }

    // At most about 2,000 points per line: enough for a page, small enough for any browser.
    private static IEnumerable<string> Thin(IEnumerable<string> points)
    {
        var all = points.ToList();
        var step = Math.Max(1, all.Count / 2_000);
        return all.Where((_, i) => i % step == 0 || i == all.Count - 1);
    }

    private static IEnumerable<LineString> AssetLines(Geometry geometry) => geometry switch
    {
        LineString line => [line],
        Polygon polygon => [polygon.ExteriorRing],
        GeometryCollection collection => Enumerable.Range(0, collection.NumGeometries).SelectMany(i => AssetLines(collection.GetGeometryN(i))),
        _ => [],
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
