using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Partitioning;
using Bolwerk.Maritime.Tracking;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.KeyValueStore;

namespace Bolwerk.Host.Streaming;

/// <summary>
/// Runs one lane — a partition, or the pairs lane over all of them — for as long as this worker
/// holds its lease. On taking the partition over
/// it rebuilds the watch's state by replaying the partition's stream from its first message up to
/// the checkpoint with every effect suppressed (those effects are already stored), then carries
/// on with the messages after it. Each batch: apply, store the effects, write the checkpoint,
/// acknowledge. A worker that dies anywhere in that order leaves at most one batch to be stored
/// again by the next owner, and storing is idempotent — so every alert is stored exactly once.
/// </summary>
internal sealed class PartitionRunner(
    int partition,
    string worker,
    AisStreamTopology topology,
    INatsJSContext jetStream,
    INatsKVStore checkpoints,
    Func<Action<MaritimeAlert>, Action<uint, TrackPoint>, MaritimeWatch> createWatch,
    PartitionEffects effects,
    Action<string> log)
{
    private const int BatchSize = 2_000;

    public async Task RunAsync(CancellationToken stop)
    {
        var key = topology.LaneKey(partition);
        var pairs = topology.IsPairs(partition);
        var checkpoint = await ReadCheckpointAsync(key, stop).ConfigureAwait(false);
        var replayUpTo = checkpoint.StreamSequence;
        var replaying = true;
        var watch = new PartitionWatch(
            () => createWatch(
                alert => { if (!replaying) effects.Raised(alert); },
                (mmsi, point) => { if (!replaying) effects.Accepted(mmsi, point); }),
            pairs ? topology.Partitions : 1);
        log($"{key}: taken; replaying up to stream sequence {replayUpTo} ({checkpoint.Messages} messages)");

        // The durable consumer is made afresh from the start of the partition: the replay and what
        // follows come through one ordered delivery, and an earlier owner's unacknowledged
        // deliveries cannot come back out of order.
        var name = topology.ConsumerName(partition);
        try
        {
            await jetStream.DeleteConsumerAsync(topology.Stream, name, stop).ConfigureAwait(false);
        }
        catch (NatsJSApiException e) when (e.Error.Code == 404)
        {
            // Not made yet.
        }

        var consumer = await jetStream.CreateOrUpdateConsumerAsync(topology.Stream, new ConsumerConfig(name)
        {
            DurableName = name,
            FilterSubject = topology.LaneSubjects(partition),
            DeliverPolicy = ConsumerConfigDeliverPolicy.All,
            AckPolicy = ConsumerConfigAckPolicy.All,
            AckWait = TimeSpan.FromSeconds(30),
            MaxAckPending = 4 * BatchSize,
        }, stop).ConfigureAwait(false);

        long messages = 0, undecodable = 0;
        ulong delivered = 0, pendingAfterLast = 0;
        var announcedLive = replayUpTo == 0;
        while (!stop.IsCancellationRequested)
        {
            INatsJSMsg<byte[]>? last = null;
            ulong lastSequence = 0;
            await foreach (var message in consumer.FetchAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = BatchSize, Expires = TimeSpan.FromSeconds(1) }, cancellationToken: stop).ConfigureAwait(false))
            {
                var metadata = message.Metadata ?? throw new InvalidOperationException("a JetStream message without its metadata");
                var sequence = metadata.Sequence.Stream;

                // The watch must see the partition whole and in order. A delivery lost on the way
                // (a server failing over mid-fetch) shows as a jump in the consumer's sequence, a
                // redelivery as a second delivery; either way this runner stops without storing the
                // batch, and the partition starts over from its checkpoint.
                if (metadata.Sequence.Consumer != delivered + 1 || metadata.NumDelivered != 1)
                {
                    throw new DeliveryGapException($"{key}: delivery {metadata.Sequence.Consumer} (delivered {metadata.NumDelivered}×) after {delivered}; starting over from the checkpoint");
                }

                delivered = metadata.Sequence.Consumer;
                pendingAfterLast = metadata.NumPending;
                replaying = sequence <= replayUpTo;
                messages++;
                (last, lastSequence) = (message, sequence);
                Observation observation;
                try
                {
                    observation = ObservationCodec.Decode(message.Data);
                }
                catch (FormatException e)
                {
                    undecodable++;
                    log($"{key}: stream sequence {sequence} skipped: {e.Message}");
                    continue;
                }

                watch.Apply(observation, pairs ? topology.PartitionOfSubject(message.Subject) : 0);
                if (!replaying && observation.Kind == ObservationKind.Identity)
                {
                    effects.Reported(observation.Mmsi);
                }

                if (!replaying && observation.Kind == ObservationKind.EndOfInput)
                {
                    effects.TakeStates(watch.Watch);
                }
            }

            if (last is not { } acknowledged)
            {
                if (pendingAfterLast > 0)
                {
                    throw new DeliveryGapException($"{key}: {pendingAfterLast} messages were pending after delivery {delivered} but none came; starting over from the checkpoint");
                }

                continue;
            }

            if (lastSequence > replayUpTo)
            {
                if (!announcedLive)
                {
                    announcedLive = true;
                    log($"{key}: replay done, live from stream sequence {replayUpTo + 1}");
                }

                await effects.StoreAsync(watch.Watch, stop).ConfigureAwait(false);
                var stored = new PartitionCheckpoint(lastSequence, messages, watch.Missing, watch.Repeated + undecodable, worker);
                await checkpoints.PutAsync(key, stored.ToBytes(), cancellationToken: stop).ConfigureAwait(false);
            }

            await acknowledged.AckAsync(cancellationToken: stop).ConfigureAwait(false);
        }
    }

    private async Task<PartitionCheckpoint> ReadCheckpointAsync(string key, CancellationToken stop)
    {
        var entry = await checkpoints.TryGetEntryAsync<byte[]>(key, cancellationToken: stop).ConfigureAwait(false);
        return entry.Success ? PartitionCheckpoint.FromBytes(entry.Value.Value) : PartitionCheckpoint.None;
    }
}
