using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Bolwerk.Host.Server;
using Bolwerk.Marking;
using Bolwerk.Security;
using Bolwerk.Storage.Alerts;
using Bolwerk.Testing;
using Bolwerk.Tests.Support;

namespace Bolwerk.Tests.Api;

public sealed class AlertsApiTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task GetAlert_ViewerOfAnotherOrganisation_RedAlert_Is403AndAudited(string engine)
    {
        await using var server = await TestServer.StartAsync(engine);
        var (owner, ownerUser) = await server.UserAsync("ria", "kustwacht", Role.Analyst);
        var (viewer, viewerUser) = await server.UserAsync("vik", "nctv", Role.Viewer);
        var (admin, _) = await server.UserAsync("ada", "nctv", Role.Admin);
        var id = await StoreAsync(server.Alerts, SampleAlerts.SlowTransit(1, Tlp.Red), "kustwacht", ownerUser.Id);

        var denied = await viewer.GetAsync(new Uri($"/api/v1/alerts/{id}", UriKind.Relative));
        var allowed = await owner.GetAsync(new Uri($"/api/v1/alerts/{id}", UriKind.Relative));

        var problem = await denied.ShouldBeProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.ForbiddenMarking);
        problem.GetProperty("detail").GetString()!.ShouldContain("TLP:RED");
        allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await allowed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("tlp").GetString().ShouldBe("TLP:RED");

        var audit = await admin.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/audit?objectId={id}", UriKind.Relative));
        var entries = audit.GetProperty("items").EnumerateArray().ToList();
        entries.ShouldContain(e => e.GetProperty("actorUserId").GetString() == viewerUser.Id
            && e.GetProperty("action").GetString() == "read"
            && e.GetProperty("outcome").GetString() == "denied"
            && e.GetProperty("remoteAddress").GetString() == "127.0.0.1");
        entries.ShouldContain(e => e.GetProperty("actorUserId").GetString() == ownerUser.Id && e.GetProperty("outcome").GetString() == "allowed");
    }

    [Theory]
    [InlineData(Tlp.Clear, HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData(Tlp.Green, HttpStatusCode.OK, HttpStatusCode.OK)]
    [InlineData(Tlp.Amber, HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData(Tlp.AmberStrict, HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData(Tlp.Red, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    public async Task GetAlert_EachTlp_ColleagueAndOutsider(Tlp tlp, HttpStatusCode colleagueStatus, HttpStatusCode outsiderStatus)
    {
        await using var server = await TestServer.StartAsync();
        var (_, ownerUser) = await server.UserAsync("ria", "kustwacht", Role.Analyst);
        var (colleague, _) = await server.UserAsync("col", "kustwacht", Role.Coordinator);
        var (outsider, _) = await server.UserAsync("out", "defensie", Role.Admin);
        var id = await StoreAsync(server.Alerts, SampleAlerts.SlowTransit(1, tlp), "kustwacht", ownerUser.Id);

        (await colleague.GetAsync(new Uri($"/api/v1/alerts/{id}", UriKind.Relative))).StatusCode.ShouldBe(colleagueStatus);
        (await outsider.GetAsync(new Uri($"/api/v1/alerts/{id}", UriKind.Relative))).StatusCode.ShouldBe(outsiderStatus);
    }

    [Fact]
    public async Task ListAlerts_WithholdsWhatTheMarkingForbids()
    {
        await using var server = await TestServer.StartAsync();
        var (_, ownerUser) = await server.UserAsync("ria", "kustwacht", Role.Analyst);
        var (outsider, _) = await server.UserAsync("out", "nctv", Role.Viewer);
        await server.Alerts.IngestAsync("t", "b", [SampleAlerts.SlowTransit(1, Tlp.Green), SampleAlerts.SlowTransit(2, Tlp.Amber), SampleAlerts.SlowTransit(3, Tlp.Red)], "kustwacht", ownerUser.Id, CancellationToken.None);

        var page = await outsider.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/alerts", UriKind.Relative));

        page.GetProperty("items").GetArrayLength().ShouldBe(1);
        page.GetProperty("items")[0].GetProperty("tlp").GetString().ShouldBe("TLP:GREEN");
        page.GetProperty("withheld").GetInt32().ShouldBe(2);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task IngestAlerts_SameIdempotencyKeyTwice_StoresOnce(string engine)
    {
        await using var server = await TestServer.StartAsync(engine);
        var (analyst, _) = await server.UserAsync("ria", "kustwacht", Role.Analyst);
        var body = BatchJson(3);

        var first = await PostAsync(analyst, body, "req-1");
        var second = await PostAsync(analyst, body, "req-1");
        var withoutKey = await PostAsync(analyst, body, null);

        first.GetProperty("inserted").GetInt32().ShouldBe(3);
        second.GetProperty("batchReplayed").GetBoolean().ShouldBeTrue();
        second.GetProperty("inserted").GetInt32().ShouldBe(0);
        withoutKey.GetProperty("inserted").GetInt32().ShouldBe(0);
        withoutKey.GetProperty("skipped").GetInt32().ShouldBe(3);
        (await server.Alerts.CountAsync(CancellationToken.None)).ShouldBe(3);
    }

    [Fact]
    public async Task IngestAlerts_Viewer_Is403ForbiddenRole()
    {
        await using var server = await TestServer.StartAsync();
        var (viewer, _) = await server.UserAsync("vik", "kustwacht", Role.Viewer);

        var response = await viewer.PostAsync(new Uri("/api/v1/alerts", UriKind.Relative), new StringContent(BatchJson(1), Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.ForbiddenRole);
        (await server.Alerts.CountAsync(CancellationToken.None)).ShouldBe(0);
    }

    [Fact]
    public async Task IngestAlerts_MalformedJson_Is400NamingPathAndPosition()
    {
        await using var server = await TestServer.StartAsync();
        var (analyst, _) = await server.UserAsync("ria", "kustwacht", Role.Analyst);

        var response = await analyst.PostAsync(new Uri("/api/v1/alerts", UriKind.Relative), new StringContent("{\"alerts\":[{\"kind\": 12}]}", Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.MalformedRequest);
        var detail = problem.GetProperty("detail").GetString()!;
        detail.ShouldContain("$.alerts[0].kind");
        detail.ShouldContain("BytePositionInLine");
    }

    [Fact]
    public async Task IngestAlerts_InvalidFields_Is400ListingEveryField()
    {
        await using var server = await TestServer.StartAsync();
        var (analyst, _) = await server.UserAsync("ria", "kustwacht", Role.Analyst);
        const string body = """{"alerts":[{"kind":"x","title":"t","detector":"d","observedStart":"2026-11-28T00:00:00Z","tlp":"PURPLE","location":{"latitude":95,"longitude":0},"evidence":[{"kind":"k","summary":"s","source":"src","grade":"Z9","collectedAt":"2026-11-28T00:00:00Z"}]}]}""";

        var response = await analyst.PostAsync(new Uri("/api/v1/alerts", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        var errors = problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        errors.ShouldBe(["alerts[0].tlp", "alerts[0].location", "alerts[0].evidence[0].grade"], ignoreOrder: true);
        (await server.Alerts.CountAsync(CancellationToken.None)).ShouldBe(0);
    }

    [Fact]
    public async Task IngestAlerts_BodyOverTheLimit_Is413()
    {
        await using var server = await TestServer.StartAsync(maxRequestBodyBytes: 64 * 1024);
        var (analyst, _) = await server.UserAsync("ria", "kustwacht", Role.Analyst);

        var response = await analyst.PostAsync(new Uri("/api/v1/alerts", UriKind.Relative), new StringContent(BatchJson(400), Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, ProblemTypes.PayloadTooLarge);
    }

    [Fact]
    public async Task GetAlert_UnknownId_Is404Problem()
    {
        await using var server = await TestServer.StartAsync();
        var (viewer, _) = await server.UserAsync("vik", "kustwacht", Role.Viewer);

        var response = await viewer.GetAsync(new Uri("/api/v1/alerts/alr_missing", UriKind.Relative));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
    }

    private static async Task<string> StoreAsync(AlertStore alerts, Bolwerk.Alerts.Alert alert, string organisation, string creator)
    {
        await alerts.IngestAsync("test", Guid.NewGuid().ToString(), [alert], organisation, creator, CancellationToken.None);
        return (await alerts.ListAsync(100, CancellationToken.None)).Single(s => s.Alert.IngestKey == alert.IngestKey).Id;
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string body, string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/alerts", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static string BatchJson(int count) => JsonSerializer.Serialize(new
    {
        alerts = Enumerable.Range(0, count).Select(i => new
        {
            kind = "maritime.cable-slow-transit",
            title = $"Slow transit {i}",
            severity = "high",
            observedStart = new DateTimeOffset(2026, 11, 28, 3, i % 60, 0, TimeSpan.Zero).AddHours(i / 60),
            subject = $"mmsi:24400{i:D4}",
            detector = "cable-slow-transit/1",
            tlp = "AMBER",
            location = new { latitude = 52.5, longitude = 3.9 },
            evidence = new[] { new { kind = "track-slice", summary = "2.1 kn for 34 min", source = "AIS", grade = "B2", collectedAt = "2026-11-28T03:00:00Z", facts = new Dictionary<string, string> { ["padding"] = new string('x', 100) } } },
        }),
    });
}
