using System.Text;
using Bolwerk.Maritime.Infrastructure;

namespace Bolwerk.Maritime.Tests.Infrastructure;

public sealed class AssetLayerReaderTests
{
    [Theory]
    [InlineData("submarine_power_cables.geojson", 610, AssetKind.Cable)]
    [InlineData("osm_tss.geojson", 371, AssetKind.TrafficSeparation)]
    [InlineData("offshore_platforms.geojson", 13, AssetKind.Platform)]
    [InlineData("emodnet_windfarms_point.geojson", 124, AssetKind.WindFarm)]
    [InlineData("offshore_wind.geojson", 68, AssetKind.WindFarm)]
    [InlineData("chokepoints.geojson", 9, AssetKind.Chokepoint)]
    public void RealLayers_LoadEveryFeature_WithTheirKind(string file, int features, AssetKind kind)
    {
        var assets = AssetLayerReader.Read(Fixture(file));
        assets.Count.ShouldBe(features);
        assets.Count(asset => asset.Kind == kind).ShouldBeGreaterThan(features * 9 / 10, $"most features of {file} are {kind}");
        assets.Select(asset => asset.Id).Distinct().Count().ShouldBe(features, "ids are unique within a layer");
    }

    [Fact]
    public void Anchorages_AreRecognisedFromTheirSeamarkTag()
    {
        var assets = AssetLayerReader.Read(Fixture("osm_anchorages.geojson"));
        assets.Count.ShouldBe(583);
        assets.Count(asset => asset.Kind == AssetKind.Anchorage).ShouldBeGreaterThan(570);
    }

    [Fact]
    public void Cables_KeepTheirNames_AndOpenStreetMapIds()
    {
        var cables = AssetLayerReader.Read(Fixture("submarine_power_cables.geojson"));
        cables.ShouldContain(cable => cable.Name == "HVDC Konti-Skan");
        cables.Select(cable => cable.Name).Distinct().Count().ShouldBeGreaterThan(40);
        cables.ShouldAllBe(cable => cable.Layer == "submarine_power_cables");
        cables.ShouldAllBe(cable => cable.Kind == AssetKind.Cable, "power=cable wins over a seamark that says pipeline (OSM way/1463695199)");
    }

    [Fact]
    public void FeatureId_IsId_ThenPropertiesId_ThenFeatureId_ThenLayerAndIndex()
    {
        var assets = Read("""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","id":42,"properties":{"id":"ignored","name":"Top"},"geometry":{"type":"Point","coordinates":[4.5,52.1]}},
              {"type":"Feature","properties":{"id":"prop-id","feature_id":"ignored"},"geometry":{"type":"Point","coordinates":[4.5,52.1]}},
              {"type":"Feature","properties":{"feature_id":"fid-7"},"geometry":{"type":"Point","coordinates":[4.5,52.1]}},
              {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[4.5,52.1]}},
              {"type":"Feature","properties":{"name":"unlocated"},"geometry":null}
            ]}
            """, "my_cables.geojson");
        assets.Select(asset => asset.Id).ShouldBe(["42", "prop-id", "fid-7", "my_cables#3"]);
        assets[0].Name.ShouldBe("Top");
        assets.ShouldAllBe(asset => asset.Kind == AssetKind.Cable, "the file name says cables");
    }

    [Theory]
    [InlineData("""{"kind":"pipeline","power":"cable"}""", "x", AssetKind.Pipeline)]
    [InlineData("""{"power":"cable","seamark:type":"pipeline_submarine"}""", "x", AssetKind.Cable)]
    [InlineData("""{"seamark:type":"anchorage"}""", "x", AssetKind.Anchorage)]
    [InlineData("""{"seamark:type":"separation_zone"}""", "x", AssetKind.TrafficSeparation)]
    [InlineData("""{"substance":"gas"}""", "x", AssetKind.Pipeline)]
    [InlineData("""{}""", "nl_pipelines_rws", AssetKind.Pipeline)]
    [InlineData("""{"name":"Borssele"}""", "something", AssetKind.Other)]
    public void Kind_FromTagsThenFileName(string properties, string layer, AssetKind expected)
    {
        var tags = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(properties)!;
        AssetKindRules.Infer(tags, layer).ShouldBe(expected);
    }

    [Fact]
    public void EveryGeometryType_IsRead()
    {
        var assets = Read("""
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"kind":"pipeline"},"geometry":{"type":"MultiLineString","coordinates":[[[3,53],[3.5,53.2]],[[3.5,53.2],[4,53.3]]]}},
              {"type":"Feature","properties":{"type":"wind farm"},"geometry":{"type":"Polygon","coordinates":[[[3,54],[3.1,54],[3.1,54.1],[3,54]]]}},
              {"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":[[[[3,54],[3.1,54],[3.1,54.1],[3,54]]]]}},
              {"type":"Feature","properties":{},"geometry":{"type":"MultiPoint","coordinates":[[3,54],[3.1,54.2]]}},
              {"type":"Feature","properties":{},"geometry":{"type":"GeometryCollection","geometries":[{"type":"Point","coordinates":[3,54]}]}}
            ]}
            """);
        assets.Select(asset => asset.Geometry.GeometryType).ShouldBe(["MultiLineString", "Polygon", "MultiPolygon", "MultiPoint", "GeometryCollection"]);
        assets[0].Kind.ShouldBe(AssetKind.Pipeline);
        assets[1].Kind.ShouldBe(AssetKind.WindFarm);
    }

    [Theory]
    [InlineData("{\"type\":\"FeatureCollection\",\n\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[4,]}}]}", "line 2, byte", "not valid JSON")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Circle","coordinates":[4,52]}}]}""", "features[0].geometry.type", "unknown geometry type 'Circle'")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[52,400]}}]}""", "features[0].geometry.coordinates", "outside longitude")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"LineString","coordinates":[[4,52]]}}]}""", "features[0].geometry.coordinates", "at least 2 positions")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[3,54],[3.1,54],[3.1,54.1],[3.2,54]]]}}]}""", "features[0].geometry.coordinates[0]", "must end where it starts")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":"4,52"}}]}""", "features[0].geometry.coordinates", "missing or not an array")]
    [InlineData("""{"features":[]}""", "type", "not a GeoJSON object")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":"Point","coordinates":[4,52]}]}""", "features[0].type", "expected a Feature")]
    [InlineData("""{"type":"FeatureCollection","features":[{"type":7,"geometry":null}]}""", "features[0].type", "expected a Feature")]
    [InlineData("""{"type":"Feature","geometry":{"type":"Point","coordinates":[1e400,52]}}""", "$.geometry.coordinates", "outside longitude")]
    public void BrokenLayer_NamesFileAndPlace(string json, string place, string problem)
    {
        var error = Should.Throw<AssetLayerException>(() => Read(json, "broken.geojson"));
        error.File.ShouldBe("broken.geojson");
        error.Place.ShouldStartWith(place);
        error.Problem.ShouldContain(problem);
        error.Message.ShouldStartWith($"broken.geojson: {place}");
    }

    [Fact]
    public void NonUtf8File_IsRejectedWithItsPosition()
    {
        var bytes = Encoding.Latin1.GetBytes("{\"type\":\"Feature\",\"properties\":{\"name\":\"Gr\u00E5sten\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[9.6,54.9]}}");
        var error = Should.Throw<AssetLayerException>(() => AssetLayerReader.Read(new MemoryStream(bytes), "latin1.geojson"));
        error.Place.ShouldBe("line 1, byte 43"); // the Latin-1 'å' of "Gråsten"
        error.Problem.ShouldContain("not UTF-8");
    }

    [Fact]
    public void MissingFile_SaysWhichFile() =>
        Should.Throw<FileNotFoundException>(() => AssetLayerReader.Read("/no/such/layer.geojson")).Message.ShouldContain("/no/such/layer.geojson");

    internal static string Fixture(string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "infrastructure", file);

    private static IReadOnlyList<InfrastructureAsset> Read(string json, string name = "test.geojson") =>
        AssetLayerReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), name);
}
