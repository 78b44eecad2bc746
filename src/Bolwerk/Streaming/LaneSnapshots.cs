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

    /// <summary>The object store itself.</summary>
    public INatsObjStore Store => store;

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

    /// <summary>
    /// How long reading a snapshot may take. The object store reads through a consumer that waits
    /// for its chunks without a limit of its own; a lane whose load hangs would hold its lease
    /// (renewed by the worker's lease round) and never run.
    /// </summary>
    public TimeSpan LoadTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The lane's snapshot, or null when none was written; <see cref="TimeoutException"/> after <see cref="LoadTimeout"/>.</summary>
    public async Task<byte[]?> LoadAsync(string lane, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(LoadTimeout);
        try
        {
            return await store.GetBytesAsync(lane, limit.Token).ConfigureAwait(false);
        }
        catch (NatsObjNotFoundException)
        {
            return null;
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"the snapshot of {lane} was not read within {LoadTimeout.TotalSeconds:0.###} s", e);
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
