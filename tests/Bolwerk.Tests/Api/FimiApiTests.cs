using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bolwerk.Host.Fimi;
using Bolwerk.Host.Server;
using Bolwerk.Information.Coordination;
using Bolwerk.Information.Simulation;
using Bolwerk.Marking;
using Bolwerk.Security;
using Bolwerk.Testing;
using Bolwerk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bolwerk.Tests.Api;

/// <summary>Stored FIMI runs over HTTP: reading by marking, tagging by the owner's analysts, STIX with the decisions.</summary>
public sealed class FimiApiTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Analysts_of_the_owner_tag_networks_and_the_export_carries_their_decisions(string engine)
    {
        await using var server = await TestServer.StartAsync(engine);
        var (analyst, _) = await server.UserAsync("ana", "nctv", Role.Analyst);
        var (viewer, _) = await server.UserAsync("vik", "nctv", Role.Viewer);
        var (outsider, _) = await server.UserAsync("kai", "kustwacht", Role.Analyst);
        var runs = server.Services.GetRequiredService<StoredFimiRuns>();
        var corpus = PostSimulator.Generate(new SimulationOptions { OrganicPosts = 5_000, OrganicAccounts = 1_000, GroupsPerKind = 1 });
        var result = CoordinationDetector.Detect(corpus.Posts, new DetectionOptions());
        var amber = await runs.SaveAsync(result, new JsonObject { ["windowSeconds"] = 60 }, [], corpus.Posts.Count, "ana", "nctv", Tlp.Amber, CancellationToken.None);

        // Reading follows the run's marking: AMBER of nctv is not for kustwacht.
        (await analyst.GetFromJsonAsync<JsonElement>(Uri(server, "/api/v1/fimi/runs"))).GetArrayLength().ShouldBe(1);
        (await outsider.GetFromJsonAsync<JsonElement>(Uri(server, "/api/v1/fimi/runs"))).GetArrayLength().ShouldBe(0);
        (await outsider.GetAsync(Uri(server, $"/api/v1/fimi/runs/{amber.Id}"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var detail = await analyst.GetFromJsonAsync<JsonElement>(Uri(server, $"/api/v1/fimi/runs/{amber.Id}"));
        var networks = detail.GetProperty("networks").EnumerateArray().ToList();
        networks.Count.ShouldBe(result.Networks.Count);
        var id = networks.First(n => n.GetProperty("kind").GetString() == "co-text").GetProperty("id").GetString()!;
        (await outsider.GetAsync(Uri(server, $"/api/v1/fimi/networks/{id}"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var network = await viewer.GetFromJsonAsync<JsonElement>(Uri(server, $"/api/v1/fimi/networks/{id}"));
        network.GetProperty("suggestions").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ShouldContain("T0084.001");
        network.GetProperty("network").GetProperty("accounts").GetArrayLength().ShouldBeGreaterThan(1);

        // Tagging: the owner's analysts only, current DISARM ids only.
        (await viewer.PostAsJsonAsync(Uri(server, $"/api/v1/fimi/networks/{id}/tags"), new { technique = "T0084.001", decision = "confirm" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await outsider.PostAsJsonAsync(Uri(server, $"/api/v1/fimi/networks/{id}/tags"), new { technique = "T0084.001", decision = "confirm" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var invalid = await analyst.PostAsJsonAsync(Uri(server, $"/api/v1/fimi/networks/{id}/tags"), new { technique = "T1566", decision = "maybe" });
        var problem = await invalid.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        problem.GetProperty("errors").GetProperty("technique")[0].GetString()!.ShouldContain("ATT&CK");
        problem.GetProperty("errors").GetProperty("decision")[0].GetString().ShouldBe("confirm or reject.");
        var tagged = await (await analyst.PostAsJsonAsync(Uri(server, $"/api/v1/fimi/networks/{id}/tags"), new { technique = "T0084.001", decision = "confirm", note = "copypasta across the group" })).Content.ReadFromJsonAsync<JsonElement>();
        tagged.GetProperty("current").EnumerateArray().Single().GetProperty("decision").GetString().ShouldBe("confirmed");
        await analyst.PostAsJsonAsync(Uri(server, $"/api/v1/fimi/networks/{id}/tags"), new { technique = "T0084", decision = "reject" });
        var history = (await viewer.GetFromJsonAsync<JsonElement>(Uri(server, $"/api/v1/fimi/networks/{id}"))).GetProperty("history");
        history.GetArrayLength().ShouldBe(2);
        history[0].GetProperty("analyst").GetString().ShouldBe("ana");

        // STIX: at the run's marking or above, with the confirmed technique; never lower.
        var stix = await analyst.GetAsync(Uri(server, $"/api/v1/fimi/runs/{amber.Id}/stix"));
        stix.Content.Headers.ContentType!.MediaType.ShouldBe("application/stix+json");
        var bundle = JsonNode.Parse(await stix.Content.ReadAsStringAsync())!;
        bundle["objects"]!.AsArray().ShouldContain(o => o!["type"]!.GetValue<string>() == "relationship" && o["description"]!.GetValue<string>().Contains("copypasta across the group", StringComparison.Ordinal));
        bundle["objects"]!.AsArray().Where(o => o!["type"]!.GetValue<string>() != "marking-definition").ShouldAllBe(o => o!["object_marking_refs"]![0]!.GetValue<string>() == Tlp.Amber.StixMarkingDefinitionId());
        await (await analyst.GetAsync(Uri(server, $"/api/v1/fimi/runs/{amber.Id}/stix?tlp=green"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, ProblemTypes.ForbiddenMarking);

        // A FIMI case takes the network's confirmed techniques over; its STIX carries them under DISARM's own ids.
        var opened = await (await analyst.PostAsJsonAsync(Uri(server, "/api/v1/cases"), new { title = "Copypasta wave", type = "fimi-campaign", domain = "information", tlp = "amber" })).Content.ReadFromJsonAsync<JsonElement>();
        var caseId = opened.GetProperty("id").GetString()!;
        var taken = await (await analyst.PostAsJsonAsync(Uri(server, $"/api/v1/cases/{caseId}/techniques"), new { fromNetwork = id })).Content.ReadFromJsonAsync<JsonElement>();
        var technique = taken.GetProperty("techniques").EnumerateArray().Single();
        (technique.GetProperty("technique").GetString(), technique.GetProperty("source").GetString()).ShouldBe(("T0084.001", $"fimi network {id}"));
        await (await analyst.PostAsJsonAsync(Uri(server, $"/api/v1/cases/{caseId}/techniques"), new { technique = "T1566" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        var caseStix = await analyst.GetStringAsync(Uri(server, $"/api/v1/cases/{caseId}/stix"));
        caseStix.ShouldContain(Bolwerk.Information.Disarm.DisarmFramework.Default.Techniques["T0084.001"].StixId);
        caseStix.ShouldContain("copypasta across the group");
    }

    private static Uri Uri(TestServer server, string path) => new(server.BaseAddress, path);
}
