using System.Text.Json;
using Bolwerk.Tests.Support;

namespace Bolwerk.Tests.Cli;

/// <summary>`bolwerk maritime assets` as a child process: summary, corridor query, bad layers.</summary>
public sealed class MaritimeCliTests : IDisposable
{
    private const string Layer = """
        {"type":"FeatureCollection","features":[
          {"type":"Feature","id":"nl-cable-1","properties":{"name":"Test Cable","power":"cable"},"geometry":{"type":"LineString","coordinates":[[3.0,53.0],[3.5,53.0]]}},
          {"type":"Feature","properties":{"name":"Test Anchorage","seamark:type":"anchorage"},"geometry":{"type":"Polygon","coordinates":[[[4.0,53.0],[4.1,53.0],[4.1,53.1],[4.0,53.1],[4.0,53.0]]]}}
        ]}
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("bolwerk-maritime-").FullName;

    [Fact]
    public async Task Assets_Summary_CountsFeaturesPerLayerAndKind()
    {
        File.WriteAllText(Path.Combine(_directory, "north_sea.geojson"), Layer);
        var (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, "maritime", "assets", "--assets", "north_sea.geojson", "--format", "jsonl");

        exit.ShouldBe(0, stderr);
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        rows.Select(row => $"{row.GetProperty("layer").GetString()} {row.GetProperty("kind").GetString()} {row.GetProperty("features").GetInt32()}")
            .ShouldBe(["north_sea cable 1", "north_sea anchorage 1"], ignoreOrder: true);
    }

    [Fact]
    public async Task Assets_Near_ListsTheCorridor_NearestFirst()
    {
        File.WriteAllText(Path.Combine(_directory, "north_sea.geojson"), Layer);
        // 0.01° north of the cable at 53° N is 1,112 m.
        var (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, "maritime", "assets", "-a", "north_sea.geojson", "--near", "3.2,53.01", "--radius", "2000", "--format", "jsonl");

        exit.ShouldBe(0, stderr);
        var found = JsonDocument.Parse(stdout.Trim()).RootElement;
        found.GetProperty("id").GetString().ShouldBe("nl-cable-1");
        found.GetProperty("kind").GetString().ShouldBe("cable");
        found.GetProperty("metres").GetDouble().ShouldBe(1_112, 2);
        stderr.ShouldContain("1 of 2 assets within 2000 m");
    }

    [Fact]
    public async Task Assets_BrokenLayer_ExitsWith65_NamingFileAndPlace()
    {
        File.WriteAllText(Path.Combine(_directory, "broken.geojson"), """{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Circle","coordinates":[3,53]}}]}""");
        var (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, "maritime", "assets", "-a", "broken.geojson");

        exit.ShouldBe(65);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain("broken.geojson: features[0].geometry.type: unknown geometry type 'Circle'");
    }

    [Theory]
    [InlineData("53.01")]
    [InlineData("3.2,95")]
    public async Task Assets_BadPosition_IsAUsageError(string near)
    {
        File.WriteAllText(Path.Combine(_directory, "north_sea.geojson"), Layer);
        var (exit, _, stderr) = await CliProcess.RunAsync(_directory, "maritime", "assets", "-a", "north_sea.geojson", "--near", near);

        exit.ShouldBe(64);
        stderr.ShouldContain("is not LON,LAT");
    }

    [Fact]
    public async Task WatchList_LooksUpVessels_AndNamesBadRows()
    {
        File.WriteAllText(Path.Combine(_directory, "list.csv"), "Vessel name;IMO number ;Date of application\r\nEagle S;9329760;21.05.2025\r\n");
        File.WriteAllText(Path.Combine(_directory, "bad.csv"), "name;imo\nOK;9329760\nBAD;9329761\n");

        var (listedExit, listed, _) = await CliProcess.RunAsync(_directory, "maritime", "watchlist", "list.csv", "--imo", "9329760");
        var (missingExit, missing, _) = await CliProcess.RunAsync(_directory, "maritime", "watchlist", "list.csv", "--mmsi", "244660000");
        var (badExit, _, badErr) = await CliProcess.RunAsync(_directory, "maritime", "watchlist", "bad.csv");

        listedExit.ShouldBe(0);
        listed.ShouldContain("listed: Eagle S (IMO 9329760");
        listed.ShouldContain("list.csv:2");
        missingExit.ShouldBe(1);
        missing.Trim().ShouldBe("not listed");
        badExit.ShouldBe(65);
        badErr.ShouldContain("bad.csv:3: imo:");
        badErr.ShouldContain("check digit");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
