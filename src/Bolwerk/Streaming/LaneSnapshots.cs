using System.Globalization;
using Bolwerk.Maritime.Partitioning;
using NATS.Client.ObjectStore;
using NATS.Client.ObjectStore.Models;

namespace Bolwerk.Host.Streaming;

/// <summary>
/// The lanes' snapshots in a JetStream object store beside the stream (`STREAM_snapshots`, one
/// object per lane, replaced whole: a reader sees the old snapshot or the new one, never half).
/// The stream sequence is in the object's metadata too, for `worker status`.
/// </summary>
internal sealed class LaneSnapshots(INatsObjStore store)
{
    private const string SequenceKey = "stream-sequence";

    /// <summary>Saves <paramref name="watch"/>'s state as the lane's snapshot at <paramref name="snapshot"/>'s sequence.</summary>
    public async Task SaveAsync(string lane, LaneSnapshot snapshot, PartitionWatch watch, CancellationToken cancellationToken)
    {
        using var content = new MemoryStream(snapshot.Write(watch), writable: false);
        var meta = new ObjectMetadata
        {
            Name = lane,
            Metadata = new Dictionary<string, string> { [SequenceKey] = snapshot.StreamSequence.ToString(CultureInfo.InvariantCulture) },
        };
        await store.PutAsync(meta, content, leaveOpen: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The lane's snapshot, or null when none was written.</summary>
    public async Task<byte[]?> LoadAsync(string lane, CancellationToken cancellationToken)
    {
        try
        {
            return await store.GetBytesAsync(lane, cancellationToken).ConfigureAwait(false);
        }
        catch (NatsObjNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The stream sequence and size of the lane's snapshot, or null when none was written.</summary>
    public async Task<(ulong Sequence, long Bytes)?> DescribeAsync(string lane, CancellationToken cancellationToken)
    {
        try
        {
            var info = await store.GetInfoAsync(lane, cancellationToken: cancellationToken).ConfigureAwait(false);
            return info.Metadata is { } metadata && metadata.TryGetValue(SequenceKey, out var text) && ulong.TryParse(text, CultureInfo.InvariantCulture, out var sequence)
                ? (sequence, (long)info.Size)
                : null;
        }
        catch (NatsObjNotFoundException)
        {
            return null;
        }
    }
}
