using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bolwerk.Testing;
using Bolwerk.Tests.Support;

namespace Bolwerk.Tests.Cli;

public sealed partial class CliTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bolwerk-cli-").FullName;

    [Fact]
    public async Task Help_ListsEveryVerb()
    {
        var (exit, stdout, _) = await CliProcess.RunAsync(_directory, "--help");

        exit.ShouldBe(0);
        foreach (var verb in new[] { "serve", "demo", "db", "users", "openapi" })
        {
            stdout.ShouldContain(verb);
        }
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("users", "add")]
    [InlineData("users", "add", "ria", "--org", "kustwacht", "--role", "boss")]
    [InlineData("serve", "--port", "70000")]
    public async Task BadUsage_ExitsWith64AndSaysWhy(params string[] args)
    {
        var (exit, _, stderr) = await CliProcess.RunAsync(_directory, args);

        exit.ShouldBe(64);
        stderr.ShouldContain("error:");
    }

    [Fact]
    public async Task UsersAdd_PrintsTokenOnce_ListShowsUser_DuplicateIsDataError()
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, "users", "add", "ria", "--org", "kustwacht", "--role", "analyst", "-d", "cli.db");
        var (_, list, _) = await CliProcess.RunAsync(_directory, "users", "list", "-d", "cli.db");
        var (duplicateExit, _, duplicateErr) = await CliProcess.RunAsync(_directory, "users", "add", "ria", "--org", "kustwacht", "-d", "cli.db");

        exit.ShouldBe(0, stderr);
        TokenPattern().IsMatch(stdout.Trim()).ShouldBeTrue(stdout);
        stderr.ShouldContain("shown once");
        list.ShouldContain("ria");
        list.ShouldContain("analyst");
        list.ShouldNotContain("bwk_");
        duplicateExit.ShouldBe(65);
        duplicateErr.ShouldContain("A user named 'ria' already exists.");
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task DbMigrate_Twice_SecondRunAppliesNothing(string engine)
    {
        await using var db = await TestDatabase.CreateEmptyAsync(engine);

        var (first, firstOut, firstErr) = await CliProcess.RunAsync(_directory, "db", "migrate", "-d", db.ConnectionString);
        var (second, secondOut, _) = await CliProcess.RunAsync(_directory, "db", "migrate", "-d", db.ConnectionString);

        first.ShouldBe(0, firstErr);
        firstOut.ShouldContain("applied 0001_foundation");
        second.ShouldBe(0);
        secondOut.ShouldContain("(0 applied now)");
    }

    [Fact]
    public async Task Serve_UnreachablePostgres_ExitsWith69()
    {
        var (exit, _, stderr) = await CliProcess.RunAsync(_directory, "serve", "-d", "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2");

        exit.ShouldBe(69);
        stderr.ShouldContain("PostgreSQL is unavailable");
    }

    [Fact]
    public async Task Demo_ServesHealthz_AndThePrintedTokenAuthenticates()
    {
        await using var demo = CliProcess.Start(_directory, "demo", "--port", "0");
        var urlLine = await demo.WaitForLineAsync(line => line.Contains("Bolwerk demo at http://127.0.0.1:", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
        var token = await demo.WaitForLineAsync(line => TokenPattern().IsMatch(line.Trim()), TimeSpan.FromSeconds(10));
        var url = new Uri(UrlPattern().Match(urlLine).Value);
        using var client = new HttpClient { BaseAddress = url };

        (await client.GetFromJsonAsync<JsonElement>(new Uri("/healthz", UriKind.Relative))).GetProperty("status").GetString().ShouldBe("ok");
        (await client.GetAsync(new Uri("/api/v1/alerts", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var me = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/me", UriKind.Relative));
        var alerts = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/alerts", UriKind.Relative));

        me.GetProperty("role").GetString().ShouldBe("admin");
        alerts.GetProperty("items").GetArrayLength().ShouldBe(4);
        alerts.GetProperty("withheld").GetInt32().ShouldBe(1, "the demo's RED alert of another organisation");
        File.Exists(Path.Combine(_directory, "bolwerk-demo.db")).ShouldBeTrue();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold the database open for a moment; the temp folder is harmless.
        }
    }

    [GeneratedRegex("^bwk_[A-Za-z0-9_-]{43}$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/")]
    private static partial Regex UrlPattern();
}
