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
