using System.Net.Http.Headers;
using System.Net.Http.Json;
using Bolwerk.Security;
using Bolwerk.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Bolwerk.Tests.Browser;

/// <summary>
/// The screening and strategy pages in headless Chromium against a real server: login, Dutch by
/// default and English on request, a screening query with its explanation, the strategy's
/// indicator statuses in colour; no console errors; 1280×720 screenshots.
/// </summary>
public sealed class PagesBrowserTests
{
    [SkippableFact]
    public async Task Screening_and_strategy_pages_work_in_both_languages()
    {
        var chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);
        Skip.If(chromium is null && Environment.GetEnvironmentVariable("BOLWERK_REQUIRE_CHROMIUM") != "1", "chromium (Debian) is not installed");
        chromium.ShouldNotBeNull("BOLWERK_REQUIRE_CHROMIUM=1 but /usr/bin/chromium is missing");

        await using var server = await TestServer.StartAsync();
        var (coordinator, user) = await server.UserAsync("cor", "nctv", Role.Coordinator);
        var token = (await server.Accounts.IssueTokenAsync(user.Id, "browser", null, CancellationToken.None)).Token;
        using (var body = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "UN_consolidated_2026-02-27.xml"))))
        {
            body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            (await coordinator.PostAsync(new Uri(server.BaseAddress, "/api/v1/sanctions/lists?fileName=UN_consolidated_2026-02-27.xml"), body)).IsSuccessStatusCode.ShouldBeTrue();
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox"] });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 720 } });
        var problems = new List<string>();
        var shots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

        async Task<IPage> Open(string path)
        {
            var page = await context.NewPageAsync();
            page.Console += (_, message) => { if (message.Type is "error" or "warning") { problems.Add($"{path}: {message.Text}"); } };
            page.PageError += (_, error) => problems.Add($"{path}: {error}");
            page.Response += (_, response) => { if (response.Status >= 400) { problems.Add($"{path}: {response.Status} {response.Url}"); } };
            await page.GotoAsync(new Uri(server.BaseAddress, path).AbsoluteUri);
            await page.FillAsync("#token", token);
            await page.ClickAsync("#login button");
            return page;
        }

        // Strategy: Dutch first, every indicator with a coloured standing; then English.
        var strategy = await Open("/strategy.html");
        await strategy.WaitForFunctionAsync("() => window.bolwerkPage?.ready");
        (await strategy.Locator("h1").InnerTextAsync()).ShouldStartWith("Internationale Veiligheidsstrategie");
        (await strategy.EvaluateAsync<int>("() => window.bolwerkPage.indicators")).ShouldBeGreaterThan(5);
        (await strategy.Locator("#indicators tbody .standing").CountAsync()).ShouldBe(await strategy.EvaluateAsync<int>("() => window.bolwerkPage.indicators"));
        await strategy.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "strategy.png") });
        var report = await strategy.RunAndWaitForDownloadAsync(() => strategy.ClickAsync("#report"));
        (await File.ReadAllTextAsync((await report.PathAsync())!)).ShouldContain("<svg");
        await strategy.ClickAsync("#language");
        await strategy.WaitForFunctionAsync("() => document.querySelector('h1').textContent.startsWith('International Security Strategy')");
        (await strategy.Locator("#indicators th").First.InnerTextAsync()).ShouldBe("Indicator");

        // Screening (English remembered): a listed entity comes back with its explanation.
        var screening = await Open("/screening.html");
        await screening.WaitForFunctionAsync("() => window.bolwerkPage?.ready");
        (await screening.Locator("h1").InnerTextAsync()).ShouldBe("Sanctions screening");
        await screening.FillAsync("#name", "Congomet Trading House");
        await screening.ClickAsync("#query button");
        await screening.WaitForFunctionAsync("() => window.bolwerkPage.matches > 0");
        (await screening.Locator("#matches tbody tr").First.InnerTextAsync()).ShouldContain("CONGOMET TRADING HOUSE");
        (await screening.Locator("#lists").InnerTextAsync()).ShouldContain("Screened against");
        await screening.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "screening.png") });

        // The case desk: a case opened over the API, its options ladder with why or what is missing, its report downloaded.
        var opened = await (await coordinator.PostAsJsonAsync(new Uri(server.BaseAddress, "/api/v1/cases"), new { title = "BritNed damaged", type = "cable-sabotage", domain = "maritime", tlp = "amber" })).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var caseId = opened.GetProperty("id").GetString()!;
        var cases = await Open("/cases.html");
        await cases.WaitForFunctionAsync("() => window.bolwerkPage?.ready");
        (await cases.Locator("h1").InnerTextAsync()).ShouldBe("Cases");
        await cases.Locator("#cases tbody tr").First.ClickAsync();
        await cases.WaitForFunctionAsync("() => window.bolwerkPage.shown");
        (await cases.Locator("#case-title").InnerTextAsync()).ShouldBe($"{caseId}: BritNed damaged");
        (await cases.Locator("#options tbody tr").CountAsync()).ShouldBe(await cases.EvaluateAsync<int>("() => window.bolwerkPage.options"));
        (await cases.Locator("#options tbody tr").CountAsync()).ShouldBeGreaterThan(5);
        var download = await cases.RunAndWaitForDownloadAsync(() => cases.ClickAsync("#report"));
        download.SuggestedFilename.ShouldBe($"{caseId}.html");
        (await File.ReadAllTextAsync((await download.PathAsync())!)).ShouldContain("BritNed damaged");
        await cases.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "cases.png") });

        // FIMI: a stored run's networks, a network's timeline, a DISARM suggestion confirmed, STIX downloaded; a lower TLP refused.
        var runs = server.Services.GetRequiredService<Bolwerk.Host.Fimi.StoredFimiRuns>();
        var corpus = Bolwerk.Information.Simulation.PostSimulator.Generate(new Bolwerk.Information.Simulation.SimulationOptions { OrganicPosts = 5_000, OrganicAccounts = 1_000, GroupsPerKind = 1 });
        var detected = Bolwerk.Information.Coordination.CoordinationDetector.Detect(corpus.Posts, new Bolwerk.Information.Coordination.DetectionOptions());
        var run = await runs.SaveAsync(detected, new System.Text.Json.Nodes.JsonObject(), [], corpus.Posts.Count, "cor", "nctv", Bolwerk.Marking.Tlp.Amber, CancellationToken.None);
        var fimi = await Open("/fimi.html");
        await fimi.WaitForFunctionAsync("() => window.bolwerkPage?.ready");
        (await fimi.EvaluateAsync<int>("() => window.bolwerkPage.networks")).ShouldBe(detected.Networks.Count);
        await fimi.Locator("#networks tbody tr").First.ClickAsync();
        await fimi.WaitForFunctionAsync("() => window.bolwerkPage.shown");
        (await fimi.Locator("#timeline rect").CountAsync()).ShouldBeGreaterThan(0);
        await fimi.Locator("#suggestions button[data-decision=confirm]").First.ClickAsync();
        await fimi.WaitForFunctionAsync("() => window.bolwerkPage.tagged === 1");
        (await fimi.Locator("#suggestions tbody tr").First.InnerTextAsync()).ShouldContain("confirmed");
        var stix = await fimi.RunAndWaitForDownloadAsync(() => fimi.ClickAsync("#export"));
        (await File.ReadAllTextAsync((await stix.PathAsync())!)).ShouldContain("confirmed by cor");
        await fimi.SelectOptionAsync("#tlp", "green");
        var refused = fimi.WaitForResponseAsync(r => r.Url.Contains("/stix?tlp=green", StringComparison.Ordinal));
        await fimi.ClickAsync("#export");
        (await refused).Status.ShouldBe(403);
        await fimi.WaitForFunctionAsync("() => document.getElementById('status').textContent.startsWith('403')");
        (await fimi.Locator("#networks tbody tr").First.InnerTextAsync()).ShouldContain("+T"); // the decision shows in the run's list
        await fimi.EvaluateAsync("() => { window.scrollTo(0, 0); }");
        await fimi.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "fimi.png") });
        run.Networks.ShouldBe(detected.Networks.Count);

        // The one refusal the test asked for (the browser logs the 403 response of the lower TLP) is expected.
        problems.RemoveAll(p => p.StartsWith("/fimi.html: ", StringComparison.Ordinal) && p.Contains("403", StringComparison.Ordinal));
        problems.ShouldBeEmpty();
    }
}
