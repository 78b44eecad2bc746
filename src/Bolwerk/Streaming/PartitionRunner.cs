using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Partitioning;
using Bolwerk.Maritime.Snapshots;
using Bolwerk.Maritime.Tracking;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.KeyValueStore;

namespace Bolwerk.Host.Streaming;

/// <summary>
/// Runs one lane — a partition, or the pairs lane over all of them — for as long as this worker
/// holds its lease. On taking the lane over it restores the lane's latest snapshot (its watch state
/// as of a stream sequence), or without one starts from an empty watch at the lane's first message,
/// and replays the stream from there up to the checkpoint with every effect suppressed (those
/// effects are already stored); then carries on with the messages after it. Each batch: apply,
/// store the effects, write the checkpoint, acknowledge, and every <c>snapshotEvery</c> messages
/// save a snapshot. A worker that dies anywhere in that order leaves at most one batch to be
/// stored again by the next owner, and storing is idempotent — so every alert is stored exactly once.
/// </summary>
internal sealed class PartitionRunner(
    int partition,
    string worker,
    AisStreamTopology topology,
    INatsJSContext jetStream,
    INatsKVStore checkpoints,
    LaneSnapshots snapshots,
    long snapshotEvery,
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
        PartitionWatch NewLane() => new(
            () => createWatch(
                alert => { if (!replaying) effects.Raised(alert); },
                (mmsi, point) => { if (!replaying) effects.Accepted(mmsi, point); }),
            pairs ? topology.Partitions : 1);
        var (watch, restored) = await RestoreAsync(key, checkpoint, NewLane, stop).ConfigureAwait(false);
        log(restored is null
            ? $"{key}: taken; replaying up to stream sequence {replayUpTo} ({checkpoint.Messages} messages)"
            : $"{key}: taken; from the snapshot at stream sequence {restored.StreamSequence} ({restored.Messages} messages), replaying up to {replayUpTo} ({checkpoint.Messages - restored.Messages} messages)");

        // The durable consumer is made afresh from the lane's first message, or the one after the
        // snapshot: the replay and what follows come through one ordered delivery, and an earlier
        // owner's unacknowledged deliveries cannot come back out of order.
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
            DeliverPolicy = restored is null ? ConsumerConfigDeliverPolicy.All : ConsumerConfigDeliverPolicy.ByStartSequence,
            OptStartSeq = restored is null ? 0 : restored.StreamSequence + 1,
            AckPolicy = ConsumerConfigAckPolicy.All,
            AckWait = TimeSpan.FromSeconds(30),
            MaxAckPending = 4 * BatchSize,
        }, stop).ConfigureAwait(false);

        long messages = restored?.Messages ?? 0, undecodable = restored?.Undecodable ?? 0;
        var snapshotAt = messages;
        ulong delivered = 0, pendingAfterLast = 0;
        // A lane new to the stream has nothing to rebuild; any other says when its state is whole.
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

                if (!announcedLive)
                {
                    // Nothing pending and nothing came: the replay reached the end of the lane.
                    announcedLive = true;
                    log($"{key}: replay done, caught up at stream sequence {replayUpTo}");
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
                if (snapshotEvery > 0 && messages - snapshotAt >= snapshotEvery)
                {
                    // After the checkpoint: a snapshot never runs ahead of what is stored. One that
                    // cannot be stored (a server gone) costs only a longer replay on the next takeover:
                    // the lane goes on and tries again after as many messages.
                    var snapshot = new LaneSnapshot(lastSequence, messages, undecodable);
                    try
                    {
                        await snapshots.SaveAsync(key, snapshot, watch, stop).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is NATS.Client.Core.NatsException or TimeoutException && !stop.IsCancellationRequested)
                    {
                        log($"{key}: snapshot at stream sequence {lastSequence} not saved ({e.Message}); the lane goes on");
                    }

                    snapshotAt = messages;
                }
            }

            await acknowledged.AckAsync(cancellationToken: stop).ConfigureAwait(false);
        }
    }

    // The lane's snapshot when there is one this watch can use, at or before the checkpoint; else a new lane from the first message.
    private async Task<(PartitionWatch Watch, LaneSnapshot? Restored)> RestoreAsync(string key, PartitionCheckpoint checkpoint, Func<PartitionWatch> newLane, CancellationToken stop)
    {
        byte[]? bytes;
        try
        {
            bytes = await snapshots.LoadAsync(key, stop).ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            log($"{key}: snapshot not used ({e.Message}); replaying from the first message");
            return (newLane(), null);
        }

        if (bytes is null)
        {
            return (newLane(), null);
        }

        try
        {
            var header = LaneSnapshot.ReadHeader(bytes);
            if (header.StreamSequence > checkpoint.StreamSequence)
            {
                log($"{key}: snapshot at stream sequence {header.StreamSequence} is past the checkpoint {checkpoint.StreamSequence}; not used");
                return (newLane(), null);
            }

            var lane = newLane();
            LaneSnapshot.Restore(bytes, lane);
            return (lane, header);
        }
        catch (SnapshotRefusedException e)
        {
            log($"{key}: snapshot not used ({e.Message}); replaying from the first message");
            return (newLane(), null);
        }
    }

    private async Task<PartitionCheckpoint> ReadCheckpointAsync(string key, CancellationToken stop)
    {
        var entry = await checkpoints.TryGetEntryAsync<byte[]>(key, cancellationToken: stop).ConfigureAwait(false);
        return entry.Success ? PartitionCheckpoint.FromBytes(entry.Value.Value) : PartitionCheckpoint.None;
    }
}
