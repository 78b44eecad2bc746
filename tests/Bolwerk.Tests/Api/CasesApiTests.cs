using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bolwerk.Host.Server;
using Bolwerk.Security;
using Bolwerk.Testing;
using Bolwerk.Tests.Support;

namespace Bolwerk.Tests.Api;

/// <summary>Case files over HTTP: the story, refusals, marking-aware reads and partner reports.</summary>
public sealed class CasesApiTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task A_case_runs_from_evidence_to_decision_and_each_reader_sees_what_the_marking_allows(string engine)
    {
        await using var server = await TestServer.StartAsync(engine);
        var (analyst, _) = await server.UserAsync("ana", "nctv", Role.Analyst);
        var (coordinator, _) = await server.UserAsync("cor", "nctv", Role.Coordinator);
        var (colleague, _) = await server.UserAsync("vik", "nctv", Role.Viewer);
        var (outsider, _) = await server.UserAsync("out", "kustwacht", Role.Analyst);

        var created = await (await analyst.PostAsJsonAsync(Uri("/api/v1/cases"), new { title = "BritNed damaged", type = "cable-sabotage", domain = "maritime", tlp = "amber", affectedAssets = new[] { "BritNed" } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString()!;
        var refused = await analyst.PostAsJsonAsync(Uri($"/api/v1/cases/{id}/moves"), new { to = "responding" });
        (await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Conflict)).GetProperty("detail").GetString()!.ShouldContain("cannot move from open to responding");

        await Ok(analyst.PostAsJsonAsync(Uri($"/api/v1/cases/{id}/moves"), new { to = "assessing" }));
        await Ok(analyst.PostAsJsonAsync(Uri($"/api/v1/cases/{id}/evidence"), new { source = "document", reference = "OM", summary = "Seabed drag track", grade = "A2", tlp = "clear", releasable = true }));
        await Ok(analyst.PostAsJsonAsync(Uri($"/api/v1/cases/{id}/evidence"), new { source = "intelligence", reference = "r9", summary = "STRICT-ONLY", grade = "B2", tlp = "amber+strict" }));
        await Ok(analyst.PostAsJsonAsync(Uri($"/api/v1/cases/{id}/evidence"), new { source = "intelligence", reference = "r10", summary = "RED-ONLY", grade = "A1", tlp = "red" }));
        await Ok(analyst.PostAsJsonAsync(Uri($"/api/v1/cases/{id}/attributions"), new { actor = "Vessel X", kind = "vessel", confidence = "likely", basis = "track", declassifiable = false }));
        await Ok(analyst.PostAsJsonAsync(Uri($"/api/v1/cases/{id}/moves"), new { to = "deciding" }));

        var options = await analyst.GetFromJsonAsync<JsonElement>(Uri($"/api/v1/cases/{id}/options"));
        var publicAttribution = options.EnumerateArray().Single(o => o.GetProperty("option").GetString() == "public-attribution");
        publicAttribution.GetProperty("available").GetBoolean().ShouldBeFalse();
        publicAttribution.GetProperty("missing").EnumerateArray().Select(m => m.GetString()).ShouldContain("confidence is 'likely (55–75 %)'; it needs 'highly likely (80–90 %)'");

        await Ok(analyst.PostAsJsonAsync(Uri($"/api/v1/cases/{id}/attributions"), new { actor = "Vessel X", kind = "vessel", confidence = "highly-likely", basis = "seabed track", declassifiable = true }));
        (await analyst.PostAsJsonAsync(Uri($"/api/v1/cases/{id}/decisions"), new { option = "public-attribution", rationale = "r", decider = "cabinet" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var decided = await Ok(coordinator.PostAsJsonAsync(Uri($"/api/v1/cases/{id}/decisions"), new { option = "public-attribution", rationale = "Attribute with partners", decider = "Cabinet", partners = new[] { "UK" } }));
        decided.GetProperty("decisions")[0].GetProperty("prerequisitesMissing").GetArrayLength().ShouldBe(0);
        await Ok(coordinator.PostAsJsonAsync(Uri($"/api/v1/cases/{id}/moves"), new { to = "responding" }));

        // The opener sees everything; a colleague of the same organisation not the RED item; another organisation nothing.
        (await analyst.GetFromJsonAsync<JsonElement>(Uri($"/api/v1/cases/{id}"))).GetProperty("evidenceWithheld").GetInt32().ShouldBe(0);
        var seen = await colleague.GetFromJsonAsync<JsonElement>(Uri($"/api/v1/cases/{id}"));
        seen.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("summary").GetString()).ShouldBe(["Seabed drag track", "STRICT-ONLY"]);
        seen.GetProperty("evidenceWithheld").GetInt32().ShouldBe(1);
        seen.GetProperty("state").GetString().ShouldBe("responding");
        (await outsider.GetAsync(Uri($"/api/v1/cases/{id}"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await outsider.PostAsJsonAsync(Uri($"/api/v1/cases/{id}/moves"), new { to = "monitoring" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await outsider.GetFromJsonAsync<JsonElement>(Uri("/api/v1/cases"))).GetArrayLength().ShouldBe(0);

        var partner = await analyst.GetStringAsync(Uri($"/api/v1/cases/{id}/report?forTlp=amber"));
        partner.ShouldContain("Seabed drag track");
        partner.ShouldNotContain("STRICT-ONLY");
        partner.ShouldNotContain("RED-ONLY");
        (await colleague.GetStringAsync(Uri($"/api/v1/cases/{id}/report"))).ShouldNotContain("RED-ONLY"); // never more than the caller may read
        var stix = await colleague.GetStringAsync(Uri($"/api/v1/cases/{id}/stix"));
        stix.ShouldContain("\"type\": \"incident\"");
        stix.ShouldContain("STRICT-ONLY"); // the colleague's organisation owns it
        stix.ShouldNotContain("RED-ONLY");
    }

    private static Uri Uri(string path) => new(path, UriKind.Relative);

    private static async Task<JsonElement> Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }
}
