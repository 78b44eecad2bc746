using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Bolwerk.Marking;
using Bolwerk.Security;
using Bolwerk.Sharing;
using Bolwerk.Testing;
using Bolwerk.Testing.Stix;
using Bolwerk.Tests.Support;

namespace Bolwerk.Tests.Api;

/// <summary>TAXII 2.1 over real HTTP: the endpoints, both paging modes, and TLP enforcement per reader through relationships, references and versions.</summary>
public sealed class TaxiiApiTests
{
    private const string Taxii = "application/taxii+json;version=2.1";
    private const string SetA = "intrusion-set--00000000-0000-4000-8000-0000000000a2";
    private const string SetB = "intrusion-set--00000000-0000-4000-8000-0000000000a3";
    private const string RedLink = "relationship--00000000-0000-4000-8000-0000000000a4";
    private const string StrictActor = "threat-actor--00000000-0000-4000-8000-0000000000a5";
    private const string Report = "report--00000000-0000-4000-8000-0000000000a6";
    private const string Versioned = "campaign--00000000-0000-4000-8000-0000000000b2";

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Each_reader_receives_what_the_collection_and_their_organisation_allow_and_nothing_leaks(string engine)
    {
        await using var server = await TestServer.StartAsync(engine);
        var (owner, _) = await server.UserAsync("ana", "nctv", Role.Analyst);
        var (colleague, _) = await server.UserAsync("vik", "nctv", Role.Viewer);
        var (partner, _) = await server.UserAsync("kai", "kustwacht", Role.Analyst);
        var collection = await server.Stix.CreateCollectionAsync("fimi", "FIMI", "Shared networks", "nctv", Tlp.Green, DateTimeOffset.UtcNow, CancellationToken.None);
        var objects = $"/taxii2/bolwerk/collections/{collection.Id}/objects/";

        // Writing: TAXII media type only, owner organisation's analysts only.
        (await Post(partner, objects, Envelope(Graph()))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await owner.PostAsync(Uri(server, objects), new StringContent(Envelope(Graph()), Encoding.UTF8, "application/json"))).StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        var posted = await Post(owner, objects, Envelope(Graph()));
        posted.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var status = await Json(posted);
        status["status"]!.GetValue<string>().ShouldBe("complete");
        status["success_count"]!.GetValue<int>().ShouldBe(Graph().Count + 3); // + the TLP 2.0 definitions used: GREEN, AMBER+STRICT, RED
        (await Json(await owner.GetAsync(Uri(server, $"/taxii2/bolwerk/status/{status["id"]}/"))))["total_count"]!.GetValue<int>().ShouldBe(status["total_count"]!.GetValue<int>());
        (await Post(owner, objects, Envelope(StixExamples.Read("CONSTRUCTED_opencti_fimi.json")))).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        // The partner (another organisation) reads at the collection's GREEN.
        var partnerText = await Text(partner, server, objects + "?match[version]=all");
        foreach (var hidden in new[] { RedLink, StrictActor, "Source-protected", "Was strict", "channel--", "7c4e0a63", "0f7b3d96" })
        {
            partnerText.ShouldNotContain(hidden);
        }

        var partnerObjects = Objects(partnerText);
        partnerObjects.Single(o => Id(o) == Report)["object_refs"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe([SetA, SetB]);
        partnerObjects.Count(o => Id(o) == Versioned).ShouldBe(1); // the AMBER+STRICT first version is not history the partner may read
        partnerObjects.ShouldContain(o => Id(o) == "grouping--5a2c8e41-9b7d-4f36-8e02-1d6c4b9a0003"); // OpenCTI's narrative, as plain STIX
        StixSchemaValidator.Problems(StixExamples.Bundle(partnerObjects)).ShouldBeEmpty();

        // The owner's colleagues read up to AMBER+STRICT: the actor and the channel, never RED.
        var colleagueText = await Text(colleague, server, objects);
        colleagueText.ShouldContain(StrictActor);
        colleagueText.ShouldContain("identity--7c4e0a63");
        colleagueText.ShouldNotContain(RedLink);

        // Withheld answers as absent does; versions and manifest see the same graph.
        var withheld = await partner.GetAsync(Uri(server, $"{objects}{StrictActor}/"));
        var absent = await partner.GetAsync(Uri(server, $"{objects}threat-actor--00000000-0000-4000-8000-0000000000ff/"));
        withheld.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await withheld.Content.ReadAsStringAsync()).Replace(StrictActor, "X", StringComparison.Ordinal).ShouldBe((await absent.Content.ReadAsStringAsync()).Replace("threat-actor--00000000-0000-4000-8000-0000000000ff", "X", StringComparison.Ordinal));
        (await Json(await colleague.GetAsync(Uri(server, $"{objects}{Versioned}/versions/"))))["versions"]!.AsArray().Count.ShouldBe(2);
        (await Json(await partner.GetAsync(Uri(server, $"{objects}{Versioned}/versions/"))))["versions"]!.AsArray().Count.ShouldBe(1);
        var manifest = (await Json(await partner.GetAsync(Uri(server, $"/taxii2/bolwerk/collections/{collection.Id}/manifest/"))))["objects"]!.AsArray();
        manifest.Select(m => m!["id"]!.GetValue<string>()).ToHashSet().SetEquals(Objects(await Text(partner, server, objects)).Select(Id)).ShouldBeTrue();

        // Discovery, root, collections; content negotiation.
        (await Json(await partner.GetAsync(Uri(server, "/taxii2/"))))["api_roots"]![0]!.GetValue<string>().ShouldEndWith("/taxii2/bolwerk/");
        (await Json(await partner.GetAsync(Uri(server, "/taxii2/bolwerk/"))))["versions"]![0]!.GetValue<string>().ShouldBe(Taxii);
        var listed = (await Json(await partner.GetAsync(Uri(server, "/taxii2/bolwerk/collections/"))))["collections"]![0]!;
        (listed["can_read"]!.GetValue<bool>(), listed["can_write"]!.GetValue<bool>()).ShouldBe((true, false));
        using var xml = new HttpRequestMessage(HttpMethod.Get, Uri(server, "/taxii2/"));
        xml.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xml"));
        (await partner.SendAsync(xml)).StatusCode.ShouldBe(HttpStatusCode.NotAcceptable);
        (await server.Anonymous().GetAsync(Uri(server, "/taxii2/"))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [SkippableFact]
    public async Task A_pushed_object_with_references_that_are_not_strings_is_not_a_server_error()
    {
        // Found by AFL++ on the STIX reader: a marking "definition" that is a string where an object
        // goes crashed the TLP reading; the same kind of input on the push path.
        await using var server = await TestServer.StartAsync("sqlite");
        var (owner, _) = await server.UserAsync("ana", "nctv", Role.Analyst);
        var collection = await server.Stix.CreateCollectionAsync("odd", "Odd", "Odd input", "nctv", Tlp.Green, DateTimeOffset.UtcNow, CancellationToken.None);
        var odd = new JsonObject
        {
            ["type"] = "indicator", ["spec_version"] = "2.1", ["id"] = "indicator--00000000-0000-4000-8000-0000000000c1",
            ["created"] = "2026-11-29T00:00:00.000Z", ["modified"] = "2026-11-29T00:00:00.000Z", ["pattern"] = "[ipv4-addr:value = '198.51.100.7']",
            ["pattern_type"] = "stix", ["valid_from"] = "2026-11-29T00:00:00Z",
            ["object_marking_refs"] = new JsonArray(1, "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"),
            ["granular_markings"] = new JsonArray("marking", new JsonObject { ["marking_ref"] = 7, ["selectors"] = new JsonArray("pattern") }),
        };
        var marking = new JsonObject
        {
            ["type"] = "marking-definition", ["spec_version"] = "2.1", ["id"] = "marking-definition--00000000-0000-4000-8000-0000000000c2",
            ["created"] = "2026-11-29T00:00:00.000Z", ["definition_type"] = "statement", ["definition"] = "statement",
        };
        var response = await Post(owner, $"/taxii2/bolwerk/collections/{collection.Id}/objects/", Envelope([odd, marking]));
        ((int)response.StatusCode).ShouldBeLessThan(500, await response.Content.ReadAsStringAsync());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Paging_by_next_and_by_added_after_returns_everything_once(string engine)
    {
        await using var server = await TestServer.StartAsync(engine);
        var (owner, _) = await server.UserAsync("ana", "nctv", Role.Analyst);
        var collection = await server.Stix.CreateCollectionAsync("feed", "Feed", null, "nctv", Tlp.Green, DateTimeOffset.UtcNow, CancellationToken.None);
        var objects = $"/taxii2/bolwerk/collections/{collection.Id}/objects/";
        foreach (var file in new[] { "apt1.json", "poisonivy.json" })
        {
            (await Post(owner, objects, Envelope(StixExamples.Read(file)))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        var all = Objects(await Text(owner, server, objects + "?limit=1000")).Select(Id).ToList();
        all.Count.ShouldBeGreaterThan(100);

        var byNext = new List<string>();
        string? next = null;
        do
        {
            var page = await Json(await owner.GetAsync(Uri(server, objects + "?limit=37" + (next is null ? string.Empty : "&next=" + next))));
            byNext.AddRange(page["objects"]!.AsArray().Select(o => Id(o!.AsObject())));
            next = page["more"]!.GetValue<bool>() ? page["next"]!.GetValue<string>() : null;
        }
        while (next is not null);

        var byDate = new List<string>();
        string? after = null;
        while (true)
        {
            var response = await owner.GetAsync(Uri(server, objects + "?limit=37" + (after is null ? string.Empty : "&added_after=" + after)));
            var page = await Json(response);
            byDate.AddRange(page["objects"]!.AsArray().Select(o => Id(o!.AsObject())));
            if (!page["more"]!.GetValue<bool>())
            {
                break;
            }

            after = response.Headers.GetValues("X-TAXII-Date-Added-Last").Single();
        }

        byNext.ShouldBe(all);
        byDate.ShouldBe(all);
        (await owner.GetAsync(Uri(server, objects + "?added_after=yesterday"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Objects(await Text(owner, server, objects + "?match[type]=malware&limit=1000")).ShouldAllBe(o => o["type"]!.GetValue<string>() == "malware");
    }

    private static List<JsonObject> Graph() =>
    [
        Sdo("intrusion-set", SetA, Tlp.Green, new() { ["name"] = "Cluster A" }),
        Sdo("intrusion-set", SetB, Tlp.Green, new() { ["name"] = "Cluster B" }),
        Sdo("relationship", RedLink, Tlp.Red, new() { ["relationship_type"] = "related-to", ["source_ref"] = SetA, ["target_ref"] = SetB }),
        Sdo("threat-actor", StrictActor, Tlp.AmberStrict, new() { ["name"] = "Source-protected actor" }),
        Sdo("report", Report, Tlp.Green, new() { ["name"] = "Weekly", ["published"] = "2026-11-01T00:00:00.000Z", ["object_refs"] = new JsonArray(SetA, SetB, RedLink, StrictActor) }),
        Sdo("campaign", Versioned, Tlp.AmberStrict, new() { ["name"] = "Was strict" }, "2026-11-01T00:00:00.000Z"),
        Sdo("campaign", Versioned, Tlp.Green, new() { ["name"] = "Now green" }, "2026-11-02T00:00:00.000Z"),
    ];

    private static JsonObject Sdo(string type, string id, Tlp tlp, JsonObject properties, string at = "2026-11-01T00:00:00.000Z") =>
        StixObjects.Create(type, id, at, at, tlp, null, properties);

    private static string Envelope(IEnumerable<JsonObject> objects) => new JsonObject { ["objects"] = new JsonArray([.. objects.Select(o => (JsonNode)o.DeepClone())]) }.ToJsonString();

    private static Task<HttpResponseMessage> Post(HttpClient client, string path, string body)
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(Taxii);
        return client.PostAsync(new Uri(client.BaseAddress!, path), content);
    }

    private static Uri Uri(TestServer server, string path) => new(server.BaseAddress, path);

    private static async Task<string> Text(HttpClient client, TestServer server, string path)
    {
        var response = await client.GetAsync(Uri(server, path));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Replace(" ", string.Empty, StringComparison.Ordinal).ShouldBe(Taxii + ";charset=utf-8");
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<JsonObject> Json(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    private static List<JsonObject> Objects(string envelope) => [.. JsonNode.Parse(envelope)!["objects"]!.AsArray().Select(o => o!.AsObject())];

    private static string Id(JsonObject o) => o["id"]!.GetValue<string>();
}
