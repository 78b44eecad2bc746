using System.CommandLine;
using Bolwerk.Host.Streaming;
using Bolwerk.Maritime.Partitioning;

namespace Bolwerk.Host.Cli.Streaming;

/// <summary>The options that name a partitioned stream: servers, stream, partition count, replicas.</summary>
internal sealed class StreamSetup
{
    public const string NatsVariable = "BOLWERK_NATS";

    public Option<string> Nats { get; } = new("--nats")
    {
        Description = $"NATS server URLs, comma-separated (every node of the cluster, so a node down is survived). Default: ${NatsVariable}, else nats://127.0.0.1:4222.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(NatsVariable) ?? "nats://127.0.0.1:4222",
    };

    public Option<string> Stream { get; } = new("--stream")
    {
        Description = "JetStream stream name (its key-value buckets and snapshot store are named after it).",
        DefaultValueFactory = _ => "BOLWERK_AIS",
    };

    public Option<int> PartitionCount { get; } = new("--partition-count")
    {
        Description = "Partitions of the stream (fixed when the stream is made; every ingest and worker must agree).",
        DefaultValueFactory = _ => 12,
    };

    public Option<int> Replicas { get; } = new("--replicas")
    {
        Description = "Copies JetStream keeps of the stream and buckets when it makes them: 1 on one server, 3 on a cluster (one node may be lost).",
        DefaultValueFactory = _ => 1,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Nats);
        command.Options.Add(Stream);
        command.Options.Add(PartitionCount);
        command.Options.Add(Replicas);
    }

    public AisStreamTopology Topology(ParseResult parse)
    {
        var count = parse.GetValue(PartitionCount);
        if (count is < 1 or > MmsiPartitions.MaxCount)
        {
            throw new ArgumentException($"--partition-count {count} is not between 1 and {MmsiPartitions.MaxCount}");
        }

        var replicas = parse.GetValue(Replicas);
        if (replicas is < 1 or > 5)
        {
            throw new ArgumentException($"--replicas {replicas} is not between 1 and 5");
        }

        var stream = parse.GetValue(Stream)!;
        if (stream.Length == 0 || !stream.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            throw new ArgumentException($"--stream '{stream}' may hold only letters, digits, '_' and '-'");
        }

        return new AisStreamTopology(stream, count, replicas);
    }
}
