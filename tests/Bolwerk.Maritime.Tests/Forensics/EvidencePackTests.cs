using System.Security.Cryptography;
using System.Text.Json;
using System.Xml;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Forensics;
using Bolwerk.Maritime.Simulation;
using Bolwerk.Maritime.Tests.Ais;
using Bolwerk.Maritime.Tests.Simulation;
using Bolwerk.Maritime.Tracking;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace Bolwerk.Maritime.Tests.Forensics;

/// <summary>
/// The evidence pack of the Eagle S replay: GeoJSON that NetTopologySuite's own reader parses,
/// well-formed KML, raw NMEA that decodes to the candidate's own messages in the window, and a
/// manifest whose hashes match the inputs and the files. (report.html in Chromium: Bolwerk.Tests.)
/// </summary>
public sealed class EvidencePackTests : IDisposable
{
    private static readonly JsonSerializerOptions GeoJson = new() { Converters = { new GeoJsonConverterFactory() } };
    private readonly string _directory = Directory.CreateTempSubdirectory("bolwerk-pack-").FullName;

    [Fact]
    public void The_pack_validates_and_its_hashes_match()
    {
        var input = Path.Combine(_directory, "day.nmea");
        using (var writer = new StreamWriter(input))
        {
            MaritimeSimulation.Run(TestLayers.Shipped, TestLayers.Lanes, new SimulationOptions { Incident = "eagle-s", BackgroundVessels = 8, InstancesPerKind = 0, InstancesPerConfounder = 0 }, writer);
        }

        var estlink = TestLayers.Shipped.First(a => a.Name == "HVDC Estlink 2");
        var query = new ForensicQuery { Asset = estlink, FaultTime = new DateTimeOffset(2024, 12, 25, 10, 26, 0, TimeSpan.Zero) };
        var analysis = new ForensicAnalysis(query);
        var watch = new MaritimeWatch(new DetectionOptions(), new AssetProximity(TestLayers.Shipped, 1_000, 10_000), null, analysis.Alert) { Accepted = analysis.Accept };
        new WatchFeed(watch).DecodeAll(File.ReadAllText(input));
        watch.Complete();
        var (candidates, coverage) = analysis.Rank(watch.Vessels, watch.WatchListed);
        candidates[0].Mmsi.ShouldBe(518_100_001u);
        var raw = RawSentences.Extract([input], candidates.Take(EvidencePack.TopCandidates).Select(c => c.Mmsi).ToHashSet(), query.From, query.To);
        var pack = Path.Combine(_directory, "pack");

        var files = EvidencePack.Write(pack, query, candidates, coverage, raw, new EvidenceProvenance([input], "bolwerk maritime forensics …", "test", new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero)));

        // GeoJSON: NetTopologySuite's reader, not ours.
        var collection = JsonSerializer.Deserialize<FeatureCollection>(File.ReadAllText(Path.Combine(pack, "candidates.geojson")), GeoJson)!;
        collection.Count.ShouldBe(candidates.Count + 1);
        collection.Skip(1).ShouldAllBe(feature => feature.Geometry.GeometryType == "LineString" && feature.Geometry.NumPoints >= 2);
        collection[1].Attributes["mmsi"].ToString().ShouldBe("518100001");

        // KML: well-formed, no DTD, one placemark per candidate track plus the asset's lines.
        var placemarks = 0;
        using (var reader = XmlReader.Create(Path.Combine(pack, "candidates.kml"), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
        {
            while (reader.Read())
            {
                placemarks += reader.NodeType == XmlNodeType.Element && reader.LocalName == "Placemark" ? 1 : 0;
            }
        }

        placemarks.ShouldBeGreaterThan(candidates.Count);

        // Raw NMEA: the culprit's own messages, all in the window, decodable by anyone.
        var sentences = File.ReadAllLines(Path.Combine(pack, "nmea", "518100001.nmea"));
        var decoded = RecordingHandler.Decode(sentences);
        decoded.Errors.ShouldBeEmpty();
        decoded.Contexts.ShouldAllBe(c => c.ReceivedAt >= query.From && c.ReceivedAt <= query.To);
        decoded.Messages.Count.ShouldBeGreaterThan(100);

        // Manifest: hashes of the input and of every file, computed here independently.
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(pack, "manifest.json")));
        var root = manifest.RootElement;
        root.GetProperty("inputs")[0].GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(input))));
        var listed = root.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!, f => f.GetProperty("sha256").GetString());
        listed.Keys.ShouldBe(files.Where(f => f != "manifest.json").Select(f => f.Replace('\\', '/')), ignoreOrder: true);
        foreach (var (path, sha) in listed)
        {
            sha.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(pack, path)))));
        }

        File.ReadAllText(Path.Combine(pack, "report.html")).ShouldContain("EAGLE S REPLAY");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
