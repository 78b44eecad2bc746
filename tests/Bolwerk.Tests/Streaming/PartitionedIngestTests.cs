using System.Diagnostics;
using System.Text.Json;
using Bolwerk.Host.Cli.Maritime;
using Bolwerk.Marking;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Infrastructure;
using Bolwerk.Maritime.Partitioning;
using Bolwerk.Maritime.Tracking;
using Bolwerk.Testing;
using Bolwerk.Tests.Support;
using Xunit.Abstractions;

namespace Bolwerk.Tests.Streaming;

/// <summary>
/// The partitioned ingest on a real three-node JetStream cluster (Debian's nats-server) on
/// loopback: `bolwerk ingest` publishes twelve hours of simulated Baltic traffic at a live pace
/// while workers come and go — a third worker joins (the partitions rebalance), one worker is
/// killed with SIGKILL and started again, and one NATS node is killed — and the database ends with
/// exactly the alerts and positions of the reference run (the same partitioned watch in one
/// process, nothing failing): every alert once, no message lost, none applied twice — with lanes
/// taken over from their snapshots.
/// Runs when nats-server is installed; BOLWERK_REQUIRE_NATS=1 (CI) makes its absence a failure.
/// </summary>
public sealed class PartitionedIngestTests(ITestOutputHelper output) : IDisposable
{
    private const int Partitions = 12;
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private readonly string _directory = Directory.CreateTempSubdirectory("bolwerk-nats-").FullName;

    [SkippableFact]
    public async Task Workers_killed_and_added_and_a_node_lost_store_exactly_the_reference_runs_alerts_and_positions()
    {
        NatsCluster.SkipUnlessInstalled();
        var (simExit, _, simErr) = await CliProcess.RunAsync(_directory, "maritime", "simulate", "--vessels", "150", "--instances", "2", "--hours", "12", "--seed", "5", "--out", "day.nmea");
        simExit.ShouldBe(0, simErr);
        var layers = ShippedLayers.BalticInfrastructure;
        var reference = Reference(Path.Combine(_directory, "day.nmea"), layers);
        reference.Alerts.Count.ShouldBeGreaterThan(5, "the day must raise alerts for the comparison to mean something");
        reference.TwoVessel.ShouldBeGreaterThan(0, "and two-vessel alerts, which only the pairs lane can raise across partitions");
        output.WriteLine($"reference: {reference.Messages} messages, {reference.Positions} positions, {reference.Alerts.Count} alerts ({reference.TwoVessel} naming two vessels)");

        var engine = TestDatabase.PostgresAdminConnectionString() is null ? "sqlite" : "postgres";
        await using var database = await TestDatabase.CreateEmptyAsync(engine);
        (await CliProcess.RunAsync(_directory, "users", "add", "ria", "--org", "kustwacht", "-d", database.ConnectionString)).ExitCode.ShouldBe(0);
        await using var cluster = await NatsCluster.StartAsync(_directory, 3);
        var common = new[] { "--nats", cluster.Urls, "--replicas", "3", "--partition-count", "12" };
        // Snapshots every 5,000 messages of a lane: the lanes taken over after the kill restore one.
        string[] WorkerArgs(string id) => ["worker", "--id", id, "--org", "kustwacht", "-d", database.ConnectionString, "--snapshot-every", "5000", .. common, .. layers.SelectMany(l => new[] { "--assets", l })];

        CliProcess? ingestProcess = null;
        var workers = new Dictionary<string, CliProcess> { ["a"] = CliProcess.Start(_directory, WorkerArgs("a")), ["b"] = CliProcess.Start(_directory, WorkerArgs("b")) };
        try
        {
            // 6,000 a second: about 90 s of publishing, so the kills at two fifths come well before
            // its end even when JetStream answers the status calls slowly (at 12,000 a run once
            // finished publishing before a status call came through).
            await using var ingest = ingestProcess = CliProcess.Start(_directory, ["ingest", "--end-of-input", "--rate", "6000", "--progress", "5", .. common, "day.nmea"]);
            await WaitForAsync(async () => (await StatusAsync(cluster)).Where(p => p.Partition is not null).Sum(p => p.Stored) > reference.Messages / 8, "an eighth stored", ingest);

            workers["c"] = CliProcess.Start(_directory, WorkerArgs("c"));
            await WaitForAsync(async () => (await StatusAsync(cluster)).Count(p => p.Worker == "c") >= 3, "the new worker drew partitions", ingest);
            var share = await StatusAsync(cluster);
            output.WriteLine("after c joined: " + string.Join(' ', share.Select(p => $"{p.Lane}:{p.Worker}")));
            share.GroupBy(p => p.Worker).Select(g => g.Count()).ShouldAllBe(n => n <= 5, "a fair share of thirteen lanes (twelve partitions and the pairs lane) among three");

            // Counted on the stream, not stored by the workers: a busy machine can hold the workers
            // back until the ingest has published everything, and the node must die mid-publishing.
            await WaitForAsync(async () => (await StatusAsync(cluster)).Where(p => p.Partition is not null).Sum(p => p.OnStream) > reference.Messages * 2 / 5, "two fifths on the stream", ingest);
            ingest.HasExited.ShouldBeFalse("the kills come mid-stream");
            workers["a"].KillHard();
            // The node the ingest publishes through: its unacknowledged messages must be sent again
            // elsewhere. It hangs for a second before it dies, so messages are surely in flight when
            // it goes (killed outright, it could die between two acknowledged bursts with none out).
            var node = await cluster.NodeServingAsync("bolwerk-ingest");
            node.ShouldBeGreaterThanOrEqualTo(0, "the ingest is connected to one of the nodes");
            cluster.Freeze(node);
            await Task.Delay(TimeSpan.FromSeconds(1));
            ingest.HasExited.ShouldBeFalse("the ingest is still publishing into the hung node");
            cluster.Kill(node);
            output.WriteLine($"killed worker a; node n{node + 1}, the ingest's, hung for a second and killed");

            await WaitForAsync(async () => (await StatusAsync(cluster)).Where(p => p.Partition is not null).Sum(p => p.Stored) > reference.Messages * 3 / 5, "three fifths stored", ingest);
            workers["a"] = CliProcess.Start(_directory, WorkerArgs("a"));

            (await ingest.WaitForExitAsync(TimeSpan.FromMinutes(3))).ShouldBe(0, ingest.StandardError);
            output.WriteLine(ingest.StandardError);
            // Every message acknowledged once as stored, or as already there when an acknowledgement
            // was lost with the node and the message sent again.
            var published = System.Text.RegularExpressions.Regex.Match(ingest.StandardError, @"(\d+) stored, (\d+) already there, (\d+) sent again");
            published.Success.ShouldBeTrue(ingest.StandardError);
            (long.Parse(published.Groups[1].Value) + long.Parse(published.Groups[2].Value)).ShouldBe(reference.Messages);
            long.Parse(published.Groups[3].Value).ShouldBeGreaterThan(0, "the ingest's node was lost with messages in flight");
            await WaitForAsync(async () => await StatusAsync(cluster) is { Count: Partitions + 1 } status && status.All(p => p.Lag == 0) && status.Where(p => p.Partition is not null).Sum(p => p.Stored) == reference.Messages, "every message stored");
            var final = await StatusAsync(cluster, mustAnswer: true);
            final.Where(p => p.Partition is not null).Sum(p => p.OnStream).ShouldBe(reference.Messages, "every message on the stream once");
            final.Single(p => p.Lane == "pairs").Stored.ShouldBe(reference.Messages, "the pairs lane read every message");
            final.Sum(p => p.Missing).ShouldBe(0, "no message lost between ingest and workers");
            final.Sum(p => p.Repeated).ShouldBe(0, "no message on the stream twice");

            var restored = workers.Values.Sum(w => System.Text.RegularExpressions.Regex.Count(w.StandardError, "taken; from the snapshot at stream sequence"));
            output.WriteLine($"lanes taken over from a snapshot: {restored}");
            restored.ShouldBeGreaterThan(0, "a lane taken over restores its snapshot rather than replaying from the first message");

            var stored = await database.ColumnAsync("SELECT ingest_key FROM alerts");
            stored.Count.ShouldBe(reference.Alerts.Count);
            stored.ShouldBe(reference.Alerts, ignoreOrder: true);
            (await database.CountRowsAsync("vessel_positions")).ShouldBe(reference.Positions);
        }
        finally
        {
            output.WriteLine($"--- ingest\n{ingestProcess?.StandardError}");
            output.WriteLine("status at the end: " + string.Join("; ", (await StatusAsync(cluster)).Select(p => $"{p.Lane}:{p.Worker} {p.Stored}/{p.OnStream} missing {p.Missing} repeated {p.Repeated}")));
            foreach (var (id, worker) in workers)
            {
                await worker.DisposeAsync();
                output.WriteLine($"--- worker {id}\n{worker.StandardError}");
            }
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    // The same partitioned watch in one process with nothing failing: what the cluster must store.
    private static (List<string> Alerts, long Positions, long Messages, int TwoVessel) Reference(string nmea, string[] layerFiles)
    {
        var options = new DetectionOptions();
        var layers = layerFiles.SelectMany(AssetLayerReader.Read).ToList();
        var proximity = MaritimeDetectCommand.Proximity(layers, options);
        var alerts = new List<string>();
        var twoVessel = 0;
        var positions = new HashSet<(uint, long)>();
        var watch = new PartitionedWatch(Partitions, lane => new MaritimeWatch(options, proximity, null, a =>
        {
            if (PairsLane.Keeps(lane == Partitions, a))
            {
                alerts.Add(MaritimeAlertConversion.ToAlert(a, Tlp.Amber).IngestKey);
                twoVessel += a.OtherMmsi is null ? 0 : 1;
            }
        })
        {
            Accepted = (mmsi, point) => positions.Add((mmsi, point.TimeMs)),
        });
        new WatchFeed(watch).DecodeAll(File.ReadAllText(nmea));
        watch.Complete();
        return (alerts, positions.Count, watch.Partitions.Sum(p => p.Applied), twoVessel);
    }

    // Before the first worker has made the buckets (and while a node is lost) a status call may fail: "nothing yet".
    private async Task<List<PartitionStatus>> StatusAsync(NatsCluster cluster, bool mustAnswer = false)
    {
        var (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, "worker", "status", "--json", "--nats", cluster.Urls, "--replicas", "3");
        if (exit != 0 && !mustAnswer)
        {
            output.WriteLine("status: " + stderr.Trim());
            return [];
        }

        exit.ShouldBe(0, stderr);
        return [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonSerializer.Deserialize<PartitionStatus>(line, Web)!)];
    }

    // An ingest that has ended with an error fails the wait at once, with its output.
    private static async Task WaitForAsync(Func<Task<bool>> condition, string what, CliProcess? ingest = null)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            if (ingest is { HasExited: true })
            {
                (await ingest.WaitForExitAsync(TimeSpan.FromSeconds(10))).ShouldBe(0, $"the ingest ended while waiting for {what}: {ingest.StandardError}");
            }

            deadline.Elapsed.ShouldBeLessThan(TimeSpan.FromMinutes(3), $"waiting for: {what}");
            await Task.Delay(250);
        }
    }

    private sealed record PartitionStatus(string Lane, int? Partition, string? Worker, long OnStream, long Stored, long Lag, long Missing, long Repeated);
}
