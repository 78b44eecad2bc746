using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bolwerk.Host.Server;
using Bolwerk.Security;
using Bolwerk.Tests.Support;

namespace Bolwerk.Tests.Api;

/// <summary>The strategy monitor over HTTP, on NATO and Kiel files given to the server at start.</summary>
public sealed class StrategyApiTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    [Fact]
    public async Task Status_dependencies_burden_sharing_and_report_over_http()
    {
        var sources = new StrategySources(Path.Combine(Fixtures, "nato_2025ed_defexp_pct_gdp_2014_2024_allies.csv"), "NATO 2025 (August)", Path.Combine(Fixtures, "kiel_r29"));
        await using var server = await TestServer.StartAsync(strategy: sources);
        var (viewer, _) = await server.UserAsync("vik", "bz", Role.Viewer);

        (await server.Anonymous().GetAsync(new Uri("/api/v1/strategy/status", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var status = await viewer.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/strategy/status?asOf=2026-12-31", UriKind.Relative));
        status.GetProperty("asOf").GetString().ShouldBe("2026-12-31");
        var indicators = status.GetProperty("indicators").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        indicators["defence-spending-2030"].GetProperty("standing").GetString().ShouldBe("OnTrack");
        indicators["defence-spending-2030"].GetProperty("requiredAnnualChange").GetDouble().ShouldBe(0.133, 0.001);
        indicators["risky-dependencies"].GetProperty("latest").GetDouble().ShouldBe(27);
        indicators["ukraine-aid-share-of-gdp"].GetProperty("latestYear").GetInt32().ShouldBe(2025);
        indicators["joint-procurement"].GetProperty("standing").GetString().ShouldBe("NoData");
        status.GetProperty("milestones").GetArrayLength().ShouldBe(5);

        var dependencies = await viewer.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/strategy/dependencies", UriKind.Relative));
        dependencies.GetArrayLength().ShouldBe(27);

        var burden = await viewer.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/strategy/burden-sharing", UriKind.Relative));
        var nl = burden.GetProperty("donors").EnumerateArray().Single(d => d.GetProperty("iso").GetString() == "NLD");
        (nl.GetProperty("rank").GetInt32(), nl.GetProperty("of").GetInt32()).ShouldBe((8, 41));

        var report = await viewer.GetAsync(new Uri("/api/v1/strategy/report?asOf=2026-12-31", UriKind.Relative));
        report.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await report.Content.ReadAsStringAsync();
        html.ShouldContain("NATO 2025 (August)");
        html.Split("<svg ").Length.ShouldBe(5);

        var bad = await viewer.GetAsync(new Uri("/api/v1/strategy/status?asOf=31-12-2026", UriKind.Relative));
        await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
    }

    [Fact]
    public async Task Without_a_kiel_release_burden_sharing_is_not_found_and_the_indicator_says_no_data()
    {
        await using var server = await TestServer.StartAsync();
        var (viewer, _) = await server.UserAsync("vik", "bz", Role.Viewer);

        await (await viewer.GetAsync(new Uri("/api/v1/strategy/burden-sharing", UriKind.Relative))).ShouldBeProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
        var status = await viewer.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/strategy/status?asOf=2026-12-31", UriKind.Relative));
        var ukraine = status.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "ukraine-aid-share-of-gdp");
        ukraine.GetProperty("standing").GetString().ShouldBe("NoData");
        ukraine.GetProperty("explanation").GetString().ShouldBe("no data: series kiel-ukraine-allocated-pct-gdp/Netherlands is not loaded");
    }
}
