using Bolwerk.Host.Streaming;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Partitioning;

namespace Bolwerk.Tests.Streaming;

/// <summary>
/// The object store of lane snapshots on a real nats-server: a snapshot saved is read back whole,
/// a lane without one reads as none, and a read that takes longer than its limit ends with a
/// <see cref="TimeoutException"/> (the runner then replays the lane) instead of waiting for good
/// while the worker keeps the lane's lease.
/// </summary>
public sealed class LaneSnapshotsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bolwerk-objects-").FullName;

    [SkippableFact]
    public async Task A_snapshot_is_read_back_whole_and_a_read_past_its_limit_times_out()
    {
        NatsCluster.SkipUnlessInstalled();
        await using var nats = await NatsCluster.StartAsync(_directory, 1);
        await using var connection = await AisStreamTopology.ConnectAsync(nats.Urls, "snapshots-test", CancellationToken.None);
        var topology = new AisStreamTopology("SNAPTEST", 2, 1);
        var snapshots = await topology.EnsureSnapshotsAsync(connection, CancellationToken.None);
        var lane = new PartitionWatch(() => new MaritimeWatch(new DetectionOptions(), new AssetProximity([], 1000, 1000), null, _ => { }));
        var snapshot = new LaneSnapshot(42, 1, 0);
        var expected = snapshot.Write(lane);
        await snapshots.SaveAsync("p0", snapshot, lane, CancellationToken.None);

        (await snapshots.LoadAsync("p0", CancellationToken.None)).ShouldBe(expected);
        (await snapshots.LoadAsync("p1", CancellationToken.None)).ShouldBeNull("no snapshot written for p1");
        var impatient = new LaneSnapshots(snapshots.Store) { LoadTimeout = TimeSpan.FromTicks(1) };
        (await Should.ThrowAsync<TimeoutException>(() => impatient.LoadAsync("p0", CancellationToken.None))).Message.ShouldContain("p0");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
