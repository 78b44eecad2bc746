using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Xml;
using NetTopologySuite.Geometries;

namespace Bolwerk.Maritime.Forensics;

/// <summary>What went into an evidence pack, for its manifest (chain of custody).</summary>
/// <param name="Inputs">The input files as given.</param>
/// <param name="CommandLine">The exact command.</param>
/// <param name="Version">Bolwerk's version.</param>
/// <param name="CreatedAt">When the pack was written (wall clock; the evidence times are message times).</param>
public sealed record EvidenceProvenance(IReadOnlyList<string> Inputs, string CommandLine, string Version, DateTimeOffset CreatedAt);

/// <summary>
/// Writes a forensic result as files a prosecutor or sanctions desk can open without Bolwerk:
/// candidates.geojson (QGIS), candidates.kml (Google Earth), report.html (self-contained: the
/// reasoning, an SVG map of asset and tracks, a speed chart per candidate), the raw NMEA lines of
/// the top candidates (nmea/MMSI.nmea) and manifest.json with the SHA-256 of every input and file,
/// the command and the version.
/// </summary>
public static class EvidencePack
{
    /// <summary>Candidates whose raw sentences and charts go into the pack.</summary>
    public const int TopCandidates = 5;

    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the pack into <paramref name="directory"/> (created if needed); returns the files written.</summary>
    public static IReadOnlyList<string> Write(string directory, ForensicQuery query, IReadOnlyList<ForensicCandidate> candidates, ForensicCoverage coverage,
        IReadOnlyDictionary<uint, IReadOnlyList<string>> rawSentences, EvidenceProvenance provenance)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(coverage);
        ArgumentNullException.ThrowIfNull(rawSentences);
        ArgumentNullException.ThrowIfNull(provenance);
        Directory.CreateDirectory(directory);
        var files = new List<string>
        {
            WriteFile(directory, "candidates.geojson", stream => WriteGeoJson(stream, query, candidates)),
            WriteFile(directory, "candidates.kml", stream => WriteKml(stream, query, candidates)),
            WriteFile(directory, "report.html", stream => EvidenceReport.Write(stream, query, candidates, coverage, provenance)),
        };
        foreach (var (mmsi, lines) in rawSentences.OrderBy(pair => pair.Key))
        {
            Directory.CreateDirectory(Path.Combine(directory, "nmea"));
            files.Add(WriteFile(directory, Path.Combine("nmea", mmsi.ToString("D9", CultureInfo.InvariantCulture) + ".nmea"),
                stream => stream.Write(Encoding.ASCII.GetBytes(string.Concat(lines.Select(line => line + "\n"))))));
        }

        files.Add(WriteFile(directory, "manifest.json", stream => WriteManifest(stream, directory, query, candidates, coverage, provenance, files)));
        return files;
    }

    /// <summary>Lowercase hexadecimal SHA-256 of a file.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string WriteFile(string directory, string name, Action<Stream> write)
    {
        using (var stream = File.Create(Path.Combine(directory, name)))
        {
            write(stream);
        }

        return name;
    }

    private static void WriteGeoJson(Stream stream, ForensicQuery query, IReadOnlyList<ForensicCandidate> candidates)
    {
        using var json = new Utf8JsonWriter(stream, Indented);
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", query.Asset.Id);
        json.WriteStartObject("properties");
        json.WriteString("role", "asset");
        json.WriteString("name", query.Asset.Name);
        json.WriteString("kind", query.Asset.Kind.ToString());
        json.WriteString("faultTime", Iso(query.FaultTime));
        json.WriteEndObject();
        json.WritePropertyName("geometry");
        WriteGeometry(json, query.Asset.Geometry);
        json.WriteEndObject();
        foreach (var candidate in candidates)
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteString("id", candidate.Mmsi.ToString("D9", CultureInfo.InvariantCulture));
            json.WriteStartObject("properties");
            json.WriteString("role", "candidate-track");
            json.WriteNumber("rank", candidate.Rank);
            json.WriteNumber("mmsi", candidate.Mmsi);
            json.WriteString("name", candidate.Name);
            json.WriteNumber("score", candidate.Score);
            json.WriteNumber("closestApproachMeters", candidate.ClosestApproachMeters);
            json.WriteString("closestApproachAt", Iso(candidate.ClosestApproachAt));
            json.WriteNumber("minutesNearAsset", candidate.MinutesNearAsset);
            json.WriteString("reasons", string.Join("; ", candidate.Reasons));
            json.WriteStartArray("times");
            foreach (var point in candidate.Track)
            {
                json.WriteStringValue(Iso(point.Time));
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartObject("geometry");
            if (candidate.Track.Count >= 2)
            {
                json.WriteString("type", "LineString");
                json.WriteStartArray("coordinates");
                foreach (var point in candidate.Track)
                {
                    Position(json, point.Longitude, point.Latitude);
                }
            }
            else
            {
                json.WriteString("type", "MultiPoint");
                json.WriteStartArray("coordinates");
                foreach (var point in candidate.Track)
                {
                    Position(json, point.Longitude, point.Latitude);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteGeometry(Utf8JsonWriter json, Geometry geometry)
    {
        json.WriteStartObject();
        switch (geometry)
        {
            case Point point:
                json.WriteString("type", "Point");
                json.WritePropertyName("coordinates");
                Position(json, point.X, point.Y);
                break;
            case LineString line:
                json.WriteString("type", "LineString");
                json.WriteStartArray("coordinates");
                foreach (var c in line.Coordinates)
                {
                    Position(json, c.X, c.Y);
                }

                json.WriteEndArray();
                break;
            case Polygon polygon:
                json.WriteString("type", "Polygon");
                json.WriteStartArray("coordinates");
                foreach (var ring in new[] { polygon.ExteriorRing }.Concat(polygon.InteriorRings))
                {
                    json.WriteStartArray();
                    foreach (var c in ring.Coordinates)
                    {
                        Position(json, c.X, c.Y);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteString("type", "GeometryCollection");
                json.WriteStartArray("geometries");
                for (var i = 0; i < geometry.NumGeometries; i++)
                {
                    WriteGeometry(json, geometry.GetGeometryN(i));
                }

                json.WriteEndArray();
                break;
        }

        json.WriteEndObject();
    }

    private static void Position(Utf8JsonWriter json, double longitude, double latitude)
    {
        json.WriteStartArray();
        json.WriteNumberValue(Math.Round(longitude, 6));
        json.WriteNumberValue(Math.Round(latitude, 6));
        json.WriteEndArray();
    }

    private static void WriteKml(Stream stream, ForensicQuery query, IReadOnlyList<ForensicCandidate> candidates)
    {
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument();
        xml.WriteStartElement("kml", "http://www.opengis.net/kml/2.2");
        xml.WriteStartElement("Document");
        xml.WriteElementString("name", $"Bolwerk forensics: {query.Asset.Name ?? query.Asset.Id} at {Iso(query.FaultTime)}");
        foreach (var line in Lines(query.Asset.Geometry))
        {
            Placemark(xml, $"asset {query.Asset.Id}", query.Asset.Name ?? query.Asset.Id, line.Coordinates.Select(c => (c.X, c.Y)));
        }

        foreach (var candidate in candidates.Where(c => c.Track.Count >= 2))
        {
            Placemark(xml, string.Create(CultureInfo.InvariantCulture, $"#{candidate.Rank} {candidate.Name ?? candidate.Mmsi.ToString("D9", CultureInfo.InvariantCulture)} (score {candidate.Score:0.00})"),
                string.Join("\n", candidate.Reasons), candidate.Track.Select(p => (p.Longitude, p.Latitude)));
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Placemark(XmlWriter xml, string name, string description, IEnumerable<(double Lon, double Lat)> points)
    {
        xml.WriteStartElement("Placemark");
        xml.WriteElementString("name", name);
        xml.WriteElementString("description", description);
        xml.WriteStartElement("LineString");
        xml.WriteElementString("coordinates", string.Join(" ", points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Lon:0.######},{p.Lat:0.######}"))));
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static IEnumerable<LineString> Lines(Geometry geometry) => geometry switch
    {
        LineString line => [line],
        Polygon polygon => [polygon.ExteriorRing],
        GeometryCollection collection => Enumerable.Range(0, collection.NumGeometries).SelectMany(i => Lines(collection.GetGeometryN(i))),
        _ => [],
    };

    private static void WriteManifest(Stream stream, string directory, ForensicQuery query, IReadOnlyList<ForensicCandidate> candidates, ForensicCoverage coverage,
        EvidenceProvenance provenance, IReadOnlyList<string> files)
    {
        using var json = new Utf8JsonWriter(stream, Indented);
        json.WriteStartObject();
        json.WriteString("tool", "bolwerk " + provenance.Version);
        json.WriteString("command", provenance.CommandLine);
        json.WriteString("createdAt", Iso(provenance.CreatedAt));
        json.WriteStartObject("query");
        json.WriteString("assetId", query.Asset.Id);
        json.WriteString("assetName", query.Asset.Name);
        json.WriteString("faultTime", Iso(query.FaultTime));
        json.WriteString("from", Iso(query.From));
        json.WriteString("to", Iso(query.To));
        json.WriteNumber("radiusMetres", query.RadiusMetres);
        if (query.FaultPosition is { } position)
        {
            json.WriteString("faultPosition", string.Create(CultureInfo.InvariantCulture, $"{position.Longitude},{position.Latitude}"));
        }

        json.WriteEndObject();
        json.WriteString("coverage", coverage.Statement);
        json.WriteNumber("candidates", candidates.Count);
        json.WriteStartArray("inputs");
        foreach (var input in provenance.Inputs)
        {
            json.WriteStartObject();
            json.WriteString("path", Path.GetFullPath(input));
            json.WriteNumber("bytes", new FileInfo(input).Length);
            json.WriteString("sha256", Sha256(input));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("files");
        foreach (var file in files)
        {
            json.WriteStartObject();
            json.WriteString("path", file.Replace('\\', '/'));
            json.WriteString("sha256", Sha256(Path.Combine(directory, file)));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    internal static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
