using System.Text.Json;
using Microsoft.Playwright;

namespace Bolwerk.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright, as every browser test uses it: launched headless from
/// its executable path, pages at 1280×720 that collect console errors, page errors and 4xx/5xx
/// responses, sign-in through the page's own form, and an axe-core accessibility check.
/// </summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(IPlaywright playwright, IBrowser browser, IBrowserContext context)
    {
        _playwright = playwright;
        _browser = browser;
        Context = context;
    }

    public IBrowserContext Context { get; }

    /// <summary>Problems seen on any page so far ("page: message").</summary>
    public List<string> Problems { get; } = [];

    /// <summary>Every URL any page requested.</summary>
    public List<string> Requests { get; } = [];

    public static string ScreenshotDirectory => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    /// <summary>Chromium's path, or a skip when it is absent and not required (CI sets BOLWERK_REQUIRE_CHROMIUM=1).</summary>
    public static string Chromium()
    {
        var chromium = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists);
        Skip.If(chromium is null && Environment.GetEnvironmentVariable("BOLWERK_REQUIRE_CHROMIUM") != "1", "chromium (Debian) is not installed");
        chromium.ShouldNotBeNull("BOLWERK_REQUIRE_CHROMIUM=1 but /usr/bin/chromium is missing");
        return chromium;
    }

    public static async Task<BrowserSession> StartAsync(int width = 1280, int height = 720)
    {
        var chromium = Chromium();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = ["--no-sandbox"] });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        return new BrowserSession(playwright, browser, context);
    }

    /// <summary>A new page at <paramref name="url"/>, watched for problems.</summary>
    public async Task<IPage> OpenAsync(Uri url)
    {
        var page = await Context.NewPageAsync();
        var name = url.AbsolutePath;
        page.Console += (_, message) => { if (message.Type is "error" or "warning") { Problems.Add($"{name}: {message.Text}"); } };
        page.PageError += (_, error) => Problems.Add($"{name}: {error}");
        page.Request += (_, request) => Requests.Add(request.Url);
        page.Response += (_, response) => { if (response.Status >= 400) { Problems.Add($"{name}: {response.Status} {response.Url}"); } };
        await page.GotoAsync(url.AbsoluteUri);
        return page;
    }

    /// <summary>Signs in with the page's name and password form.</summary>
    public static async Task SignInAsync(IPage page, string name, string password)
    {
        await page.FillAsync("#login-name", name);
        await page.FillAsync("#login-password", password);
        await page.ClickAsync("#sign-in");
        await page.WaitForSelectorAsync("#who:not([hidden])");
    }

    /// <summary>Signs in by pasting an API token (the alternative the form offers).</summary>
    public static async Task SignInWithTokenAsync(IPage page, string token)
    {
        await page.ClickAsync("#login summary");
        await page.FillAsync("#token", token);
        await page.ClickAsync("#use-token");
        await page.WaitForSelectorAsync("#who:not([hidden])");
    }

    /// <summary>
    /// Runs axe-core's WCAG 2.1 A and AA rules (contrast, names, labels, landmarks, keyboard
    /// focusability among them) on the page as it is now; returns each violation with the
    /// elements it found.
    /// </summary>
    public static async Task<IReadOnlyList<string>> AccessibilityViolationsAsync(IPage page, params string[] exclude)
    {
        // Evaluated over the DevTools protocol: the pages' Content-Security-Policy rightly refuses an injected <script>.
        await page.EvaluateAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "axe-core", "axe.min.js")));
        var result = await page.EvaluateAsync<JsonElement>(
            "async exclude => { const r = await axe.run({ exclude: exclude.map(s => [s]) }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });" +
            " return { passed: r.passes.length, violations: r.violations.map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`) }; }",
            exclude);
        result.GetProperty("passed").GetInt32().ShouldBeGreaterThan(5, "axe-core ran its rules on the page");
        return [.. result.GetProperty("violations").EnumerateArray().Select(v => v.GetString()!)];
    }

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
