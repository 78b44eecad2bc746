using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Bolwerk.Host.Streaming;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Net;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Streaming;

/// <summary>`bolwerk worker status`: per lane, the worker holding it, the messages on the stream and those stored (the lag), gaps, repeats and the stream sequence of its latest snapshot.</summary>
internal static class WorkerStatusCommand
{
    public static Command Create()
    {
        var stream = new StreamSetup();
        var json = new Option<bool>("--json") { Description = "One JSON object per partition per line instead of a table." };
        var command = new Command("status", "Show each lane's (partition's, and the pairs lane's) worker, messages on the stream, messages stored, gaps and repeats.") { json };
        stream.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var topology = stream.Topology(parse);
            await using var connection = await AisStreamTopology.ConnectAsync(parse.GetValue(stream.Nats)!, "bolwerk-worker-status", cancellationToken);
            var jetStream = connection.CreateJetStreamContext();
            // Read only: a status call never creates the stream or its buckets.
            var info = await JetStreamRetry.RunAsync("read the stream info", async () => await jetStream.GetStreamAsync(topology.Stream, new StreamInfoRequest { SubjectsFilter = topology.SubjectPrefix + ".*" }, cancellationToken), cancellationToken);
            var kv = connection.CreateKeyValueStoreContext();
            var leases = await JetStreamRetry.RunAsync("open the lease bucket", async () => await kv.GetStoreAsync(topology.LeasesBucket, cancellationToken), cancellationToken);
            var checkpoints = await JetStreamRetry.RunAsync("open the checkpoint bucket", async () => await kv.GetStoreAsync(topology.CheckpointsBucket, cancellationToken), cancellationToken);
            // Made by the first worker of this version; a stream whose workers never snapshot has none.
            LaneSnapshots? snapshots = null;
            try
            {
                snapshots = new LaneSnapshots(await connection.CreateObjectStoreContext().GetObjectStoreAsync(topology.SnapshotsBucket, cancellationToken));
            }
            catch (NatsJSApiException e) when (e.Error.Code == 404)
            {
                // No snapshot store yet.
            }

            var table = new Table().AddColumns("lane", "worker", "on stream", "stored", "lag", "missing", "repeated", "snapshot at");
            for (var partition = 0; partition < topology.Lanes; partition++)
            {
                var key = topology.LaneKey(partition);
                var lease = await leases.TryGetEntryAsync<byte[]>(key, cancellationToken: cancellationToken);
                var holder = lease.Success && lease.Value.Value is { Length: > 0 } name ? Encoding.UTF8.GetString(name) : null;
                var entry = await checkpoints.TryGetEntryAsync<byte[]>(key, cancellationToken: cancellationToken);
                var checkpoint = entry.Success ? PartitionCheckpoint.FromBytes(entry.Value.Value) : PartitionCheckpoint.None;
                var onStream = topology.IsPairs(partition)
                    ? (long)info.Info.State.Messages
                    : (long)(info.Info.State.Subjects is { } subjects && subjects.TryGetValue(topology.Subject(partition), out var count) ? count : 0);
                var snapshot = snapshots is null ? null : await snapshots.DescribeAsync(key, cancellationToken);
                if (parse.GetValue(json))
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(new { lane = key, partition = topology.IsPairs(partition) ? (int?)null : partition, worker = holder, onStream, stored = checkpoint.Messages, lag = onStream - checkpoint.Messages, missing = checkpoint.Missing, repeated = checkpoint.Repeated, streamSequence = checkpoint.StreamSequence, snapshotSequence = snapshot?.Sequence, snapshotBytes = snapshot?.Bytes }));
                }
                else
                {
                    table.AddRow(key, Markup.Escape(holder ?? "-"), Cell(onStream), Cell(checkpoint.Messages), Cell(onStream - checkpoint.Messages), Cell(checkpoint.Missing), Cell(checkpoint.Repeated), snapshot is { } at ? $"{Cell((long)at.Sequence)} ({Cell(at.Bytes / 1024)} KiB)" : "-");
                }
            }

            if (!parse.GetValue(json))
            {
                AnsiConsole.Write(table);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Cell(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
