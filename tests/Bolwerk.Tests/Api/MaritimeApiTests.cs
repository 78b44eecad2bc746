using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Bolwerk.Host.Server;
using Bolwerk.Marking;
using Bolwerk.Security;
using Bolwerk.Storage.Tracks;
using Bolwerk.Testing;
using Bolwerk.Tests.Support;

namespace Bolwerk.Tests.Api;

/// <summary>The track questions over HTTP, and the live alert stream (server-sent events) with marking filters.</summary>
public sealed class MaritimeApiTests
{
    private static readonly DateTimeOffset T0 = new(2024, 12, 25, 9, 0, 0, TimeSpan.Zero);

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Near_lists_the_vessels_that_were_there_then_and_the_track_reads_back(string engine)
    {
        await using var server = await TestServer.StartAsync(engine);
        var (viewer, _) = await server.UserAsync("vik", "kustwacht", Role.Viewer);
        await server.Tracks.AppendAsync(
        [
            new StoredPosition(518100001, T0, 26.20, 59.95, 6.3, 258, 258, 0),
            new StoredPosition(518100001, T0.AddMinutes(10), 26.15, 59.94, 6.3, 258, 258, 0),
            new StoredPosition(244000001, T0, 26.60, 59.95, 12, 90, 90, 0),          // 22 km away
            new StoredPosition(244000002, T0.AddHours(5), 26.20, 59.95, 12, 90, 90, 0), // there, but later
        ], CancellationToken.None);

        var near = await viewer.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/maritime/near?lon=26.2&lat=59.95&radius=5000&from=2024-12-25T08:00:00Z&to=2024-12-25T10:00:00Z", UriKind.Relative));
        var passage = near.EnumerateArray().ShouldHaveSingleItem();
        passage.GetProperty("mmsi").GetUInt32().ShouldBe(518100001u);
        passage.GetProperty("positionsInside").GetInt32().ShouldBe(2);
        passage.GetProperty("closestMetres").GetDouble().ShouldBe(0, 1);

        var track = await viewer.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/maritime/vessels/518100001/track?from=2024-12-25T00:00:00Z&to=2024-12-26T00:00:00Z", UriKind.Relative));
        track.GetArrayLength().ShouldBe(2);

        var bad = await viewer.GetAsync(new Uri("/api/v1/maritime/near?lon=200&lat=59.95&radius=500000&from=2024-12-25T08:00:00Z&to=2024-12-25T07:00:00Z", UriKind.Relative));
        var problem = await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest, ProblemTypes.Validation);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["lon,lat", "radius", "to"], ignoreOrder: true);

        (await server.Anonymous().GetAsync(new Uri("/api/v1/maritime/vessels/518100001/track?from=2024-12-25T00:00:00Z&to=2024-12-26T00:00:00Z", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        await server.Tracks.SaveVesselsAsync([new StoredVessel { Mmsi = 518100001, Name = "EAGLE S REPLAY", Imo = 9329760, FirstSeen = T0, Last = new StoredPosition(518100001, T0.AddMinutes(10), 26.15, 59.94, 6.3, 258, 258, 0) }],
            [new StoredIdentityChange(518100001, "flag", "CK", T0, T0)], CancellationToken.None);
        var dossier = await viewer.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/maritime/vessels/518100001/dossier", UriKind.Relative));
        dossier.GetProperty("facts").GetProperty("imo").GetInt32().ShouldBe(9329760);
        dossier.GetProperty("risk").GetProperty("factors").EnumerateArray().ShouldContain(f => f.GetProperty("name").GetString() == "flagOfConvenience" && f.GetProperty("value").GetDouble() == 1);
        (await viewer.GetAsync(new Uri("/api/v1/maritime/vessels/244999999/dossier", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task The_alert_stream_delivers_new_alerts_the_caller_may_read_and_withholds_the_rest(string engine)
    {
        await using var server = await TestServer.StartAsync(engine);
        var (viewer, viewerUser) = await server.UserAsync("vik", "kustwacht", Role.Viewer);
        var (_, other) = await server.UserAsync("nia", "nctv", Role.Analyst);
        await server.Alerts.IngestAsync("test", "before", [SampleAlerts.SlowTransit(0)], "kustwacht", viewerUser.Id, CancellationToken.None);

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/alerts/stream", UriKind.Relative));
        using var response = await viewer.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");

        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        // After subscribing: a RED alert of another organisation (withheld), then one the viewer may read.
        await server.Alerts.IngestAsync("test", "red", [SampleAlerts.SlowTransit(1, Tlp.Red)], "nctv", other.Id, CancellationToken.None);
        await server.Alerts.IngestAsync("test", "amber", [SampleAlerts.SlowTransit(2)], "kustwacht", viewerUser.Id, CancellationToken.None);
        var events = new List<(string Event, string Data, string Id)>();
        string? name = null, data = null, id = null;
        while (events.Count < 2 && await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) { name = line[7..]; }
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) { data = line[6..]; }
            else if (line.StartsWith("id: ", StringComparison.Ordinal)) { id = line[4..]; }
            else if (line.Length == 0 && data is not null)
            {
                events.Add((name!, data, id!));
                name = data = id = null;
            }
        }

        events[0].Event.ShouldBe("ready");
        var (eventName, json, eventId) = events[1];
        eventName.ShouldBe("alert");
        var alert = JsonDocument.Parse(json).RootElement;
        alert.GetProperty("ingestKey").GetString().ShouldBe(SampleAlerts.SlowTransit(2).IngestKey);
        eventId.ShouldBe(alert.GetProperty("id").GetString());
    }
}
