using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bolwerk.Host.Streaming;

/// <summary>
/// How far a partition's effects (positions, vessel states, alerts) are stored: the stream
/// sequence of the last message whose effects are in the database, and the partition's counts.
/// Written after the database, before the acknowledgement, so a worker that takes the partition
/// over never stores less than this and re-stores at most one batch (idempotently).
/// </summary>
internal sealed record PartitionCheckpoint(
    [property: JsonPropertyName("streamSequence")] ulong StreamSequence,
    [property: JsonPropertyName("messages")] long Messages,
    [property: JsonPropertyName("missing")] long Missing,
    [property: JsonPropertyName("repeated")] long Repeated,
    [property: JsonPropertyName("worker")] string Worker)
{
    public static PartitionCheckpoint None { get; } = new(0, 0, 0, 0, "");

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this);

    public static PartitionCheckpoint FromBytes(byte[]? bytes) =>
        bytes is { Length: > 0 } ? JsonSerializer.Deserialize<PartitionCheckpoint>(bytes) ?? None : None;
}
