using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bolwerk.Host.Server;
using Bolwerk.Security;
using Bolwerk.Testing;
using Bolwerk.Tests.Support;

namespace Bolwerk.Tests.Api;

/// <summary>Sanctions over HTTP: importing versions, screening with explanations, diffs and the vessel watch list.</summary>
public sealed class SanctionsApiTests
{
    private static readonly string Un = Path.Combine(AppContext.BaseDirectory, "Fixtures", "UN_consolidated_2026-02-27.xml");

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Import_screen_and_diff_over_http(string engine)
    {
        await using var server = await TestServer.StartAsync(engine, maxRequestBodyBytes: 16 * 1024 * 1024);
        var (viewer, _) = await server.UserAsync("vik", "nctv", Role.Viewer);
        var (coordinator, _) = await server.UserAsync("cor", "nctv", Role.Coordinator);
        var screen = new { queries = new object[] { new { id = "q1", name = "Эрик Бадеге", schema = "Person" }, new { id = "q2", name = "Nobody Atall" } } };

        var empty = await viewer.PostAsJsonAsync(new Uri("/api/v1/sanctions/screen", UriKind.Relative), screen);
        await empty.ShouldBeProblemAsync(HttpStatusCode.Conflict, ProblemTypes.Conflict);

        (await viewer.PostAsync(new Uri("/api/v1/sanctions/lists?fileName=un.xml", UriKind.Relative), Body(File.ReadAllBytes(Un)))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var imported = await (await coordinator.PostAsync(new Uri("/api/v1/sanctions/lists?fileName=UN_consolidated_2026-02-27.xml", UriKind.Relative), Body(File.ReadAllBytes(Un))))
            .Content.ReadFromJsonAsync<JsonElement>();
        imported.GetProperty("created").GetBoolean().ShouldBeTrue();
        imported.GetProperty("version").GetProperty("listKey").GetString().ShouldBe("un-consolidated");
        imported.GetProperty("version").GetProperty("entities").GetInt32().ShouldBe(1003);
        imported.GetProperty("version").GetProperty("importedBy").GetString().ShouldBe("cor");

        var response = await viewer.PostAsJsonAsync(new Uri("/api/v1/sanctions/screen", UriKind.Relative), screen);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("lists")[0].GetProperty("published").GetString().ShouldBe("2026-02-27");
        var results = body.GetProperty("results").EnumerateArray().ToList();
        results.Select(r => r.GetProperty("query").GetString()).ShouldBe(["q1", "q2"]);
        var match = results[0].GetProperty("matches").EnumerateArray().ShouldHaveSingleItem();
        match.GetProperty("entityId").GetString().ShouldBe("un-6907993");
        match.GetProperty("explanation").GetString()!.ShouldContain("badege");
        results[1].GetProperty("matches").GetArrayLength().ShouldBe(0);

        var bad = await viewer.PostAsJsonAsync(new Uri("/api/v1/sanctions/screen", UriKind.Relative),
            new { queries = new object[] { new { name = "" }, new { name = "x", schema = "Ship", birthDate = "19x" } }, threshold = 2 });
        var problem = await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["queries[0].name", "queries[1].schema", "queries[1].birthDate", "threshold"], ignoreOrder: true);

        // A newer edition with one more entity: the diff names it.
        var newer = File.ReadAllText(Un).Replace("</ENTITIES>",
            "<ENTITY><DATAID>99999999</DATAID><FIRST_NAME>NEW FRONT COMPANY</FIRST_NAME><UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPe.999</REFERENCE_NUMBER><LISTED_ON>2026-03-01</LISTED_ON></ENTITY></ENTITIES>", StringComparison.Ordinal);
        var second = await (await coordinator.PostAsync(new Uri("/api/v1/sanctions/lists?fileName=un2.xml", UriKind.Relative), Body(System.Text.Encoding.UTF8.GetBytes(newer))))
            .Content.ReadFromJsonAsync<JsonElement>();
        second.GetProperty("added").GetInt32().ShouldBe(1);
        second.GetProperty("unchanged").GetInt32().ShouldBe(1003);
        var diff = await viewer.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/sanctions/lists/un-consolidated/diff", UriKind.Relative));
        diff.GetProperty("added").EnumerateArray().ShouldHaveSingleItem().GetProperty("entityId").GetString().ShouldBe("un-99999999");
        diff.GetProperty("removed").GetArrayLength().ShouldBe(0);
        (await viewer.GetAsync(new Uri("/api/v1/sanctions/lists/no-such-list/diff", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The screening index follows the newest version.
        var after = await (await viewer.PostAsJsonAsync(new Uri("/api/v1/sanctions/screen", UriKind.Relative), new { queries = new object[] { new { name = "New Front Company" } } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        after.GetProperty("results")[0].GetProperty("matches")[0].GetProperty("entityId").GetString().ShouldBe("un-99999999");

        var versions = await viewer.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/sanctions/lists", UriKind.Relative));
        versions.GetArrayLength().ShouldBe(2);
        var csv = await viewer.GetStringAsync(new Uri("/api/v1/sanctions/watchlist", UriKind.Relative));
        csv.ShouldStartWith("imo,mmsi,name,reason");
    }

    [Fact]
    public async Task A_file_that_is_no_list_is_refused_without_revealing_server_paths()
    {
        await using var server = await TestServer.StartAsync();
        var (coordinator, _) = await server.UserAsync("cor", "nctv", Role.Coordinator);

        var response = await coordinator.PostAsync(new Uri("/api/v1/sanctions/lists?fileName=notes.txt", UriKind.Relative), Body("hello"u8.ToArray()));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, ProblemTypes.Validation);
        var detail = problem.GetProperty("detail").GetString()!;
        detail.ShouldStartWith("notes.txt: start of file: not a sanctions list format");
        detail.ShouldNotContain(Path.GetTempPath());
    }

    private static ByteArrayContent Body(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        return content;
    }
}
