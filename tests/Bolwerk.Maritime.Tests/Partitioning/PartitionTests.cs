using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Partitioning;
using Bolwerk.Maritime.Simulation;
using Bolwerk.Maritime.Snapshots;
using Bolwerk.Maritime.Tests.Simulation;
using Bolwerk.Maritime.Tracking;

namespace Bolwerk.Maritime.Tests.Partitioning;

public sealed class PartitionTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Theory]
    [InlineData("all", 4, new[] { 0, 1, 2, 3 })]
    [InlineData("0-2,7", 12, new[] { 0, 1, 2, 7 })]
    [InlineData(" 5 , 3-3 ", 12, new[] { 3, 5 })]
    public void Partition_sets_read_numbers_ranges_and_all(string text, int count, int[] expected) =>
        MmsiPartitions.Parse(text, count).Order().ShouldBe(expected);

    [Theory]
    [InlineData("12", "partition '12' is not a number from 0 to 11")]
    [InlineData("3-1", "runs backwards")]
    [InlineData("a-b", "partition 'a-b' is not a number")]
    [InlineData(",", "no partitions")]
    public void Partition_sets_outside_the_count_are_refused_by_name(string text, string expected) =>
        Should.Throw<FormatException>(() => MmsiPartitions.Parse(text, 12)).Message.ShouldContain(expected);

    [Fact]
    public void Every_message_of_a_vessel_goes_to_one_partition_and_partitions_are_used_evenly()
    {
        var mmsis = Enumerable.Range(0, 12_000).Select(i => (uint)(244_000_000 + (i * 7919)));
        var counts = mmsis.GroupBy(m => MmsiPartitions.Of(m, 12)).Select(g => g.Count()).ToList();
        counts.Count.ShouldBe(12);
        counts.ShouldAllBe(n => n > 800 && n < 1200);
        MmsiPartitions.Of(244_123_456, 12).ShouldBe(MmsiPartitions.Of(244_123_456, 12));
    }

    [Fact]
    public void A_partition_watch_ignores_repeats_holds_what_comes_early_and_starts_afresh_after_an_end_of_input()
    {
        var watches = 0;
        var partition = new PartitionWatch(() => { watches++; return new MaritimeWatch(new DetectionOptions(), new AssetProximity([], 1000, 1000), null, _ => { }); });
        partition.Apply(Position(1, 1, 0)).ShouldBeTrue();
        partition.Apply(Position(1, 2, 1)).ShouldBeTrue();
        partition.Apply(Position(1, 2, 1)).ShouldBeFalse("a repeat is not applied twice");
        partition.Apply(Position(1, 5, 4)).ShouldBeTrue();
        partition.Apply(Position(1, 5, 4)).ShouldBeFalse("a repeat of a held message too");
        (partition.Applied, partition.Held, partition.Missing, partition.Repeated).ShouldBe((2L, 1, 0L, 2L), "5 waits for 3 and 4");
        partition.Apply(Position(1, 4, 3)).ShouldBeTrue();
        partition.Apply(Position(1, 3, 2)).ShouldBeTrue();
        (partition.Applied, partition.Held, partition.Missing).ShouldBe((5L, 0, 0L), "3 let 4 and 5 follow");
        partition.Watch.Vessels[244_000_001].Positions.ShouldBe(5);
        partition.Watch.Vessels[244_000_001].Last.TimeMs.ShouldBe(4 * 60_000, "applied in number order: the last is 5");

        partition.Apply(new Observation(ObservationKind.EndOfInput, 1, 6, 0, 0, default, false, null));
        partition.Watch.IsComplete.ShouldBeTrue();
        partition.Apply(Position(2, 1, 3)).ShouldBeTrue("a new run starts at 1");
        watches.ShouldBe(2);
        partition.Watch.Vessels[244_000_001].Positions.ShouldBe(1, "the new watch begins empty");
    }

    [Fact]
    public void A_gap_still_open_after_the_hold_limit_is_counted_missing_and_the_watch_goes_on()
    {
        var partition = new PartitionWatch(() => new MaritimeWatch(new DetectionOptions(), new AssetProximity([], 1000, 1000), null, _ => { }));
        partition.Apply(Position(1, 1, 0));
        for (ulong n = 4; n < 4 + PartitionWatch.HoldLimit; n++)
        {
            partition.Apply(Position(1, n, (long)n));
        }

        (partition.Held, partition.Missing).ShouldBe((PartitionWatch.HoldLimit, 0L), "held up to the limit");
        partition.Apply(Position(1, 4 + PartitionWatch.HoldLimit, 4 + PartitionWatch.HoldLimit));
        (partition.Held, partition.Missing, partition.Applied).ShouldBe((0, 2L, 2L + PartitionWatch.HoldLimit), "2 and 3 given up, the rest applied");
        partition.Apply(Position(1, 2, 1)).ShouldBeFalse("a message of a gap given up comes too late: a repeat");
    }

    [Fact]
    public void Held_messages_are_in_the_snapshot_and_a_snapshot_of_the_earlier_format_is_refused()
    {
        PartitionWatch Lane() => new(() => new MaritimeWatch(new DetectionOptions(), new AssetProximity([], 1000, 1000), null, _ => { }));
        var original = Lane();
        original.Apply(Position(7, 1, 0));
        original.Apply(Position(7, 3, 2));
        original.Apply(new Observation(ObservationKind.Identity, 7, 4, 244_000_001, 3 * 60_000, default, false, new VesselIdentity { Name = "HELD", Imo = 9_123_456 }));
        using var saved = new MemoryStream();
        original.Save(saved);

        var restored = Lane();
        restored.Restore(new MemoryStream(saved.ToArray()));
        restored.Held.ShouldBe(2);
        foreach (var lane in new[] { original, restored })
        {
            lane.Apply(Position(7, 2, 1));
            (lane.Applied, lane.Held).ShouldBe((4L, 0));
            lane.Watch.Vessels[244_000_001].Identity.Name.ShouldBe("HELD");
        }

        using var originalAfter = new MemoryStream();
        using var restoredAfter = new MemoryStream();
        original.Save(originalAfter);
        restored.Save(restoredAfter);
        restoredAfter.ToArray().ShouldBe(originalAfter.ToArray());

        var earlier = saved.ToArray()[8..]; // without the format's marker, as written before it
        Should.Throw<SnapshotRefusedException>(() => Lane().Restore(new MemoryStream(earlier)));
    }

    [Fact]
    public void Two_feeds_interleaved_on_one_partition_are_numbered_each_on_its_own()
    {
        var partition = new PartitionWatch(() => new MaritimeWatch(new DetectionOptions(), new AssetProximity([], 1000, 1000), null, _ => { }));
        Observation Position(ulong run, ulong sequence, uint mmsi, long minute) =>
            new(ObservationKind.Position, run, sequence, mmsi, minute * 60_000, new TrackPoint(minute * 60_000, 4.0, 52.0 + (minute * 0.001), 10, 0, 0, 0), false, null);

        // Two ingests (two receivers) publishing into one stream: their runs alternate.
        ulong[] runs = [0xA, 0xB];
        for (ulong n = 1; n <= 50; n++)
        {
            foreach (var run in runs)
            {
                partition.Apply(Position(run, n, (uint)(244_000_000 + run), (long)n)).ShouldBeTrue();
            }
        }

        (partition.Missing, partition.Repeated, partition.Applied).ShouldBe((0L, 0L, 100L), "neither feed lost or repeated anything");
        partition.Apply(Position(0xA, 50, 244_000_010, 50)).ShouldBeFalse("run A's last message again is a repeat even after run B's");
        partition.Apply(Position(0xB, 53, 244_000_011, 53)).ShouldBeTrue("held: 51 and 52 of run B have not come yet");
        (partition.Missing, partition.Repeated, partition.Held).ShouldBe((0L, 1L, 1));

        using var saved = new MemoryStream();
        partition.Save(saved);
        var restored = new PartitionWatch(() => new MaritimeWatch(new DetectionOptions(), new AssetProximity([], 1000, 1000), null, _ => { }));
        saved.Position = 0;
        restored.Restore(saved);
        restored.Apply(Position(0xA, 51, 244_000_010, 51)).ShouldBeTrue();
        restored.Apply(Position(0xB, 53, 244_000_011, 53)).ShouldBeFalse("each run's place and held messages are in the snapshot");
        (restored.Missing, restored.Repeated, restored.Held).ShouldBe((0L, 2L, 1));
    }

    [Fact]
    public void One_partition_raises_what_the_plain_watch_raises_twelve_lose_pairs_across_partitions_and_the_pairs_lane_restores_them()
    {
        var (_, nmea) = SimulatedDayTests.Simulate(new SimulationOptions { Seed = 5, BackgroundVessels = 60, InstancesPerKind = 1, InstancesPerConfounder = 1, Duration = TimeSpan.FromHours(12) });
        var layers = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "infrastructure"), "*.geojson").SelectMany(Bolwerk.Maritime.Infrastructure.AssetLayerReader.Read).ToList();
        var options = new DetectionOptions();
        var proximity = new AssetProximity(layers, Math.Max(options.Corridor.BufferMetres, options.Loitering.RadiusMetres), Math.Max(options.Corridor.AnchorageExclusionMetres, options.Rendezvous.AnchorageExclusionMetres));

        var plain = new List<MaritimeAlert>();
        var watch = new MaritimeWatch(options, proximity, null, plain.Add);
        new WatchFeed(watch).DecodeAll(nmea);
        watch.Complete();

        (List<MaritimeAlert> Alerts, List<MaritimeAlert> LaneAlerts) Partitioned(int count)
        {
            var alerts = new List<MaritimeAlert>();
            var lanes = new List<MaritimeAlert>();
            var partitioned = new PartitionedWatch(count, lane => new MaritimeWatch(options, proximity, null, a =>
            {
                if (lane < count)
                {
                    alerts.Add(a);
                }

                if (PairsLane.Keeps(lane == count, a))
                {
                    lanes.Add(a);
                }
            }));
            new WatchFeed(partitioned).DecodeAll(nmea);
            partitioned.Complete();
            return (alerts, lanes);
        }

        static string Key(MaritimeAlert a) => $"{a.Kind} {a.Mmsi} {a.OtherMmsi} {a.Start:O} {a.Explanation}";
        plain.Count.ShouldBeGreaterThan(5);
        Partitioned(1).Alerts.Select(Key).ShouldBe(plain.Select(Key), ignoreOrder: true);

        // Rules about one vessel alone are the same in any partitioning; those comparing vessels see only their partition.
        var (twelve, withPairs) = Partitioned(12);
        string[] alone = [MaritimeAlertKinds.AnchorDrag, MaritimeAlertKinds.InfrastructureLoitering];
        plain.Count(a => alone.Contains(a.Kind)).ShouldBeGreaterThan(0);
        output.WriteLine($"one watch: {plain.Count} alerts ({string.Join(", ", plain.GroupBy(a => a.Kind).Select(g => $"{g.Key} {g.Count()}"))}); twelve partitions: {twelve.Count} ({string.Join(", ", twelve.GroupBy(a => a.Kind).Select(g => $"{g.Key} {g.Count()}"))}); with the pairs lane: {withPairs.Count}");
        twelve.Where(a => alone.Contains(a.Kind)).Select(Key).ShouldBe(plain.Where(a => alone.Contains(a.Kind)).Select(Key), ignoreOrder: true);

        // The pairs lane restores every alert naming two vessels.
        plain.Count(a => a.OtherMmsi is not null).ShouldBeGreaterThan(twelve.Count(a => a.OtherMmsi is not null), "this day has a pair split across partitions");
        withPairs.Where(a => a.OtherMmsi is not null).Select(Key).ShouldBe(plain.Where(a => a.OtherMmsi is not null).Select(Key), ignoreOrder: true);
    }

    private static Observation Position(ulong run, ulong sequence, long minute) =>
        new(ObservationKind.Position, run, sequence, 244_000_001, minute * 60_000, new TrackPoint(minute * 60_000, 4.0, 52.0 + (minute * 0.001), 10, 0, 0, 0), false, null);
}
