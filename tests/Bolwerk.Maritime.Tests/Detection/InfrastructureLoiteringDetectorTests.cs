using Bolwerk.Maritime.Detection;
using Shouldly;
using Xunit;

namespace Bolwerk.Maritime.Tests.Detection;

public sealed class InfrastructureLoiteringDetectorTests
{
    private const uint Ship = 273111111;

    [Fact]
    public void Three_hours_at_anchor_on_top_of_the_cable_is_one_loitering_alert_that_says_so()
    {
        var alert = Loiter(new TrackBuilder(3.003, 53.3).Leg(180, 0.3, 0, everySeconds: 60, status: 1)).ShouldHaveSingleItem();
        alert.AssetId.ShouldBe("cable-1");
        alert.Explanation.ShouldContain("at anchor");
        (alert.End - alert.Start).TotalMinutes.ShouldBeInRange(178, 180);
        alert.Score.ShouldBeGreaterThan(0.6);
    }

    [Fact]
    public void Drifting_slowly_along_the_cable_for_two_and_a_half_hours_is_loitering() =>
        Loiter(new TrackBuilder(3.005, 53.3).Leg(150, 1.5, 0, everySeconds: 30)).ShouldHaveSingleItem().AssetId.ShouldBe("cable-1");

    [Fact]
    public void Ninety_minutes_is_too_short() =>
        Loiter(new TrackBuilder(3.003, 53.3).Leg(90, 0.3, 0, everySeconds: 60, status: 1)).ShouldBeEmpty();

    [Fact]
    public void Slow_two_kilometres_from_the_cable_is_not_near_it() =>
        Loiter(new TrackBuilder(3.03, 53.3).Leg(180, 0.3, 0, everySeconds: 60, status: 1)).ShouldBeEmpty();

    [Fact]
    public void At_anchor_in_the_designated_anchorage_beside_the_cable_is_explained() =>
        Loiter(new TrackBuilder(3.004, 53.8).Leg(180, 0.2, 0, everySeconds: 60, status: 1)).ShouldBeEmpty();

    [Fact]
    public void A_cable_ship_at_work_is_explained() =>
        Loiter(new TrackBuilder(3.003, 53.3).Leg(240, 0.5, 0, everySeconds: 60, status: 3)).ShouldBeEmpty();

    [Fact]
    public void Leaving_for_longer_than_the_break_splits_the_stay_into_two_episodes()
    {
        var track = new TrackBuilder(3.003, 53.3).Leg(150, 0.3, 0, everySeconds: 60).Leg(30, 12, 270).Leg(30, 12, 90).Leg(150, 0.3, 0, everySeconds: 60);
        Loiter(track).Count.ShouldBe(2);
    }

    private static List<MaritimeAlert> Loiter(TrackBuilder track)
    {
        var harness = new WatchHarness();
        harness.Identity(Ship, shipType: 70);
        harness.Feed(Ship, track.Points);
        return [.. harness.Complete().Where(a => a.Kind == MaritimeAlertKinds.InfrastructureLoitering)];
    }
}
