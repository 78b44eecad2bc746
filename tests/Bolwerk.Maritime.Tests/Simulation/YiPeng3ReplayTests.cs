using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Infrastructure;
using Bolwerk.Maritime.Simulation;
using Bolwerk.Maritime.Tracking;

namespace Bolwerk.Maritime.Tests.Simulation;

/// <summary>The schematic Yi Peng 3 replay over TeleGeography's (test-only) BCS East-West and C-Lion1 routes.</summary>
public sealed class YiPeng3ReplayTests
{
    [Fact]
    public void A_long_drag_at_just_over_half_speed_across_bcs_east_west_is_one_anchor_drag()
    {
        var telecom = AssetLayerReader.Read(Path.Combine(TestLayers.Folder, "telegeography_baltic_cables.geojson"));
        telecom.ShouldAllBe(asset => asset.Kind == AssetKind.Cable);
        var layers = TestLayers.Shipped.Concat(telecom).ToList();
        using var nmea = new StringWriter();
        MaritimeSimulation.Run(layers, TestLayers.Lanes, new SimulationOptions { Incident = "yi-peng-3", BackgroundVessels = 5, InstancesPerKind = 0, InstancesPerConfounder = 0 }, nmea);

        var alerts = new List<MaritimeAlert>();
        var watch = new MaritimeWatch(new DetectionOptions(), new AssetProximity(layers, 1_000, 10_000), null, alerts.Add);
        new WatchFeed(watch).DecodeAll(nmea.ToString());
        watch.Complete();

        var drag = alerts.Where(a => a.Mmsi == 412_100_002).ShouldHaveSingleItem();
        drag.Kind.ShouldBe(MaritimeAlertKinds.AnchorDrag);
        drag.Start.ShouldBe(new DateTimeOffset(2024, 11, 17, 19, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(3));
        (drag.End - drag.Start).TotalHours.ShouldBeInRange(17.5, 18.1);
        drag.Explanation.ShouldContain("10.0 kn");
        drag.AssetName.ShouldNotBeNull();
    }

    [Fact]
    public void Without_the_cable_in_the_layers_the_replay_says_what_is_missing() =>
        Should.Throw<ArgumentException>(() => MaritimeSimulation.Run(TestLayers.Shipped, TestLayers.Lanes, new SimulationOptions { Incident = "yi-peng-3", BackgroundVessels = 1, InstancesPerKind = 0, InstancesPerConfounder = 0 }, TextWriter.Null))
            .Message.ShouldContain("BCS East-West");
}
