using System.Text;
using NATS.Client.JetStream;
using NATS.Client.KeyValueStore;

namespace Bolwerk.Host.Streaming;

/// <summary>
/// Who runs which partition, agreed through two key-value buckets whose entries expire: every
/// worker writes a heartbeat each second, and holds a lease per partition it runs, renewed each
/// second with the revision it last wrote (so a lease taken over by another is noticed, not
/// overwritten). Partitions here are lanes: the MMSI partitions and the pairs lane
/// (<see cref="AisStreamTopology.Lanes"/>). Each worker aims at its fair share — the lanes divided by the live workers,
/// rounded up — taking free partitions below it and giving up its highest above it. A new worker
/// therefore draws partitions from the others; a dead worker's leases lapse and the others take
/// them.
/// </summary>
internal sealed class PartitionLeases(INatsJSContext jetStream, INatsKVStore workers, INatsKVStore leases, string worker, IReadOnlySet<int> allowed, AisStreamTopology topology)
{
    private readonly Dictionary<int, ulong> _held = [];

    /// <summary>One round: heartbeat, renew (returns the partitions lost), then work out what to give up and what to take.</summary>
    /// <remarks><paramref name="busy"/> names partitions whose runner here is still stopping: not taken again until it has.</remarks>
    public async Task<(IReadOnlyList<int> Lost, IReadOnlyList<int> Release, IReadOnlyList<int> Taken)> RoundAsync(Func<int, bool> busy, CancellationToken cancellationToken)
    {
        await workers.PutAsync(worker, Encoding.UTF8.GetBytes(string.Join(',', _held.Keys.Order())), cancellationToken: cancellationToken).ConfigureAwait(false);
        var lost = new List<int>();
        foreach (var (partition, revision) in _held.ToList())
        {
            var renewed = await leases.TryUpdateAsync(topology.LaneKey(partition), Encoding.UTF8.GetBytes(worker), revision, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (renewed.Success)
            {
                _held[partition] = renewed.Value;
            }
            else
            {
                _held.Remove(partition);
                lost.Add(partition);
            }
        }

        // Live workers = heartbeats not yet expired: one message per worker in the bucket's stream
        // (history 1). Counted from the stream's state, not by listing keys: the client's key
        // listing is a watcher that can wait for ever on a bucket whose entries expire.
        var bucket = await jetStream.GetStreamAsync("KV_" + workers.Bucket, cancellationToken: cancellationToken).ConfigureAwait(false);
        var live = (int)Math.Max(1, bucket.Info.State.Messages);

        var share = (int)Math.Ceiling(topology.Lanes / (double)Math.Max(1, live));
        var release = _held.Keys.Order().Skip(share).ToList();
        var taken = new List<int>();
        foreach (var partition in allowed.Order())
        {
            if (_held.Count >= share)
            {
                break;
            }

            if (_held.ContainsKey(partition) || busy(partition))
            {
                continue;
            }

            var created = await leases.TryCreateAsync(topology.LaneKey(partition), Encoding.UTF8.GetBytes(worker), cancellationToken: cancellationToken).ConfigureAwait(false);
            if (created.Success)
            {
                _held[partition] = created.Value;
                taken.Add(partition);
            }
        }

        return (lost, release, taken);
    }

    /// <summary>Gives a partition up (after its runner stopped), so another worker may take it at once.</summary>
    public async Task ReleaseAsync(int partition, CancellationToken cancellationToken)
    {
        if (_held.Remove(partition, out var revision))
        {
            await leases.TryDeleteAsync(topology.LaneKey(partition), new NatsKVDeleteOpts { Revision = revision }, cancellationToken).ConfigureAwait(false);
        }
    }
}
