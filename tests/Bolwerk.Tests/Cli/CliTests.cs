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

    [Fact]
    public async Task A_network_input_that_refuses_is_exit_69_with_a_plain_message()
    {
        var (exit, _, stderr) = await CliProcess.RunAsync(_directory, "ais", "decode", "tcp://127.0.0.1:1");
        exit.ShouldBe(69);
        stderr.ShouldContain("network input unavailable");
        stderr.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task UsersPassword_FromStdin_SignsInOnTheWeb_AndAShortOneIsRefused()
    {
        await CliProcess.RunAsync(_directory, "users", "add", "pia", "--org", "kustwacht", "--role", "analyst", "-d", "pw.db");
        var (shortExit, _, shortErr) = await CliProcess.RunWithInputAsync(_directory, "too short\n", "users", "password", "pia", "--stdin", "-d", "pw.db");
        var (exit, stdout, stderr) = await CliProcess.RunWithInputAsync(_directory, "a sufficiently long one\n", "users", "password", "pia", "--stdin", "-d", "pw.db");
        var (unknownExit, _, unknownErr) = await CliProcess.RunWithInputAsync(_directory, "a sufficiently long one\n", "users", "password", "nobody", "--stdin", "-d", "pw.db");

        shortExit.ShouldBe(65);
        shortErr.ShouldContain("at least 12 characters");
        exit.ShouldBe(0, stderr);
        stdout.ShouldBeEmpty();
        stderr.ShouldNotContain("sufficiently");
        unknownExit.ShouldBe(65);
        unknownErr.ShouldContain("No user named 'nobody'");
        await using var database = Bolwerk.Storage.Infrastructure.BolwerkDatabase.Open(Path.Combine(_directory, "pw.db"));
        var accounts = new Bolwerk.Storage.Accounts.AccountStore(database, TimeProvider.System);
        var passwords = new Bolwerk.Storage.Accounts.AccountPasswords(database, accounts, TimeProvider.System);
        (await passwords.SignInAsync("pia", "a sufficiently long one", CancellationToken.None)).ShouldNotBeNull();
        (await passwords.SignInAsync("pia", "too short", CancellationToken.None)).ShouldBeNull();
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
        var signIn = await demo.WaitForLineAsync(line => line.StartsWith("Web sign-in: demo-admin / ", StringComparison.Ordinal), TimeSpan.FromSeconds(10));
        var token = await demo.WaitForLineAsync(line => TokenPattern().IsMatch(line.Trim()), TimeSpan.FromSeconds(10));
        var url = new Uri(UrlPattern().Match(urlLine).Value);

        // The printed password signs in on the web pages (admin and the read-only viewer).
        var password = signIn["Web sign-in: demo-admin / ".Length..].Split(' ')[0];
        password.Length.ShouldBe(16);
        using (var web = new HttpClient { BaseAddress = url })
        {
            foreach (var (name, role) in new[] { ("demo-admin", "admin"), ("demo-viewer", "viewer") })
            {
                var session = await (await web.PostAsJsonAsync(new Uri("/api/v1/session", UriKind.Relative), new { name, password })).Content.ReadFromJsonAsync<JsonElement>();
                session.GetProperty("user").GetProperty("role").GetString().ShouldBe(role);
            }
        }

        using var client = new HttpClient { BaseAddress = url };

        (await client.GetFromJsonAsync<JsonElement>(new Uri("/healthz", UriKind.Relative))).GetProperty("status").GetString().ShouldBe("ok");
        (await client.GetAsync(new Uri("/api/v1/alerts", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var me = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/me", UriKind.Relative));
        var alerts = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/alerts", UriKind.Relative));

        me.GetProperty("role").GetString().ShouldBe("admin");
        var items = alerts.GetProperty("items").EnumerateArray().ToList();
        items.Count(a => a.GetProperty("kind").GetString() == "demo.sample").ShouldBe(4);
        // The simulated day's alerts were computed by the watch, the Eagle S replay among them.
        items.ShouldContain(a => a.GetProperty("kind").GetString() == "maritime.anchor-drag" && a.GetProperty("subject").GetString() == "mmsi:518100001");
        alerts.GetProperty("withheld").GetInt32().ShouldBe(1, "the demo's RED alert of another organisation");

        // The simulated FIMI run (NCTV's, GREEN) and its TAXII collection are readable by another organisation.
        var runs = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/fimi/runs", UriKind.Relative));
        runs.GetArrayLength().ShouldBe(1);
        runs[0].GetProperty("networks").GetInt32().ShouldBeGreaterThanOrEqualTo(8);
        var collections = await client.GetFromJsonAsync<JsonElement>(new Uri("/taxii2/bolwerk/collections/", UriKind.Relative));
        var fimi = collections.GetProperty("collections").EnumerateArray().Single(c => c.GetProperty("alias").GetString() == "fimi-demo");
        var objects = await client.GetFromJsonAsync<JsonElement>(new Uri($"/taxii2/bolwerk/collections/{fimi.GetProperty("id").GetString()}/objects/?match[type]=intrusion-set", UriKind.Relative));
        objects.GetProperty("objects").GetArrayLength().ShouldBe(runs[0].GetProperty("networks").GetInt32());
        File.Exists(Path.Combine(_directory, "bolwerk-demo.db")).ShouldBeTrue();
    }

    private const string AisSample = """
        # position reports (one corrupted) and a two-part static report
        \c:1565218798*53\!AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0*23
        !AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C
        !AIVDM,2,2,1,A,88888888880,2*25
        !AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0*24
        !AIVDM,1,1,,A,133sVfPP00PD>hRMDH@jNOvN20S8,0*7F
        """;

    [Fact]
    public async Task AisDecode_Jsonl_OneGpsdObjectPerMessage_ErrorsOnStderrWithLine()
    {
        var file = Path.Combine(_directory, "sample.nmea");
        await File.WriteAllTextAsync(file, AisSample);

        var (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, "ais", "decode", file);

        exit.ShouldBe(0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(3);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        first.GetProperty("class").GetString().ShouldBe("AIS");
        first.GetProperty("mmsi").GetUInt32().ShouldBe(227006760u);
        first.GetProperty("received").GetString().ShouldBe("2019-08-07T22:59:58Z");
        JsonDocument.Parse(lines[1]).RootElement.GetProperty("type").GetInt32().ShouldBe(5);
        stderr.ShouldContain("sample.nmea:5: BadChecksum");
        stderr.ShouldContain("3 messages, 1 errors");
    }

    [Fact]
    public async Task AisDecode_Strict_StopsAtFirstErrorWith65()
    {
        var file = Path.Combine(_directory, "sample.nmea");
        await File.WriteAllTextAsync(file, AisSample);

        var (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, "ais", "decode", "--strict", file);

        exit.ShouldBe(65);
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2);
        stderr.ShouldContain("BadChecksum");
    }

    [Fact]
    public async Task AisDecode_TypesAndCsv_FilterAndScale()
    {
        var file = Path.Combine(_directory, "sample.nmea");
        await File.WriteAllTextAsync(file, AisSample);

        var (exit, stdout, _) = await CliProcess.RunAsync(_directory, "ais", "decode", "--types", "1,2,3", "--format", "csv", file);

        exit.ShouldBe(0);
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        rows[0].ShouldStartWith("line,received,type,mmsi,lat,lon,sog,cog");
        rows.Length.ShouldBe(3);
        rows[1].ShouldStartWith("2,2019-08-07T22:59:58Z,1,227006760,");
    }

    [Fact]
    public async Task AisDecode_Table_ShowsScaledPositionsAndNames()
    {
        var file = Path.Combine(_directory, "sample.nmea");
        await File.WriteAllTextAsync(file, AisSample);

        var (exit, stdout, _) = await CliProcess.RunAsync(_directory, "ais", "decode", "--format", "table", file);

        exit.ShouldBe(0);
        stdout.ShouldContain("227006760");
        stdout.ShouldContain("49.4756"); // 29685346 / 600000, to four decimals
        stdout.ShouldContain("EVER DIADEM");
    }

    [Fact]
    public async Task AisStats_CountsTypesTalkersAndErrorReasons()
    {
        var file = Path.Combine(_directory, "sample.nmea");
        await File.WriteAllTextAsync(file, AisSample);

        var (exit, stdout, _) = await CliProcess.RunAsync(_directory, "ais", "stats", file);

        exit.ShouldBe(0);
        stdout.ShouldContain("6 lines, 3 messages, 1 errors");
        stdout.ShouldContain("BadChecksum");
        stdout.ShouldContain("sample.nmea:5");
    }

    [Fact]
    public async Task AisDecode_DmaCsv_IsRecognisedByItsHeader()
    {
        var file = Path.Combine(_directory, "aisdk.csv");
        await File.WriteAllTextAsync(file, """
            # Timestamp,Type of mobile,MMSI,Latitude,Longitude,Navigational status,ROT,SOG,COG,Heading,IMO,Callsign,Name,Ship type,Cargo type,Width,Length,Type of position fixing device,Draught,Destination,ETA,Data source type,A,B,C,D
            01/03/2024 00:00:00,Class A,219019621,55.723305,11.009462,Under way using engine,0.0,10.2,204.5,205,Unknown,Unknown,,Undefined,,,,Undefined,,Unknown,,AIS,,,,
            01/03/2024 00:00:04,Class A,2190000x1,55.0,11.0,Moored,0,0,0,0,Unknown,Unknown,,Undefined,,,,Undefined,,Unknown,,AIS,,,,
            """);

        var (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, "ais", "decode", file);

        exit.ShouldBe(0);
        var row = JsonDocument.Parse(stdout.Trim()).RootElement;
        row.GetProperty("class").GetString().ShouldBe("DMA");
        row.GetProperty("mmsi").GetUInt32().ShouldBe(219019621u);
        row.GetProperty("sog").GetDouble().ShouldBe(10.2);
        stderr.ShouldContain("aisdk.csv:3: BadCsvRow: field 'MMSI' is '2190000x1'");

        var (statsExit, stats, _) = await CliProcess.RunAsync(_directory, "ais", "stats", file);
        statsExit.ShouldBe(0);
        stats.ShouldContain("1 DMA CSV rows, 1 errors");
        stats.ShouldContain("Class A");
    }

    [Fact]
    public async Task AisDecode_TcpClient_ReadsTheFeedUntilThePeerCloses()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        var serve = Task.Run(async () =>
        {
            using var peer = await listener.AcceptTcpClientAsync();
            await using var stream = peer.GetStream();
            await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(AisSample.Replace("\n", "\r\n", StringComparison.Ordinal)));
        });

        var (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, "ais", "decode", $"tcp://127.0.0.1:{port}");
        await serve;

        exit.ShouldBe(0, stderr);
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(3);
        stdout.ShouldContain($"\"device\":\"tcp://127.0.0.1:{port}\"");
    }

    [Fact]
    public async Task AisDecode_UdpListener_DecodesDatagramsAsTheyArrive()
    {
        int port;
        using (var probe = new System.Net.Sockets.UdpClient(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0)))
        {
            port = ((System.Net.IPEndPoint)probe.Client.LocalEndPoint!).Port;
        }

        await using var listener = CliProcess.Start(_directory, "ais", "decode", $"udp://127.0.0.1:{port}");
        using var sender = new System.Net.Sockets.UdpClient();
        var datagram = System.Text.Encoding.ASCII.GetBytes("!AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0*23\r\n!AIVDM,1,1,,A,133sVfPP00PD>hRMDH@jNOvN20S8,0*7F\r\n");
        string? second = null;
        for (var attempt = 0; attempt < 50 && second is null; attempt++)
        {
            // The listener may not be bound yet; datagrams sent before that are lost, as UDP does.
            await sender.SendAsync(datagram, new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, port));
            try
            {
                second = await listener.WaitForLineAsync(line => line.Contains("\"mmsi\":205448890", StringComparison.Ordinal), TimeSpan.FromMilliseconds(200));
            }
            catch (TimeoutException)
            {
            }
        }

        second.ShouldNotBeNull(listener.StandardError);
        listener.StandardOutput.ShouldContain("\"mmsi\":227006760");
    }

    [Fact]
    public async Task AisDecode_ReaderClosesThePipe_StopsEarlyAndQuietly()
    {
        var file = Path.Combine(_directory, "many.nmea");
        await File.WriteAllLinesAsync(file, Enumerable.Repeat("!AIVDM,1,1,,A,13HOI:0P0000VOHLCnHQKwvL05Ip,0*23", 50_000));
        var dll = Path.Combine(AppContext.BaseDirectory, "bolwerk.dll");
        var script = $"dotnet '{dll}' ais decode '{file}' 2> err.txt | head -n 1 > out.txt; echo ${{PIPESTATUS[0]}} > status.txt";

        using (var shell = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("bash", ["-c", script]) { WorkingDirectory = _directory })!)
        {
            await shell.WaitForExitAsync();
        }

        (await File.ReadAllTextAsync(Path.Combine(_directory, "status.txt"))).Trim().ShouldBe("0");
        (await File.ReadAllLinesAsync(Path.Combine(_directory, "out.txt"))).Length.ShouldBe(1);
        // The closing summary is written only after the whole input: its absence shows the decode stopped.
        (await File.ReadAllTextAsync(Path.Combine(_directory, "err.txt"))).ShouldNotContain("50000 messages");
    }

    [Fact]
    public async Task AisDecode_MissingFile_ExitsWithDataErrorNamingIt()
    {
        var (exit, _, stderr) = await CliProcess.RunAsync(_directory, "ais", "decode", "nope.nmea");

        exit.ShouldBe(66);
        stderr.ShouldContain("nope.nmea");
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
