using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Partitioning;
using Bolwerk.Maritime.Simulation;
using Bolwerk.Maritime.Snapshots;
using Bolwerk.Maritime.Tests.Simulation;
using Bolwerk.Maritime.Tracking;
using Bolwerk.Maritime.WatchLists;

namespace Bolwerk.Maritime.Tests.Partitioning;

/// <summary>
/// A watch saved mid-stream and restored into a new watch carries on as if never interrupted: a
/// simulated day with every injected behaviour and a watch list, cut at several points, raises
/// exactly the uninterrupted run's alerts (every field, evidence included) in the same order.
/// </summary>
public sealed class WatchSnapshotTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly Lazy<Day> Simulated = new(() => Day.Of(new SimulationOptions { Seed = 4242, BackgroundVessels = 40, InstancesPerKind = 3, InstancesPerConfounder = 3 }));

    [Fact]
    public void A_watch_restored_at_any_of_seven_cuts_raises_exactly_the_uninterrupted_runs_alerts()
    {
        var day = Simulated.Value;
        var uninterrupted = new List<string>();
        var watch = day.NewWatch(uninterrupted);
        day.Feed(watch, 0, day.Observations.Count);
        watch.Complete();
        uninterrupted.Count.ShouldBeGreaterThan(10, "the day must raise alerts for the comparison to mean something");
        watch.AlertsRaised.Count.ShouldBeGreaterThanOrEqualTo(6, "and alerts of most kinds, so most detectors' state is carried");

        var resumed = new List<string>();
        var current = day.NewWatch(resumed);
        var cuts = Enumerable.Range(1, 7).Select(i => day.Observations.Count * i / 8).ToList();
        var from = 0;
        long largest = 0;
        foreach (var cut in cuts)
        {
            day.Feed(current, from, cut);
            using var saved = new MemoryStream();
            current.Save(saved);
            largest = Math.Max(largest, saved.Length);
            saved.Position = 0;
            current = day.NewWatch(resumed);
            current.Restore(saved);
            saved.Position.ShouldBe(saved.Length, "the restore reads the whole snapshot");
            Resave(current).ShouldBe(saved.ToArray(), "the restored state saves to the same bytes");
            from = cut;
        }

        day.Feed(current, from, day.Observations.Count);
        current.Complete();
        output.WriteLine($"{day.Observations.Count} observations, {uninterrupted.Count} alerts, {watch.Vessels.Count} vessels; largest snapshot {largest:N0} bytes");
        resumed.ShouldBe(uninterrupted);
        current.Statistics.Accepted.ShouldBe(watch.Statistics.Accepted);
        current.Statistics.VesselHours.ShouldBe(watch.Statistics.VesselHours);
        current.AlertsRaised.ShouldBe(watch.AlertsRaised);
    }

    [Fact]
    public void A_partition_watch_restored_mid_stream_keeps_its_sequences_and_counts()
    {
        var day = Simulated.Value;
        PartitionWatch Lane(List<string> alerts) => new(() => day.NewWatch(alerts), partitions: 3);
        Observation Numbered(int i) => day.Observations[i] with { Run = 7, Sequence = (ulong)(i / 3) + 1 };

        var uninterrupted = new List<string>();
        var whole = Lane(uninterrupted);
        var resumed = new List<string>();
        var first = Lane(resumed);
        var half = day.Observations.Count / 2;
        for (var i = 0; i < day.Observations.Count; i++)
        {
            whole.Apply(Numbered(i), i % 3);
            if (i < half)
            {
                first.Apply(Numbered(i), i % 3);
            }
        }

        using var saved = new MemoryStream();
        first.Save(saved);
        saved.Position = 0;
        var second = Lane(resumed);
        second.Restore(saved);
        second.Apply(Numbered(half - 3), (half - 3) % 3).ShouldBeFalse("a message before the snapshot is a repeat");
        for (var i = half; i < day.Observations.Count; i++)
        {
            second.Apply(Numbered(i), i % 3);
        }

        foreach (var lane in new[] { whole, second })
        {
            for (var partition = 0; partition < 3; partition++)
            {
                // Each partition's end follows its last message (a number further on would wait for the ones between).
                var last = Enumerable.Range(0, day.Observations.Count).Where(i => i % 3 == partition).Max(i => Numbered(i).Sequence);
                lane.Apply(new Observation(ObservationKind.EndOfInput, 7, last + 1, 0, 0, default, false, null), partition);
            }
        }

        whole.Watch.IsComplete.ShouldBeTrue();
        second.Watch.IsComplete.ShouldBeTrue("the three partitions' ends close the restored lane");
        resumed.ShouldBe(uninterrupted);
        (second.Applied, second.Missing, second.Repeated).ShouldBe((whole.Applied, whole.Missing, whole.Repeated + 1));
    }

    [Fact]
    public void A_snapshot_taken_under_other_thresholds_layers_or_watch_list_is_refused()
    {
        var day = Simulated.Value;
        var watch = day.NewWatch([]);
        day.Feed(watch, 0, day.Observations.Count / 2);
        using var saved = new MemoryStream();
        watch.Save(saved);

        void Refused(MaritimeWatch other, string expected)
        {
            saved.Position = 0;
            Should.Throw<SnapshotRefusedException>(() => other.Restore(saved)).Message.ShouldContain(expected);
        }

        var stricter = new DetectionOptions { Rendezvous = new RendezvousOptions { MinimumMinutes = 90 } };
        Refused(new MaritimeWatch(stricter, day.Proximity, day.WatchList, _ => { }), "other thresholds");
        Refused(new MaritimeWatch(day.Options, new AssetProximity(day.Proximity.Assets.Skip(1), 1_000, 10_000), day.WatchList, _ => { }), "other thresholds, layers");
        Refused(new MaritimeWatch(day.Options, day.Proximity, null, _ => { }), "watch list");

        var fed = day.NewWatch([]);
        day.Feed(fed, 0, 10);
        saved.Position = 0;
        Should.Throw<InvalidOperationException>(() => fed.Restore(saved)).Message.ShouldContain("new watch");
    }

    [Fact]
    public void A_damaged_snapshot_is_refused_and_never_crashes_the_restore()
    {
        var day = Simulated.Value;
        var watch = day.NewWatch([]);
        day.Feed(watch, 0, day.Observations.Count / 2);
        using var saved = new MemoryStream();
        watch.Save(saved);
        var bytes = saved.ToArray();

        // Cut short anywhere, or with bytes changed anywhere: refused, or (a change to a value that
        // is still a valid value) restored — but never another exception.
        var random = new Random(11);
        var refused = 0;
        for (var trial = 0; trial < 300; trial++)
        {
            var damaged = trial % 2 == 0 ? bytes[..random.Next(bytes.Length)] : Flip(bytes, random);
            try
            {
                day.NewWatch([]).Restore(new MemoryStream(damaged));
            }
            catch (SnapshotRefusedException)
            {
                refused++;
            }
        }

        refused.ShouldBeGreaterThanOrEqualTo(150, "every cut-short snapshot is refused");
    }

    private static byte[] Resave(MaritimeWatch watch)
    {
        using var again = new MemoryStream();
        watch.Save(again);
        return again.ToArray();
    }

    private static byte[] Flip(byte[] bytes, Random random)
    {
        var copy = (byte[])bytes.Clone();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            copy[random.Next(copy.Length)] ^= (byte)random.Next(1, 256);
        }

        return copy;
    }

    private sealed record Day(List<Observation> Observations, DetectionOptions Options, AssetProximity Proximity, WatchList WatchList)
    {
        public static Day Of(SimulationOptions simulation)
        {
            var (result, nmea) = SimulatedDayTests.Simulate(simulation);
            var recorder = new Recorder();
            new WatchFeed(recorder).DecodeAll(nmea);
            return new Day(recorder.Observations, new DetectionOptions(), new AssetProximity(TestLayers.Shipped, 1_000, 10_000), SimulatedDayTests.ReadWatchList(result.WatchListCsv));
        }

        public MaritimeWatch NewWatch(List<string> alerts) =>
            new(Options, Proximity, WatchList, alert => alerts.Add(MaritimeAlertJson.ToJsonLine(alert)));

        public void Feed(MaritimeWatch watch, int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                Observations[i].ApplyTo(watch);
            }
        }
    }

    // The decoded day as the stream would carry it, so it can be fed in pieces.
    private sealed class Recorder : IWatchInput
    {
        public List<Observation> Observations { get; } = [];

        public void ObservePosition(uint mmsi, in TrackPoint point, bool classB) =>
            Observations.Add(new Observation(ObservationKind.Position, 0, 0, mmsi, point.TimeMs, point, classB, null));

        public void ObserveIdentity(uint mmsi, long timeMs, VesselIdentity reported) =>
            Observations.Add(new Observation(ObservationKind.Identity, 0, 0, mmsi, timeMs, default, false, reported));
    }
}
