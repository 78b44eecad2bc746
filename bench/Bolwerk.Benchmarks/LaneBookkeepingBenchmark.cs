using BenchmarkDotNet.Attributes;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Partitioning;

namespace Bolwerk.Benchmarks;

/// <summary>
/// What a worker's lane adds to the watch per message: <see cref="TrackDetectBenchmark"/>'s
/// traffic (10,000 vessels, 1,000,000 positions) fed straight to a watch, against the same numbered
/// messages through a <see cref="PartitionWatch"/> (sequence checks per run and partition) — in
/// order, and with every 100th message swapped with the next, so each swap is held and released.
/// </summary>
[MemoryDiagnoser]
public class LaneBookkeepingBenchmark
{
    private readonly TrackDetectBenchmark _traffic = new();
    private Observation[] _inOrder = [];
    private Observation[] _swapped = [];

    [GlobalSetup]
    public void Setup()
    {
        _traffic.Setup();
        _inOrder = [.. _traffic.Positions.Select((p, i) => new Observation(ObservationKind.Position, 1, (ulong)i + 1, p.Mmsi, p.Point.TimeMs, p.Point, false, null))];
        _swapped = [.. _inOrder];
        for (var i = 0; i + 1 < _swapped.Length; i += 100)
        {
            (_swapped[i], _swapped[i + 1]) = (_swapped[i + 1], _swapped[i]);
        }
    }

    [Benchmark(Baseline = true)]
    public int Watch()
    {
        var watch = NewWatch();
        foreach (var (mmsi, point) in _traffic.Positions)
        {
            watch.ObservePosition(mmsi, point, classB: false);
        }

        return watch.Vessels.Count;
    }

    [Benchmark]
    public long LaneInOrder() => Feed(_inOrder);

    [Benchmark]
    public long LaneWithSwaps() => Feed(_swapped);

    private long Feed(Observation[] messages)
    {
        var lane = new PartitionWatch(NewWatch);
        foreach (var message in messages)
        {
            lane.Apply(message);
        }

        return lane.Applied;
    }

    private MaritimeWatch NewWatch() => new(new DetectionOptions(), _traffic.Proximity, null, _ => { });
}
