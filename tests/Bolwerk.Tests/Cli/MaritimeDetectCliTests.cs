using System.Text.Json;
using Bolwerk.Tests.Support;

namespace Bolwerk.Tests.Cli;

/// <summary>
/// `bolwerk maritime simulate | detect | evaluate` as child processes: the jsonl contract of
/// detect (only alert objects on stdout, the required fields), and clear errors for bad inputs.
/// </summary>
public sealed class MaritimeDetectCliTests : IDisposable
{
    private static readonly string[] ContractKinds = ["anchor-drag", "infrastructure-loitering", "ais-gap", "position-jump", "identity-conflict", "rendezvous", "watchlisted-vessel"];
    private readonly string _directory = Directory.CreateTempSubdirectory("bolwerk-detect-").FullName;

    [Fact]
    public async Task Simulate_detect_evaluate_round_trip_keeps_the_jsonl_contract()
    {
        var (simExit, _, simErr) = await CliProcess.RunAsync(_directory, "maritime", "simulate", "--vessels", "12", "--instances", "1", "--seed", "42",
            "--out", "day.nmea", "--labels", "labels.jsonl", "--watchlist-out", "watch.csv");
        simExit.ShouldBe(0, simErr);
        simErr.ShouldContain("labelled behaviours");

        var layers = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data", "maritime", "infrastructure", "baltic"), "*.geojson").Order(StringComparer.Ordinal)
            .SelectMany(path => new[] { "--assets", path });
        var (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, ["maritime", "detect", .. layers, "--watchlist", "watch.csv", "--format", "jsonl", "day.nmea"]);
        exit.ShouldBe(0, stderr);
        stderr.ShouldContain("vessel-hours");

        var alerts = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        alerts.Count.ShouldBeGreaterThanOrEqualTo(7);
        foreach (var alert in alerts)
        {
            ContractKinds.ShouldContain(alert.GetProperty("kind").GetString());
            alert.GetProperty("mmsi").GetUInt32().ShouldBeGreaterThan(0u);
            DateTimeOffset.Parse(alert.GetProperty("start").GetString()!, System.Globalization.CultureInfo.InvariantCulture).Offset.ShouldBe(TimeSpan.Zero);
            alert.GetProperty("end").GetString()!.ShouldEndWith("Z");
            alert.GetProperty("score").GetDouble().ShouldBeInRange(0, 1);
            alert.GetProperty("explanation").GetString().ShouldNotBeNullOrWhiteSpace();
        }

        alerts.Where(a => a.GetProperty("kind").GetString() == "rendezvous").Count(a => !a.TryGetProperty("otherMmsi", out _)).ShouldBe(0);
        alerts.Where(a => a.GetProperty("kind").GetString() is "anchor-drag" or "infrastructure-loitering").Count(a => !a.TryGetProperty("assetId", out _)).ShouldBe(0);

        await File.WriteAllTextAsync(Path.Combine(_directory, "alerts.jsonl"), stdout);
        var (evalExit, evalOut, evalErr) = await CliProcess.RunAsync(_directory, "maritime", "evaluate", "--labels", "labels.jsonl", "alerts.jsonl");
        evalExit.ShouldBe(0, evalErr);
        evalOut.ShouldContain("anchor-drag");
        evalOut.ShouldContain("per 1,000 vessel-hours");
    }

    [Fact]
    public async Task Ingest_stores_tracks_and_alerts_once_however_often_it_runs()
    {
        var (simExit, _, simErr) = await CliProcess.RunAsync(_directory, "maritime", "simulate", "--vessels", "8", "--instances", "1", "--hours", "12", "--seed", "9", "--out", "day.nmea");
        simExit.ShouldBe(0, simErr);
        (await CliProcess.RunAsync(_directory, "users", "add", "ria", "--org", "kustwacht", "-d", "t.db")).ExitCode.ShouldBe(0);

        var (first, _, firstErr) = await CliProcess.RunAsync(_directory, "maritime", "ingest", "-d", "t.db", "--org", "kustwacht", "day.nmea");
        var (second, _, secondErr) = await CliProcess.RunAsync(_directory, "maritime", "ingest", "-d", "t.db", "--org", "kustwacht", "day.nmea");

        first.ShouldBe(0, firstErr);
        second.ShouldBe(0, secondErr);
        System.Text.RegularExpressions.Regex.Match(firstErr, @"(\d+) new positions").Groups[1].Value.ShouldNotBe("0");
        secondErr.ShouldContain(": 0 new positions");
        secondErr.ShouldContain("alerts 0 new");

        // The stored tracks answer "who was there": every vessel of the day within 200 km of the Baltic's middle.
        var (nearExit, nearOut, nearErr) = await CliProcess.RunAsync(_directory, "maritime", "near", "-d", "t.db", "--at", "20,58", "--radius", "200000",
            "--from", "2026-03-01T00:00:00Z", "--to", "2026-03-02T00:00:00Z", "--format", "jsonl");
        nearExit.ShouldBe(0, nearErr);
        var passages = nearOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        passages.ShouldNotBeEmpty();
        passages.Select(p => p.GetProperty("closestMetres").GetDouble()).ShouldBeInOrder();
        passages.ShouldAllBe(p => p.GetProperty("closestMetres").GetDouble() <= 200_000);
    }

    [Fact]
    public async Task Ingest_from_a_live_feed_stores_alerts_and_vessels_before_the_feed_ends()
    {
        var (simExit, _, simErr) = await CliProcess.RunAsync(_directory, "maritime", "simulate", "--vessels", "8", "--instances", "1", "--hours", "12", "--seed", "9", "--out", "day.nmea");
        simExit.ShouldBe(0, simErr);
        (await CliProcess.RunAsync(_directory, "users", "add", "ria", "--org", "kustwacht", "-d", "live.db")).ExitCode.ShouldBe(0);
        var (badExit, _, badErr) = await CliProcess.RunAsync(_directory, "maritime", "ingest", "-d", "live.db", "--org", "nobody", "day.nmea");
        badExit.ShouldNotBe(0);
        badErr.ShouldContain("--org 'nobody' is not an organisation");

        // A receiver on loopback: the whole day is sent, then the connection is held open.
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        await using var ingest = CliProcess.Start(_directory, "maritime", "ingest", "-d", "live.db", "--org", "kustwacht", $"tcp://127.0.0.1:{port}");
        using var client = await listener.AcceptTcpClientAsync();
        await using (var stream = client.GetStream())
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(_directory, "day.nmea"));
            await stream.WriteAsync(bytes);
            await stream.FlushAsync();

            await using var database = Bolwerk.Storage.Infrastructure.BolwerkDatabase.Open(Path.Combine(_directory, "live.db"));
            var alerts = new Bolwerk.Storage.Alerts.AlertStore(database, TimeProvider.System);
            var tracks = new Bolwerk.Storage.Tracks.TrackStore(database);
            var deadline = System.Diagnostics.Stopwatch.StartNew();
            while ((await alerts.CountAsync(CancellationToken.None) == 0 || await tracks.SpanAsync(CancellationToken.None) is null) && deadline.Elapsed < TimeSpan.FromSeconds(40))
            {
                await Task.Delay(250);
            }

            // The feed is still open: what is stored was stored live.
            (await alerts.CountAsync(CancellationToken.None)).ShouldBeGreaterThan(0, "alerts are stored as they are raised");
            var span = await tracks.SpanAsync(CancellationToken.None);
            span.ShouldNotBeNull("vessel states are written while the feed runs");
            (await tracks.PictureAsync(span.Value.To, TimeSpan.FromMinutes(30), CancellationToken.None)).ShouldNotBeEmpty("the map's picture is served from them");
        }

        client.Close();
        var exited = await ingest.WaitForExitAsync(TimeSpan.FromSeconds(30));
        exited.ShouldBe(0, ingest.StandardError);
        ingest.StandardError.ShouldContain("alerts ");
    }

    [Fact]
    public async Task Forensics_ranks_the_eagle_s_replay_first_in_the_contract_jsonl()
    {
        var (simExit, _, simErr) = await CliProcess.RunAsync(_directory, "maritime", "simulate", "--incident", "eagle-s", "--vessels", "15", "--instances", "1", "--out", "day.nmea");
        simExit.ShouldBe(0, simErr);
        var cables = Path.Combine(AppContext.BaseDirectory, "data", "maritime", "infrastructure", "baltic", "submarine_power_cables.geojson");
        var (assetsExit, assetsOut, _) = await CliProcess.RunAsync(_directory, "maritime", "assets", "--assets", cables, "--format", "jsonl", "--near", "26.2,59.95", "--radius", "30000");
        assetsExit.ShouldBe(0);
        var estlink = assetsOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)
            .First(a => a.GetProperty("name").GetString() == "HVDC Estlink 2").GetProperty("id").GetString()!;

        var (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, "maritime", "forensics", "--assets", cables, "--asset", estlink, "--at", "2024-12-25T10:26:00Z", "--window", "12h", "--format", "jsonl", "day.nmea");

        exit.ShouldBe(0, stderr);
        stderr.ShouldContain("coverage:");
        var candidates = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        candidates.ShouldNotBeEmpty();
        candidates.Select(c => c.GetProperty("rank").GetInt32()).ShouldBe(Enumerable.Range(1, candidates.Count));
        var first = candidates[0];
        first.GetProperty("mmsi").GetUInt32().ShouldBe(518100001u);
        first.GetProperty("score").GetDouble().ShouldBeInRange(0, 1);
        first.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()).ShouldContain(r => r!.StartsWith("AIS silent", StringComparison.Ordinal));
        first.GetProperty("closestApproachMeters").GetDouble().ShouldBeLessThan(2_000);
        first.GetProperty("minutesNearAsset").GetDouble().ShouldBeGreaterThan(0);
        candidates.Select(c => c.GetProperty("score").GetDouble()).ShouldBeInOrder(SortDirection.Descending);

        // The same query from the database once the day is ingested: the same vessels, the same first.
        (await CliProcess.RunAsync(_directory, "users", "add", "ria", "--org", "kustwacht", "-d", "t.db")).ExitCode.ShouldBe(0);
        (await CliProcess.RunAsync(_directory, "maritime", "ingest", "-d", "t.db", "--org", "kustwacht", "--assets", cables, "day.nmea")).ExitCode.ShouldBe(0);
        var (storedExit, storedOut, storedErr) = await CliProcess.RunAsync(_directory, "maritime", "forensics", "-d", "t.db", "--stored", "--assets", cables, "--asset", estlink, "--at", "2024-12-25T10:26:00Z", "--format", "jsonl");
        storedExit.ShouldBe(0, storedErr);
        storedErr.ShouldContain("answered from");
        var fromStore = storedOut.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        fromStore[0].GetProperty("mmsi").GetUInt32().ShouldBe(518100001u);
        fromStore.Select(c => c.GetProperty("mmsi").GetUInt32()).ShouldBe(candidates.Select(c => c.GetProperty("mmsi").GetUInt32()), ignoreOrder: true);

        var (badExit, _, badErr) = await CliProcess.RunAsync(_directory, "maritime", "forensics", "--assets", cables, "--asset", "no-such-cable", "--at", "2024-12-25T10:26:00Z", "day.nmea");
        badExit.ShouldBe(64);
        badErr.ShouldContain("--asset 'no-such-cable' is not in the layers");
    }

    [Fact]
    public async Task A_watch_list_without_an_imo_or_mmsi_column_exits_65_naming_the_file()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "list.csv"), "name,flag\nEAGLE S,CK\n");
        await File.WriteAllTextAsync(Path.Combine(_directory, "empty.nmea"), "");
        var (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, "maritime", "detect", "--watchlist", "list.csv", "--format", "jsonl", "empty.nmea");
        exit.ShouldBe(65);
        stdout.ShouldBeEmpty();
        stderr.ShouldContain("list.csv");
    }

    [Fact]
    public async Task An_unknown_threshold_name_exits_65_naming_the_file_and_place()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "t.json"), """{"aisGap": {"minimumMinutes": 90, "minimumMinutez": 1}}""");
        await File.WriteAllTextAsync(Path.Combine(_directory, "empty.nmea"), "");
        var (exit, _, stderr) = await CliProcess.RunAsync(_directory, "maritime", "detect", "--thresholds", "t.json", "empty.nmea");
        exit.ShouldBe(65);
        stderr.ShouldContain("t.json: line 1");
        stderr.ShouldContain("minimumMinutez");
    }

    [Fact]
    public async Task A_missing_input_exits_66()
    {
        var (exit, _, stderr) = await CliProcess.RunAsync(_directory, "maritime", "detect", "--format", "jsonl", "nope.nmea");
        exit.ShouldBe(66);
        stderr.ShouldContain("nope.nmea");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
