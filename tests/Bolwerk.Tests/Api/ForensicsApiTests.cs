using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bolwerk.Alerts;
using Bolwerk.Geodesy;
using Bolwerk.Host.Cli.Maritime;
using Bolwerk.Host.Demo;
using Bolwerk.Host.Server;
using Bolwerk.Marking;
using Bolwerk.Maritime.Forensics;
using Bolwerk.Maritime.Infrastructure;
using Bolwerk.Security;
using Bolwerk.Storage.Tracks;
using Bolwerk.Testing;
using Bolwerk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bolwerk.Tests.Api;

/// <summary>GET /api/v1/maritime/forensics on the demo's Baltic day (Eagle S replay over Estlink 2).</summary>
public sealed class ForensicsApiTests
{
    private const string Estlink2 = "submarine_power_cables#61";
    private const string Query = "/api/v1/maritime/forensics?asset=submarine_power_cables%2361&at=2024-12-25T10:26:00Z";

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Ranks_what_the_stored_ranking_ranks_with_tracks_and_the_eagle_s_replay_first(string engine)
    {
        await using var server = await TestServer.StartAsync(engine);
        var (viewer, _) = await server.UserAsync("vik", "kustwacht", Role.Viewer);
        await new DemoTraffic(server.Services.GetRequiredService<TrackStore>(), server.Alerts).LoadAsync("kustwacht", CancellationToken.None);

        var answer = await viewer.GetFromJsonAsync<JsonElement>(new Uri(Query, UriKind.Relative));
        var candidates = answer.GetProperty("candidates").EnumerateArray().ToList();
        var expected = await Direct(server, null);
        candidates.Select(c => c.GetProperty("mmsi").GetUInt32()).ShouldBe(expected.Select(c => c.Mmsi));
        candidates[0].GetProperty("mmsi").GetUInt32().ShouldBe(518_100_001u);
        candidates[0].GetProperty("closestApproachInterpolated").GetBoolean().ShouldBeTrue("the Eagle S replay was silent over the cable");
        answer.GetProperty("assetName").GetString().ShouldBe("HVDC Estlink 2");
        answer.GetProperty("coverageThin").GetBoolean().ShouldBeFalse();
        foreach (var c in candidates)
        {
            var track = c.GetProperty("track");
            track.GetArrayLength().ShouldBeInRange(1, 401);
            track.EnumerateArray().Select(p => p.GetProperty("time").GetDateTimeOffset()).ShouldBeInOrder();
            track.EnumerateArray().ShouldAllBe(p => p.GetProperty("time").GetDateTimeOffset() >= answer.GetProperty("from").GetDateTimeOffset()
                && p.GetProperty("time").GetDateTimeOffset() <= answer.GetProperty("to").GetDateTimeOffset());
        }
    }

    [Fact]
    public async Task An_alert_the_caller_may_not_read_does_not_shape_the_ranking_they_see()
    {
        await using var server = await TestServer.StartAsync();
        var (viewer, _) = await server.UserAsync("vik", "kustwacht", Role.Viewer);
        await new DemoTraffic(server.Services.GetRequiredService<TrackStore>(), server.Alerts).LoadAsync("kustwacht", CancellationToken.None);
        var before = await viewer.GetFromJsonAsync<JsonElement>(new Uri(Query, UriKind.Relative));
        var second = before.GetProperty("candidates")[1];
        var mmsi = second.GetProperty("mmsi").GetUInt32();

        // Another organisation's RED finding: this vessel is on its watch list.
        var red = new Alert($"red-{mmsi}", "maritime.watchlisted-vessel", "Watch-listed vessel", AlertSeverity.High,
            new Bolwerk.Time.TimeRange(new DateTimeOffset(2024, 12, 25, 8, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 12, 25, 9, 0, 0, TimeSpan.Zero)),
            new GeoPoint(59.9, 25.0), $"mmsi:{mmsi}", "test", Tlp.Red, []);
        await server.Accounts.EnsureOrganisationAsync("nctv", "NCTV", CancellationToken.None);
        await server.Alerts.IngestAsync("test", "red", [red], "nctv", "nctv", CancellationToken.None);

        var after = await viewer.GetFromJsonAsync<JsonElement>(new Uri(Query, UriKind.Relative));
        after.GetProperty("candidates").GetRawText().ShouldBe(before.GetProperty("candidates").GetRawText(), "the RED alert is invisible to kustwacht, so is its effect");
        var everything = await Direct(server, null);
        everything.Single(c => c.Mmsi == mmsi).Score.ShouldBeGreaterThan(second.GetProperty("score").GetDouble(), "with every alert the listing counts");
    }

    [Fact]
    public async Task A_bad_query_names_every_field_at_fault()
    {
        await using var server = await TestServer.StartAsync();
        var (viewer, _) = await server.UserAsync("vik", "kustwacht", Role.Viewer);
        var response = await viewer.GetAsync(new Uri("/api/v1/maritime/forensics?asset=nothing&at=2024-12-25T10:26:00Z&windowHours=100&radius=0&lon=30", UriKind.Relative));
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["asset", "windowHours", "radius", "lon,lat"], ignoreOrder: true);
        (await server.Anonymous().GetAsync(new Uri(Query, UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static async Task<IReadOnlyList<ForensicCandidate>> Direct(TestServer server, Func<Bolwerk.Storage.Alerts.StoredAlert, bool>? mayRead)
    {
        var asset = ShippedLayers.BalticInfrastructure.SelectMany(AssetLayerReader.Read).Single(a => a.Id == Estlink2);
        var query = new ForensicQuery { Asset = asset, FaultTime = new DateTimeOffset(2024, 12, 25, 10, 26, 0, TimeSpan.Zero) };
        var (candidates, _, _) = await new Bolwerk.Host.Maritime.StoredForensics(server.Tracks, server.Alerts).RankAsync(query, mayRead, CancellationToken.None);
        return candidates;
    }
}
