using Bolwerk.Tests.Support;
using Microsoft.Playwright;

namespace Bolwerk.Tests.Browser;

/// <summary>
/// The evidence pack's report.html opened in headless Chromium (Debian's, via Playwright): it
/// loads from the file system with no errors and no requests beyond itself, and draws its map and
/// charts. Skipped without chromium unless BOLWERK_REQUIRE_CHROMIUM=1 (CI sets it).
/// </summary>
public sealed class EvidenceReportBrowserTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bolwerk-browser-").FullName;

    [SkippableFact]
    public async Task The_report_opens_in_chromium_without_errors_and_draws_map_and_charts()
    {
        var chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);
        Skip.If(chromium is null && Environment.GetEnvironmentVariable("BOLWERK_REQUIRE_CHROMIUM") != "1", "chromium (Debian) is not installed");
        chromium.ShouldNotBeNull("BOLWERK_REQUIRE_CHROMIUM=1 but /usr/bin/chromium is missing");

        (await CliProcess.RunAsync(_directory, "maritime", "simulate", "--incident", "eagle-s", "--vessels", "8", "--instances", "0", "--out", "day.nmea")).ExitCode.ShouldBe(0);
        var cables = Path.Combine(AppContext.BaseDirectory, "data", "maritime", "infrastructure", "baltic", "submarine_power_cables.geojson");
        var (assetsExit, assetsOut, _) = await CliProcess.RunAsync(_directory, "maritime", "assets", "--assets", cables, "--format", "jsonl", "--near", "26.2,59.95", "--radius", "30000");
        assetsExit.ShouldBe(0);
        var estlink = assetsOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement)
            .First(a => a.GetProperty("name").GetString() == "HVDC Estlink 2").GetProperty("id").GetString()!;
        var (exit, _, stderr) = await CliProcess.RunAsync(_directory, "maritime", "forensics", "--assets", cables, "--asset", estlink, "--at", "2024-12-25T10:26:00Z", "--out", "pack", "day.nmea");
        exit.ShouldBe(0, stderr);
        var report = Path.Combine(_directory, "pack", "report.html");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        var requests = new List<string>();
        page.Console += (_, message) => { if (message.Type is "error" or "warning") { problems.Add(message.Text); } };
        page.PageError += (_, error) => problems.Add(error);
        page.Request += (_, request) => requests.Add(request.Url);

        var response = await page.GotoAsync(new Uri(report).AbsoluteUri);

        response!.Ok.ShouldBeTrue();
        problems.ShouldBeEmpty();
        requests.ShouldAllBe(url => url.StartsWith("file://", StringComparison.Ordinal), "the report must be self-contained");
        (await page.TitleAsync()).ShouldContain("Estlink 2");
        (await page.Locator("svg").CountAsync()).ShouldBeGreaterThanOrEqualTo(2);
        (await page.Locator("svg polyline").CountAsync()).ShouldBeGreaterThan(2);
        (await page.Locator("td").First.InnerTextAsync()).ShouldBe("1");
        (await page.ContentAsync()).ShouldContain("EAGLE S REPLAY");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
