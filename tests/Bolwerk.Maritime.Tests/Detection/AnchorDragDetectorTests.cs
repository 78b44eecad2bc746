using Bolwerk.Maritime.Detection;
using Shouldly;
using Xunit;

namespace Bolwerk.Maritime.Tests.Detection;

public sealed class AnchorDragDetectorTests
{
    private const uint Tanker = 244660000;

    [Fact]
    public void A_tanker_slowing_to_seventy_percent_across_the_cable_is_one_anchor_drag_on_that_cable()
    {
        var harness = new WatchHarness();
        harness.Identity(Tanker, shipType: 80);
        var track = new TrackBuilder(2.6, 53.3).Leg(60, 10, 90).Leg(45, 7, 90).Leg(30, 10, 90);
        harness.Feed(Tanker, track.Points);

        var alert = harness.Complete().Where(a => a.Kind == MaritimeAlertKinds.AnchorDrag).ShouldHaveSingleItem();
        alert.Mmsi.ShouldBe(Tanker);
        alert.AssetId.ShouldBe("cable-1");
        alert.Score.ShouldBeInRange(0.5, 1.0);
        (alert.End - alert.Start).TotalMinutes.ShouldBeInRange(35, 50);
        alert.Start.ShouldBeGreaterThanOrEqualTo(WatchHarness.T0.AddMinutes(58));
        alert.Explanation.ShouldContain("10.0 kn");
        alert.Explanation.ShouldContain("cable-1");
        alert.Evidence.Count.ShouldBeGreaterThan(5);
    }

    [Fact]
    public void An_eagle_s_like_slowdown_that_goes_dark_over_the_cable_is_an_anchor_drag_with_the_silence_named()
    {
        // Eagle S: 8.5 kn, then 6.3 kn for 35 min, silent 90 min covering 3 nm, reappears at 7.5 kn.
        var harness = new WatchHarness();
        harness.Identity(Tanker, shipType: 80, name: "EAGLE S");
        var track = new TrackBuilder(2.58, 53.5).Leg(60, 8.5, 90).Leg(35, 6.3, 90).Silent(90, 2, 90).Leg(30, 7.5, 90);
        harness.Feed(Tanker, track.Points);

        var alerts = harness.Complete();
        var drag = alerts.Where(a => a.Kind == MaritimeAlertKinds.AnchorDrag).ShouldHaveSingleItem();
        drag.AssetId.ShouldBe("cable-1");
        drag.Explanation.ShouldContain("went silent");
        drag.Explanation.ShouldContain("EAGLE S");
        alerts.Where(a => a.Kind == MaritimeAlertKinds.AisGap).ShouldHaveSingleItem().AssetId.ShouldBe("cable-1");
    }

    [Fact]
    public void The_same_slowdown_far_from_any_cable_is_not_an_anchor_drag() =>
        Drags(new TrackBuilder(1.0, 53.3).Leg(60, 10, 90).Leg(45, 7, 90).Leg(30, 10, 90), shipType: 80).ShouldBe(0);

    [Fact]
    public void A_steady_slow_ship_crossing_the_cable_is_not_an_anchor_drag() =>
        Drags(new TrackBuilder(2.7, 53.3).Leg(180, 6, 90), shipType: 70).ShouldBe(0);

    [Fact]
    public void A_fishing_vessel_slowing_to_trawl_across_the_cable_is_not_an_anchor_drag() =>
        Drags(new TrackBuilder(2.6, 53.3).Leg(60, 10, 90).Leg(45, 4, 90).Leg(30, 10, 90), shipType: 30).ShouldBe(0);

    [Fact]
    public void A_slowdown_of_only_a_tenth_is_not_an_anchor_drag() =>
        Drags(new TrackBuilder(2.6, 53.3).Leg(60, 10, 90).Leg(45, 9, 90).Leg(30, 10, 90), shipType: 80).ShouldBe(0);

    [Fact]
    public void A_ship_that_stops_over_the_cable_is_not_dragging_it() =>
        Drags(new TrackBuilder(2.6, 53.3).Leg(60, 10, 90).Leg(60, 0.2, 90, everySeconds: 60), shipType: 80).ShouldBe(0);

    [Fact]
    public void Slowing_across_the_cable_into_the_anchorage_beside_it_is_explained()
    {
        // Crosses the cable at 53.8°N slowing down and ends at anchor inside anchorage-2.
        var track = new TrackBuilder(2.72, 53.8).Leg(60, 10, 90).Leg(25, 6, 90).Leg(30, 0.1, 90, everySeconds: 60, status: 1);
        Drags(track, shipType: 70).ShouldBe(0);
    }

    [Fact]
    public void Heading_zigzag_and_at_anchor_while_moving_raise_the_score()
    {
        var plain = Drag(new TrackBuilder(2.6, 53.3).Leg(60, 10, 90).Leg(45, 7, 90).Leg(30, 10, 90));
        var telling = Drag(new TrackBuilder(2.6, 53.3).Leg(60, 10, 90).Leg(45, 7, 90, status: 1, heading: i => 90 + (i % 2 == 0 ? 8 : -8)).Leg(30, 10, 90));
        telling.Score.ShouldBeGreaterThan(plain.Score + 0.2);
        telling.Explanation.ShouldContain("zig-zag");
        telling.Explanation.ShouldContain("at anchor");
    }

    private static MaritimeAlert Drag(TrackBuilder track)
    {
        var harness = new WatchHarness();
        harness.Identity(Tanker, shipType: 80);
        harness.Feed(Tanker, track.Points);
        return harness.Complete().Where(a => a.Kind == MaritimeAlertKinds.AnchorDrag).ShouldHaveSingleItem();
    }

    private static int Drags(TrackBuilder track, int shipType)
    {
        var harness = new WatchHarness();
        harness.Identity(Tanker, shipType);
        harness.Feed(Tanker, track.Points);
        return harness.Complete().Count(a => a.Kind == MaritimeAlertKinds.AnchorDrag);
    }
}
