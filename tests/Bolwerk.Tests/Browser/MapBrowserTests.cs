using Bolwerk.Host.Demo;
using Bolwerk.Marking;
using Bolwerk.Security;
using Bolwerk.Storage.Alerts;
using Bolwerk.Storage.Tracks;
using Bolwerk.Testing;
using Bolwerk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Bolwerk.Tests.Browser;

/// <summary>
/// The map page in headless Chromium (Debian's, via Playwright) against a real server holding the
/// demo's simulated Baltic day: login, the offline basemap, infrastructure layers, vessels, the
/// alert list, a live alert arriving over the stream, replay with the time slider, a vessel's
/// dossier; no console errors; a 1280×720 screenshot. Skipped without chromium unless
/// BOLWERK_REQUIRE_CHROMIUM=1 (CI sets it).
/// </summary>
public sealed class MapBrowserTests
{
    [SkippableFact]
    public async Task The_map_shows_infrastructure_vessels_and_alerts_and_takes_a_live_alert()
    {
        var chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);
        Skip.If(chromium is null && Environment.GetEnvironmentVariable("BOLWERK_REQUIRE_CHROMIUM") != "1", "chromium (Debian) is not installed");
        chromium.ShouldNotBeNull("BOLWERK_REQUIRE_CHROMIUM=1 but /usr/bin/chromium is missing");

        await using var server = await TestServer.StartAsync();
        var (_, analyst) = await server.UserAsync("ana", "kustwacht", Role.Analyst);
        var token = (await server.Accounts.IssueTokenAsync(analyst.Id, "browser", null, CancellationToken.None)).Token;
        var computed = await new DemoTraffic(server.Services.GetRequiredService<TrackStore>(), server.Alerts).LoadAsync("kustwacht", CancellationToken.None);
        computed.ShouldBeGreaterThan(0);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 720 } });
        var problems = new List<string>();
        var requests = new List<string>();
        page.Console += (_, message) => { if (message.Type is "error" or "warning") { problems.Add(message.Text); } };
        page.PageError += (_, error) => problems.Add(error);
        page.Request += (_, request) => requests.Add(request.Url);
        page.Response += (_, response) => { if (response.Status >= 400) { problems.Add($"{response.Status} {response.Url}"); } };

        await page.GotoAsync(new Uri(server.BaseAddress, "/map.html").AbsoluteUri);
        await page.FillAsync("#token", token);
        await page.ClickAsync("#login button");
        await page.WaitForFunctionAsync("() => window.bolwerkMap.ready && window.bolwerkMap.live", null, new PageWaitForFunctionOptions { Timeout = 30_000 });

        (await page.EvaluateAsync<int>("() => window.bolwerkMap.assets")).ShouldBeGreaterThan(100);
        var vessels = await page.EvaluateAsync<int>("() => window.bolwerkMap.vessels");
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var picture = await client.GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri("/api/v1/maritime/picture", UriKind.Relative));
        vessels.ShouldBe(picture.GetProperty("vessels").GetArrayLength());
        vessels.ShouldBeGreaterThan(10); // the demo day's 40 background vessels, less those that left
        (await page.EvaluateAsync<int>("() => window.bolwerkMap.alerts")).ShouldBe(computed);
        (await page.Locator(".leaflet-control-layers-overlays label").CountAsync()).ShouldBe(6);
        (await page.Locator("#alerts li button").First.InnerTextAsync()).ShouldBe("Zaak openen"); // Dutch by default
        (await page.Locator("#status").InnerTextAsync()).ShouldEndWith(" schepen");

        // A live alert: stored by someone else, on the list within seconds, marked fresh.
        await server.Alerts.IngestAsync("test", "live", [SampleAlerts.SlowTransit(1, Tlp.Green)], "kustwacht", analyst.Id, CancellationToken.None);
        await page.WaitForSelectorAsync("#alerts li.fresh", new PageWaitForSelectorOptions { Timeout = 15_000 });
        (await page.Locator("#alerts li.fresh").First.InnerTextAsync()).ShouldContain("Slow transit over cable");

        // Acknowledging the live alert: the mark replaces the button, and the API knows who.
        await page.ClickAsync("#alerts li.fresh button:nth-of-type(2)");
        await page.WaitForFunctionAsync("() => window.bolwerkMap.acknowledged === 1", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        var alertsNow = await client.GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri("/api/v1/alerts", UriKind.Relative));
        alertsNow.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("title").GetString()!.StartsWith("Slow transit", StringComparison.Ordinal))
            .GetProperty("acknowledgedBy").GetString().ShouldBe("ana");

        // One click makes a case of the live alert, with the alert as its first evidence.
        await page.ClickAsync("#alerts li:has-text('Slow transit') button");
        var caseId = (await page.WaitForFunctionAsync("() => window.bolwerkMap.lastCase", null, new PageWaitForFunctionOptions { Timeout = 10_000 })).ToString()!;
        var opened = await client.GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri($"/api/v1/cases/{caseId}", UriKind.Relative));
        opened.GetProperty("type").GetString().ShouldBe("cable-sabotage"); // a slow transit over a cable
        opened.GetProperty("evidence")[0].GetProperty("source").GetString().ShouldBe("alert");
        opened.GetProperty("tlp").GetString().ShouldBe("TLP:GREEN");

        // A click on a vessel opens its dossier.
        var vessel = await page.EvaluateAsync<System.Text.Json.JsonElement>("() => window.bolwerkMap.firstVessel");
        await page.EvaluateAsync($"() => {{ window.bolwerkMap.focus({vessel.GetProperty("latitude").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture)}, {vessel.GetProperty("longitude").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture)}); }}");
        var box = (await page.Locator("#map").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        await page.WaitForFunctionAsync("() => window.bolwerkMap.dossier", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        (await page.Locator("#vessel dl").InnerTextAsync()).ShouldContain(vessel.GetProperty("mmsi").GetUInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.EvaluateAsync("() => { window.bolwerkMap.home(); }");

        // An area drawn with shift + drag keeps the alerts inside it (the Eagle S ones off Porkkala) and counts the vessels there.
        var mapBox = (await page.Locator("#map").BoundingBoxAsync())!;
        var from = await page.EvaluateAsync<System.Text.Json.JsonElement>("() => window.bolwerkMap.pointOf(60.4, 24.0)");
        var to = await page.EvaluateAsync<System.Text.Json.JsonElement>("() => window.bolwerkMap.pointOf(59.6, 27.0)");
        await page.Keyboard.DownAsync("Shift");
        await page.Mouse.MoveAsync(mapBox.X + from.GetProperty("x").GetSingle(), mapBox.Y + from.GetProperty("y").GetSingle());
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(mapBox.X + to.GetProperty("x").GetSingle(), mapBox.Y + to.GetProperty("y").GetSingle(), new MouseMoveOptions { Steps = 8 });
        await page.Mouse.UpAsync();
        await page.Keyboard.UpAsync("Shift");
        await page.WaitForFunctionAsync("() => window.bolwerkMap.alertsInArea !== undefined && !document.getElementById('clear-area').hidden", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        var inArea = await page.EvaluateAsync<int>("() => window.bolwerkMap.alertsInArea");
        inArea.ShouldBeGreaterThan(0);
        inArea.ShouldBeLessThan(await page.EvaluateAsync<int>("() => window.bolwerkMap.alerts"));
        (await page.Locator("#alerts li:visible").CountAsync()).ShouldBe(inArea);
        (await page.Locator("#alerts li:visible").AllInnerTextsAsync()).ShouldContain(t => t.Contains("EAGLE S", StringComparison.Ordinal));
        (await page.EvaluateAsync<int>("() => window.bolwerkMap.vesselsInArea")).ShouldBeLessThanOrEqualTo(vessels);
        await page.ClickAsync("#clear-area");
        (await page.Locator("#alerts li:visible").CountAsync()).ShouldBe(await page.EvaluateAsync<int>("() => window.bolwerkMap.alerts"));
        await page.EvaluateAsync("() => { window.bolwerkMap.home(); }");

        // Replay: an hour after the start of the archive the picture holds other positions.
        await page.EvalOnSelectorAsync("#time", "s => { s.value = Number(s.min) + 3600000; s.dispatchEvent(new Event('input')); }");
        await page.WaitForFunctionAsync("() => document.getElementById('clock').textContent.includes(new Date(Number(document.getElementById('time').min) + 3600000).toISOString().slice(11, 16))", null, new PageWaitForFunctionOptions { Timeout = 10_000 });

        var shots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "map.png") });
        problems.ShouldBeEmpty();
        requests.ShouldAllBe(url => url.StartsWith(server.BaseAddress.AbsoluteUri, StringComparison.Ordinal), "the map loads nothing from elsewhere");
    }
}
