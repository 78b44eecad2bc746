using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bolwerk.Host.Server;
using Bolwerk.Security;
using Bolwerk.Testing;
using Bolwerk.Tests.Support;

namespace Bolwerk.Tests.Api;

public sealed class PlatformApiTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Healthz_NoToken_ReportsEngineAndSchema(string engine)
    {
        await using var server = await TestServer.StartAsync(engine);

        var health = await server.Anonymous().GetFromJsonAsync<JsonElement>(new Uri("/healthz", UriKind.Relative));

        health.GetProperty("status").GetString().ShouldBe("ok");
        health.GetProperty("engine").GetString().ShouldBe(engine);
        health.GetProperty("schemaVersion").GetInt32().ShouldBe(health.GetProperty("expectedSchemaVersion").GetInt32());
    }

    [Fact]
    public async Task Me_NoToken_Is401ProblemWithChallenge()
    {
        await using var server = await TestServer.StartAsync();

        var response = await server.Anonymous().GetAsync(new Uri("/api/v1/me", UriKind.Relative));

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, ProblemTypes.Unauthenticated);
        response.Headers.WwwAuthenticate.ToString().ShouldContain("Bearer");
    }

    [Fact]
    public async Task Me_UnknownToken_Is401AndTheAttemptIsAudited()
    {
        await using var server = await TestServer.StartAsync();
        var (admin, _) = await server.UserAsync("ada", "kustwacht", Role.Admin);
        var stranger = server.Anonymous();
        stranger.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "bwk_" + new string('A', 43));

        await (await stranger.GetAsync(new Uri("/api/v1/me", UriKind.Relative))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, ProblemTypes.Unauthenticated);

        var audit = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/audit?action=authenticate&outcome=denied", UriKind.Relative));
        audit.GetProperty("items").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task Me_ValidToken_ReturnsTheUser()
    {
        await using var server = await TestServer.StartAsync();
        var (client, user) = await server.UserAsync("ria", "kustwacht", Role.Coordinator);

        var me = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/me", UriKind.Relative));

        me.GetProperty("id").GetString().ShouldBe(user.Id);
        me.GetProperty("organisation").GetString().ShouldBe("kustwacht");
        me.GetProperty("role").GetString().ShouldBe("coordinator");
    }

    [Fact]
    public async Task Audit_NonAdmin_Is403_AdminReadIsItselfAudited()
    {
        await using var server = await TestServer.StartAsync();
        var (coordinator, _) = await server.UserAsync("col", "kustwacht", Role.Coordinator);
        var (admin, adminUser) = await server.UserAsync("ada", "kustwacht", Role.Admin);

        await (await coordinator.GetAsync(new Uri("/api/v1/audit", UriKind.Relative))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.ForbiddenRole);
        await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/audit", UriKind.Relative));
        var second = await admin.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/audit?actor={adminUser.Id}", UriKind.Relative));

        second.GetProperty("items").EnumerateArray().ShouldContain(e => e.GetProperty("objectType").GetString() == "audit-log");
    }

    [Fact]
    public async Task Audit_BadOutcome_Is400ValidationProblem()
    {
        await using var server = await TestServer.StartAsync();
        var (admin, _) = await server.UserAsync("ada", "kustwacht", Role.Admin);

        var response = await admin.GetAsync(new Uri("/api/v1/audit?outcome=maybe", UriKind.Relative));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        problem.GetProperty("errors").TryGetProperty("outcome", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task UnknownRoute_Is404Problem()
    {
        await using var server = await TestServer.StartAsync();

        await (await server.Anonymous().GetAsync(new Uri("/api/v1/nothing-here", UriKind.Relative))).ShouldBeProblemAsync(HttpStatusCode.NotFound, ProblemTypes.NotFound);
    }

    [Fact]
    public async Task Root_ServesTheLandingPage()
    {
        await using var server = await TestServer.StartAsync();

        var html = await server.Anonymous().GetStringAsync(new Uri("/", UriKind.Relative));

        html.ShouldContain("<title>Bolwerk</title>");
    }

    [Fact]
    public async Task OpenApi_ServedDocument_MatchesTheCommittedOne()
    {
        await using var server = await TestServer.StartAsync();

        var served = (await server.Anonymous().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative))).ReplaceLineEndings("\n").TrimEnd() + "\n";
        var committed = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Golden", "openapi.json"));

        served.ShouldBe(committed, "docs/openapi.json is stale: regenerate it with ./bolwerk openapi -o docs/openapi.json");
        using var document = JsonDocument.Parse(served);
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/healthz");
        paths.ShouldContain("/api/v1/alerts/{id}");
        document.RootElement.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _).ShouldBeTrue();
    }
}
