using BenchmarkDotNet.Attributes;
using Bolwerk.Maritime.Detection;

namespace Bolwerk.Benchmarks;

/// <summary>
/// What a lane takeover costs with a snapshot against without: the watch of
/// <see cref="TrackDetectBenchmark"/>'s traffic (10,000 vessels, 1,000,000 positions, all shipped
/// layers) saved, and restored into a new watch — against replaying the positions into a new
/// watch, which is what a takeover without a snapshot does.
/// </summary>
[MemoryDiagnoser]
public class WatchSnapshotBenchmark
{
    private readonly TrackDetectBenchmark _traffic = new();
    private byte[] _snapshot = [];
    private MaritimeWatch _watch = null!;

    [GlobalSetup]
    public void Setup()
    {
        _traffic.Setup();
        _watch = Replayed();
        using var buffer = new MemoryStream();
        _watch.Save(buffer);
        _snapshot = buffer.ToArray();
        Console.WriteLine($"// snapshot of {_watch.Vessels.Count} vessels: {_snapshot.Length:N0} bytes");
    }

    [Benchmark(Baseline = true)]
    public int Replay() => Replayed().Vessels.Count;

    [Benchmark]
    public long Save()
    {
        using var buffer = new MemoryStream(_snapshot.Length);
        _watch.Save(buffer);
        return buffer.Length;
    }

    [Benchmark]
    public int Restore() => Restored().Vessels.Count;

    private MaritimeWatch Replayed()
    {
        var watch = new MaritimeWatch(new DetectionOptions(), _traffic.Proximity, null, _ => { });
        foreach (var (mmsi, point) in _traffic.Positions)
        {
            watch.ObservePosition(mmsi, point, classB: false);
        }

        return watch;
    }

    private MaritimeWatch Restored()
    {
        var watch = new MaritimeWatch(new DetectionOptions(), _traffic.Proximity, null, _ => { });
        watch.Restore(new MemoryStream(_snapshot, writable: false));
        return watch;
    }
}
