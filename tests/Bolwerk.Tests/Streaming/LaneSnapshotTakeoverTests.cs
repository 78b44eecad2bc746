using System.Diagnostics;
using System.Text.RegularExpressions;
using Bolwerk.Testing;
using Bolwerk.Tests.Support;
using Xunit.Abstractions;

namespace Bolwerk.Tests.Streaming;

/// <summary>
/// Lane snapshots through the real commands on one nats-server: a worker runs every lane of a
/// three-hour day with `--snapshot-every 1000` and is killed; the next worker restores exactly the
/// lanes that had a snapshot (those with at least 1,000 messages) and stores nothing twice; a
/// worker started with other thresholds refuses every snapshot and replays instead — state learnt
/// under other rules is never carried over.
/// </summary>
public sealed class LaneSnapshotTakeoverTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bolwerk-snap-").FullName;

    [SkippableFact]
    public async Task A_taken_over_lane_restores_its_snapshot_unless_the_thresholds_changed()
    {
        NatsCluster.SkipUnlessInstalled();
        (await CliProcess.RunAsync(_directory, "maritime", "simulate", "--vessels", "30", "--instances", "1", "--hours", "3", "--seed", "3", "--out", "day.nmea")).ExitCode.ShouldBe(0);
        await File.WriteAllTextAsync(Path.Combine(_directory, "stricter.json"), """{"rendezvous": {"minimumMinutes": 90}}""");
        await using var database = await TestDatabase.CreateEmptyAsync("sqlite");
        (await CliProcess.RunAsync(_directory, "users", "add", "ria", "--org", "kustwacht", "-d", database.ConnectionString)).ExitCode.ShouldBe(0);
        await using var nats = await NatsCluster.StartAsync(_directory, 1);
        var (ingestExit, _, ingestErr) = await CliProcess.RunAsync(_directory, "ingest", "--nats", nats.Urls, "--end-of-input", "day.nmea");
        ingestExit.ShouldBe(0, ingestErr);
        string[] Worker(string id, params string[] more) =>
            ["worker", "--id", id, "--org", "kustwacht", "-d", database.ConnectionString, "--nats", nats.Urls, "--snapshot-every", "1000", .. more];

        var lanes = (await RunUntilCaughtUpAsync(nats, "a", Worker("a"))).Status;
        var withSnapshot = lanes.Count(l => l.OnStream >= 1000);
        withSnapshot.ShouldBeGreaterThan(3, "the day must give several lanes a snapshot");
        withSnapshot.ShouldBeLessThan(lanes.Count, "and leave some without one, to replay");
        lanes.Where(l => l.OnStream >= 1000).ShouldAllBe(l => l.SnapshotSequence != null, "every lane with 1,000 messages saved a snapshot");
        var alerts = await database.ColumnAsync("SELECT ingest_key FROM alerts");
        var positions = await database.CountRowsAsync("vessel_positions");

        var restoring = await RunUntilCaughtUpAsync(nats, "b", Worker("b"));
        Regex.Count(restoring.Log, "taken; from the snapshot at stream sequence").ShouldBe(withSnapshot, restoring.Log);
        Regex.Count(restoring.Log, @"taken; replaying up to").ShouldBe(lanes.Count - withSnapshot);
        (await database.ColumnAsync("SELECT ingest_key FROM alerts")).ShouldBe(alerts, ignoreOrder: true);
        (await database.CountRowsAsync("vessel_positions")).ShouldBe(positions);

        var refusing = await RunUntilCaughtUpAsync(nats, "c", Worker("c", "--thresholds", "stricter.json"));
        Regex.Count(refusing.Log, "snapshot not used \\(the snapshot was written under other thresholds").ShouldBe(withSnapshot, refusing.Log);
        refusing.Log.ShouldNotContain("taken; from the snapshot");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    // Starts the worker, waits until it holds every lane and every lane has stored all its messages, then kills it.
    private async Task<Lanes> RunUntilCaughtUpAsync(NatsCluster nats, string id, string[] args)
    {
        await using var worker = CliProcess.Start(_directory, args);
        var deadline = Stopwatch.StartNew();
        List<LaneStatus> status;
        while ((status = await LaneStatus.ReadAsync(_directory, nats)) is not { Count: 13 } || status.Any(l => l.Worker != id || l.Lag != 0 || l.Stored == 0)
            || Regex.Count(worker.StandardError, ": taken;") < 13)
        {
            deadline.Elapsed.ShouldBeLessThan(TimeSpan.FromMinutes(2), $"worker {id} caught up on every lane:\n{worker.StandardError}");
            await Task.Delay(250);
        }

        worker.KillHard();
        output.WriteLine($"--- worker {id}\n{worker.StandardError}");
        return new Lanes(status, worker.StandardError);
    }

    private sealed record Lanes(List<LaneStatus> Status, string Log);
}
