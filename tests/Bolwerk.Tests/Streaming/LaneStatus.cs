using System.Text.Json;
using Bolwerk.Tests.Support;

namespace Bolwerk.Tests.Streaming;

/// <summary>One line of `bolwerk worker status --json`.</summary>
internal sealed record LaneStatus(string Lane, int? Partition, string? Worker, long OnStream, long Stored, long Lag, long Missing, long Repeated, ulong? SnapshotSequence)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>Every lane's status through the command; empty while the stream or its buckets do not exist yet.</summary>
    public static async Task<List<LaneStatus>> ReadAsync(string directory, NatsCluster nats)
    {
        var (exit, stdout, _) = await CliProcess.RunAsync(directory, "worker", "status", "--json", "--nats", nats.Urls);
        return exit != 0 ? [] : [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonSerializer.Deserialize<LaneStatus>(line, Web)!)];
    }
}
