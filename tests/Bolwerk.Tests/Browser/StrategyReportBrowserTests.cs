using Bolwerk.Tests.Support;
using Microsoft.Playwright;

namespace Bolwerk.Tests.Browser;

/// <summary>
/// The strategy progress report (HTML) opened in headless Chromium: no console errors, no request
/// beyond the file itself, a chart per measured indicator with its path drawn. Skipped without
/// chromium unless BOLWERK_REQUIRE_CHROMIUM=1 (CI sets it).
/// </summary>
public sealed class StrategyReportBrowserTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bolwerk-strategy-").FullName;

    [SkippableFact]
    public async Task The_progress_report_opens_in_chromium_without_errors_and_draws_its_charts()
    {
        var chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);
        Skip.If(chromium is null && Environment.GetEnvironmentVariable("BOLWERK_REQUIRE_CHROMIUM") != "1", "chromium (Debian) is not installed");
        chromium.ShouldNotBeNull("BOLWERK_REQUIRE_CHROMIUM=1 but /usr/bin/chromium is missing");

        var fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var (exit, _, stderr) = await CliProcess.RunAsync(_directory, "strategy", "report", "--as-of", "2026-12-31", "--format", "html", "--out", "frozen",
            "--nato", Path.Combine(fixtures, "nato_2025ed_defexp_pct_gdp_2014_2024_allies.csv"), "--nato-edition", "NATO 2025 (August)", "--kiel", Path.Combine(fixtures, "kiel_r29"));
        exit.ShouldBe(0, stderr);
        (await CliProcess.RunAsync(_directory, "strategy", "regenerate", "frozen")).ExitCode.ShouldBe(0);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox"] });
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        var requests = new List<string>();
        page.Console += (_, message) => { if (message.Type is "error" or "warning") { problems.Add(message.Text); } };
        page.PageError += (_, error) => problems.Add(error);
        page.Request += (_, request) => requests.Add(request.Url);

        var response = await page.GotoAsync(new Uri(Path.Combine(_directory, "frozen", "report.html")).AbsoluteUri);

        response!.Ok.ShouldBeTrue();
        problems.ShouldBeEmpty();
        requests.ShouldAllBe(url => url.StartsWith("file://", StringComparison.Ordinal), "the report must be self-contained");
        (await page.TitleAsync()).ShouldBe("Internationale Veiligheidsstrategie 2026-2030: progress as of 2026-12-31");
        (await page.Locator("figure svg").CountAsync()).ShouldBe(4);
        (await page.Locator("figure svg polyline.data").CountAsync()).ShouldBe(3); // the CRM study has one edition: a point, no line
        var path = await page.Locator("figure svg line.path").First.BoundingBoxAsync();
        path.ShouldNotBeNull();
        path.Width.ShouldBeGreaterThan(100); // the dashed path to the target is drawn, not collapsed
        (await page.Locator("h1").InnerTextAsync()).ShouldContain("2026-12-31");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
