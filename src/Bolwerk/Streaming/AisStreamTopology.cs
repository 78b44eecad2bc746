using System.Globalization;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.KeyValueStore;
using NATS.Client.ObjectStore;
using NATS.Net;
using Bolwerk.Maritime.Partitioning;

namespace Bolwerk.Host.Streaming;

/// <summary>
/// The shape of a partitioned AIS deployment on JetStream: one stream of decoded observations
/// with a subject per partition (`bolwerk.ais.STREAM.P`), three key-value buckets beside it — the
/// live workers (heartbeats that expire), the partition leases (expire unless renewed) and the
/// checkpoints (how far each partition's effects are stored) — and an object store of the lanes'
/// snapshots (their watch state as of a stream sequence). Both `bolwerk ingest` and
/// `bolwerk worker` create what is missing and refuse a stream made for another partition count.
/// </summary>
internal sealed record AisStreamTopology(string Stream, int Partitions, int Replicas)
{
    /// <summary>How long a lease or a heartbeat lives unless renewed: a killed worker's partitions are free again after this.</summary>
    public static readonly TimeSpan LeaseLifetime = TimeSpan.FromSeconds(5);

    // Long enough that re-running a failed ingest of the same files is recognised message by message.
    private static readonly TimeSpan DuplicateWindow = TimeSpan.FromHours(2);

    /// <summary>The stream's subjects are `bolwerk.ais.STREAM.P`: two deployments on one cluster never overlap.</summary>
    public string SubjectPrefix => "bolwerk.ais." + Stream;

    public string Subject(int partition) => string.Create(CultureInfo.InvariantCulture, $"{SubjectPrefix}.{partition}");

    public string WorkersBucket => Stream + "_workers";

    public string LeasesBucket => Stream + "_leases";

    public string CheckpointsBucket => Stream + "_checkpoints";

    public string SnapshotsBucket => Stream + "_snapshots";

    /// <summary>Lanes: the partitions 0…N−1, then the pairs lane (number N) that reads them all.</summary>
    public int Lanes => Partitions + 1;

    public bool IsPairs(int lane) => lane == Partitions;

    /// <summary>The lane's key in the lease and checkpoint buckets.</summary>
    public string LaneKey(int lane) => IsPairs(lane) ? PairsLane.Name : string.Create(CultureInfo.InvariantCulture, $"p{lane}");

    /// <summary>The subjects the lane reads: its partition's, or every partition's.</summary>
    public string LaneSubjects(int lane) => IsPairs(lane) ? SubjectPrefix + ".*" : Subject(lane);

    public string ConsumerName(int lane) => IsPairs(lane) ? Stream + "_pairs" : string.Create(CultureInfo.InvariantCulture, $"{Stream}_partition_{lane}");

    /// <summary>The partition a message came from, by its subject.</summary>
    public int PartitionOfSubject(string subject) =>
        int.Parse(subject.AsSpan(SubjectPrefix.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture);

    private string Description => string.Create(CultureInfo.InvariantCulture, $"Bolwerk decoded AIS, partitions={Partitions}");

    /// <summary>Creates the stream, or checks that the one there has this partition count.</summary>
    public Task<INatsJSStream> EnsureStreamAsync(INatsJSContext jetStream, CancellationToken cancellationToken) =>
        JetStreamRetry.RunAsync("create stream " + Stream, () => GetOrCreateStreamAsync(jetStream, cancellationToken), cancellationToken);

    /// <summary>The three buckets, created when missing.</summary>
    public Task<(INatsKVStore Workers, INatsKVStore Leases, INatsKVStore Checkpoints)> EnsureBucketsAsync(INatsConnection connection, CancellationToken cancellationToken) =>
        JetStreamRetry.RunAsync("create the buckets of " + Stream, () => CreateBucketsAsync(connection, cancellationToken), cancellationToken);

    private async Task<INatsJSStream> GetOrCreateStreamAsync(INatsJSContext jetStream, CancellationToken cancellationToken)
    {
        try
        {
            var existing = await jetStream.GetStreamAsync(Stream, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (existing.Info.Config.Description != Description)
            {
                throw new InvalidOperationException($"stream {Stream} was made as '{existing.Info.Config.Description}', not with {Partitions} partitions: every ingest and worker of one stream must use the same --partition-count");
            }

            return existing;
        }
        catch (NatsJSApiException e) when (e.Error.Code == 404)
        {
            return await jetStream.CreateStreamAsync(new StreamConfig(Stream, [SubjectPrefix + ".*"])
            {
                Description = Description,
                Storage = StreamConfigStorage.File,
                NumReplicas = Replicas,
                DuplicateWindow = DuplicateWindow,
                Retention = StreamConfigRetention.Limits,
            }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The object store of the lanes' snapshots, created when missing.</summary>
    public Task<LaneSnapshots> EnsureSnapshotsAsync(INatsConnection connection, CancellationToken cancellationToken) =>
        JetStreamRetry.RunAsync("create the snapshot store of " + Stream, async () => new LaneSnapshots(
            await connection.CreateObjectStoreContext().CreateObjectStoreAsync(new NatsObjConfig(SnapshotsBucket) { NumberOfReplicas = Replicas, Storage = NatsObjStorageType.File }, cancellationToken).ConfigureAwait(false)),
            cancellationToken);

    private async Task<(INatsKVStore Workers, INatsKVStore Leases, INatsKVStore Checkpoints)> CreateBucketsAsync(INatsConnection connection, CancellationToken cancellationToken)
    {
        var kv = connection.CreateKeyValueStoreContext();
        var workers = await kv.CreateOrUpdateStoreAsync(new NatsKVConfig(WorkersBucket) { MaxAge = LeaseLifetime, NumberOfReplicas = Replicas, History = 1 }, cancellationToken).ConfigureAwait(false);
        var leases = await kv.CreateOrUpdateStoreAsync(new NatsKVConfig(LeasesBucket) { MaxAge = LeaseLifetime, NumberOfReplicas = Replicas, History = 1 }, cancellationToken).ConfigureAwait(false);
        var checkpoints = await kv.CreateOrUpdateStoreAsync(new NatsKVConfig(CheckpointsBucket) { NumberOfReplicas = Replicas, History = 1 }, cancellationToken).ConfigureAwait(false);
        return (workers, leases, checkpoints);
    }

    /// <summary>Connects to the servers of <paramref name="urls"/> (comma-separated), reconnecting without end while the process runs.</summary>
    public static async Task<NatsConnection> ConnectAsync(string urls, string name, CancellationToken cancellationToken)
    {
        var connection = new NatsConnection(NatsOpts.Default with
        {
            Url = urls,
            Name = name,
            MaxReconnectRetry = -1,
            ReconnectWaitMin = TimeSpan.FromMilliseconds(200),
            ReconnectWaitMax = TimeSpan.FromSeconds(2),
            RequestTimeout = TimeSpan.FromSeconds(5),
        });
        try
        {
            await connection.ConnectAsync().AsTask().WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NatsException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new StreamUnavailableException($"cannot reach NATS at {urls}: {e.Message}", e);
        }

        return connection;
    }
}
