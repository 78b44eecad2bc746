using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Infrastructure;
using Bolwerk.Maritime.Simulation;
using Bolwerk.Maritime.Tracking;
using Bolwerk.Maritime.WatchLists;

namespace Bolwerk.Maritime.Tests.Simulation;

/// <summary>The Eagle S / Estlink 2 replay, watched with the real EU Annex XLII list.</summary>
public sealed class EagleSReplayTests
{
    [Fact]
    public void The_replay_raises_an_anchor_drag_over_estlink_2_a_dark_gap_and_the_annex_listing()
    {
        var layers = TestLayers.Shipped;
        var lanes = TestLayers.Lanes;
        using var nmea = new StringWriter();
        var result = MaritimeSimulation.Run(layers, lanes, new SimulationOptions { Incident = "eagle-s", BackgroundVessels = 5, InstancesPerKind = 0, InstancesPerConfounder = 0 }, nmea);
        result.Labels.ShouldContain(label => label.Variant == "replay-eagle-s-estlink-2");

        var annex = WatchListReader.Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", "watchlists", "eu_annex_xlii_designated_vessels_2025-10-23.csv"));
        var alerts = new List<MaritimeAlert>();
        var watch = new MaritimeWatch(new DetectionOptions(), new AssetProximity(layers, 1_000, 10_000), annex, alerts.Add);
        new WatchFeed(watch).DecodeAll(nmea.ToString());
        watch.Complete();

        var replay = alerts.Where(a => a.Mmsi == 518_100_001).ToList();
        var drag = replay.Single(a => a.Kind == MaritimeAlertKinds.AnchorDrag);
        drag.Start.ShouldBe(new DateTimeOffset(2024, 12, 25, 9, 5, 0, TimeSpan.Zero), TimeSpan.FromMinutes(3));
        drag.Explanation.ShouldContain("8.5 kn");
        drag.Explanation.ShouldContain("went silent for 1 h 30 min");
        // The silent stretch of the evidence crosses Estlink 2 itself (a parallel unnamed cable may be nearer).
        var estlink = new AssetProximity(layers.Where(a => a.Name == "HVDC Estlink 2"), 1_000, 0);
        var points = drag.Evidence;
        points.Zip(points.Skip(1)).Any(pair => estlink.NearestCorridorAlong(pair.First.Longitude, pair.First.Latitude, pair.Second.Longitude, pair.Second.Latitude, 1_000) is not null).ShouldBeTrue();
        var gap = replay.Single(a => a.Kind == MaritimeAlertKinds.AisGap);
        gap.AssetId.ShouldNotBeNull();
        gap.Explanation.ShouldContain("3.0 nm");
        replay.Single(a => a.Kind == MaritimeAlertKinds.WatchlistedVessel).Explanation.ShouldContain("listed as 'Eagle S'");
    }
}
