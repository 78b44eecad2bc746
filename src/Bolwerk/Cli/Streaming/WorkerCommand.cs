using System.CommandLine;
using System.Globalization;
using Bolwerk.Host.Cli.Maritime;
using Bolwerk.Host.Streaming;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Partitioning;
using Bolwerk.Storage.Alerts;
using Bolwerk.Storage.Tracks;
using NATS.Net;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Streaming;

/// <summary>
/// `bolwerk worker`: runs the maritime watch for partitions of the stream `bolwerk ingest` fills,
/// sharing them with the other workers (leases in NATS), storing positions, vessel states and
/// alerts in the database as `maritime ingest` does. `bolwerk worker status` shows who runs what
/// and how far each partition is.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var stream = new StreamSetup();
        var watchSetup = new WatchSetup();
        var ownership = new AlertOwnership();
        var partitions = new Option<string>("--partitions") { Description = "Lanes this worker may run: 'all' (every partition and the pairs lane), or partition numbers and ranges such as 0-5,9, with 'pairs' for the lane of two-vessel rules. Workers share what they have in common.", DefaultValueFactory = _ => "all" };
        var id = new Option<string?>("--id") { Description = "This worker's name in leases and checkpoints (default: host name and process id); unique per running worker." };
        var snapshotEvery = new Option<long>("--snapshot-every")
        {
            Description = "Save a lane's watch state to the stream's snapshot store every this many of its messages, so a worker taking the lane over restores it instead of replaying the lane from its first message (0: never).",
            DefaultValueFactory = _ => 50_000,
        };
        var command = new Command("worker", "Watch partitions of the JetStream AIS stream (see `bolwerk ingest`), storing positions, vessel states and alerts; runs until stopped.")
        {
            partitions, id, snapshotEvery,
        };
        stream.AddTo(command);
        ownership.AddTo(command);
        command.Options.Add(watchSetup.Assets);
        command.Options.Add(watchSetup.WatchList);
        command.Options.Add(watchSetup.Thresholds);
        command.Subcommands.Add(WorkerStatusCommand.Create());
        command.SetAction(async (parse, cancellationToken) =>
        {
            var topology = stream.Topology(parse);
            var allowed = Lanes(parse.GetValue(partitions)!, topology);
            var worker = parse.GetValue(id) ?? string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}-{Environment.ProcessId}");
            if (worker.Length == 0 || !worker.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
            {
                throw new ArgumentException($"--id '{worker}' may hold only letters, digits, '_' and '-'");
            }

            var (options, _, list, proximity) = watchSetup.Read(parse);
            await using var database = await UsersCommand.OpenMigratedAsync(parse, cancellationToken);
            var (owner, marking) = await ownership.ReadAsync(parse, database, cancellationToken);
            await using var connection = await AisStreamTopology.ConnectAsync(parse.GetValue(stream.Nats)!, "bolwerk-worker-" + worker, cancellationToken);
            var jetStream = connection.CreateJetStreamContext();
            await topology.EnsureStreamAsync(jetStream, cancellationToken);
            var (workers, leases, checkpoints) = await topology.EnsureBucketsAsync(connection, cancellationToken);
            var snapshots = await topology.EnsureSnapshotsAsync(connection, cancellationToken);
            var every = parse.GetValue(snapshotEvery);
            if (every < 0)
            {
                throw new ArgumentException($"--snapshot-every {every} is negative (0 turns snapshots off)");
            }

            void Log(string message) => CliConsole.Error.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{TimeProvider.System.GetUtcNow():HH:mm:ss.fff} worker {worker}: {message}")));
            var tracks = new TrackStore(database);
            var alerts = new AlertStore(database, TimeProvider.System);
            PartitionRunner Runner(int partition) => new(partition, worker, topology, jetStream, checkpoints, snapshots, every,
                (raise, accepted) => new MaritimeWatch(options, proximity, list, raise) { Accepted = accepted },
                new PartitionEffects(tracks, alerts, owner, marking, topology.IsPairs(partition)), Log);

            Log(string.Create(CultureInfo.InvariantCulture, $"watching {topology.Stream} ({topology.Partitions} partitions and the pairs lane; may run {string.Join(',', allowed.Select(topology.LaneKey))}), storing in {database.DisplayName}"));
            await new WorkerHost(new PartitionLeases(jetStream, workers, leases, worker, allowed, topology), Runner, topology.LaneKey, Log).RunAsync(cancellationToken);
            Log("stopped");
            return ExitCodes.Success;
        });
        return command;
    }

    // "all", or partition numbers and ranges with "pairs" for the pairs lane (lane number N).
    private static HashSet<int> Lanes(string text, AisStreamTopology topology)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var pairs = parts.Any(p => p.Equals(PairsLane.Name, StringComparison.OrdinalIgnoreCase) || p.Equals("all", StringComparison.OrdinalIgnoreCase));
        var numbers = string.Join(',', parts.Where(p => !p.Equals(PairsLane.Name, StringComparison.OrdinalIgnoreCase)));
        var lanes = numbers.Length == 0 ? new HashSet<int>() : MmsiPartitions.Parse(numbers, topology.Partitions).ToHashSet();
        if (pairs)
        {
            lanes.Add(topology.Partitions);
        }

        return lanes.Count == 0 ? throw new FormatException($"no lanes in --partitions '{text}'") : lanes;
    }
}
