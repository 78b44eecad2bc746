using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Tracking;
using Shouldly;
using Xunit;

namespace Bolwerk.Maritime.Tests.Detection;

public sealed class IdentityDetectorTests
{
    [Fact]
    public void An_imo_with_a_wrong_check_digit_is_an_identity_conflict_naming_the_right_digit()
    {
        var harness = new WatchHarness();
        harness.Identity(244660000, 80, imo: 9329761);
        harness.Identity(244660000, 80, imo: 9329761, minutes: 6);
        var alert = harness.Complete().ShouldHaveSingleItem();
        alert.Kind.ShouldBe(MaritimeAlertKinds.IdentityConflict);
        alert.Explanation.ShouldContain("expected 0");
    }

    [Fact]
    public void A_valid_imo_is_not_a_conflict()
    {
        var harness = new WatchHarness();
        harness.Identity(244660000, 80, imo: 9329760);
        harness.Complete().ShouldBeEmpty();
    }

    [Fact]
    public void A_name_that_flips_back_is_one_conflict_and_the_history_keeps_every_stretch()
    {
        var harness = new WatchHarness();
        harness.Identity(244660000, 70, name: "NORTH STAR");
        harness.Identity(244660000, 70, name: "SOUTH STAR", minutes: 6);
        harness.Identity(244660000, 70, name: "NORTH STAR", minutes: 12);
        harness.Identity(244660000, 70, name: "SOUTH STAR", minutes: 18);
        var alert = harness.Complete().ShouldHaveSingleItem();
        alert.Explanation.ShouldContain("'NORTH STAR' and 'SOUTH STAR'");
        var history = harness.Watch.Vessels[244660000].History;
        history.StretchCount("name").ShouldBe(4);
        history.Changes.First(c => c.Field == "name").FirstSeen.ShouldBe(WatchHarness.T0);
    }

    [Fact]
    public void A_renamed_ship_is_history_not_a_conflict()
    {
        var harness = new WatchHarness();
        harness.Identity(244660000, 70, name: "OLD NAME");
        harness.Identity(244660000, 70, name: "OLD NAME", minutes: 30);
        harness.Identity(244660000, 70, name: "NEW NAME", minutes: 60);
        harness.Complete().ShouldBeEmpty();
        var names = harness.Watch.Vessels[244660000].History.Changes.Where(c => c.Field == "name").ToList();
        names.Select(c => c.Value).ShouldBe(["OLD NAME", "NEW NAME"]);
        names[0].LastSeen.ShouldBe(WatchHarness.T0.AddMinutes(30));
        harness.Watch.Vessels[244660000].Identity.Name.ShouldBe("NEW NAME");
    }

    [Theory]
    [InlineData(111111111u, "SarAircraft")]
    [InlineData(222222222u, "not allocated")]
    [InlineData(2190062u, "CoastStation")]
    public void Position_reports_from_an_mmsi_no_ship_may_carry_are_one_conflict(uint mmsi, string expected)
    {
        var harness = new WatchHarness();
        harness.Feed(mmsi, new TrackBuilder(1.0, 53.0).Leg(10, 10, 0).Points);
        harness.Complete().ShouldHaveSingleItem().Explanation.ShouldContain(expected);
    }

    [Fact]
    public void Class_a_and_class_b_reports_under_one_mmsi_are_a_conflict()
    {
        var harness = new WatchHarness();
        var points = new TrackBuilder(1.0, 53.0).Leg(10, 10, 0).Points;
        harness.Watch.ObservePosition(244660000, points[0], classB: false);
        harness.Watch.ObservePosition(244660000, points[1], classB: true);
        harness.Complete().ShouldHaveSingleItem().Explanation.ShouldContain("Class A and Class B");
    }

    [Fact]
    public void One_imo_reported_by_two_mmsis_at_once_far_apart_is_a_conflict_naming_both()
    {
        var harness = new WatchHarness();
        harness.FeedMerged(
            (244660000, new TrackBuilder(2.0, 53.0).Leg(30, 10, 90).Points),
            (636012345, new TrackBuilder(4.0, 55.0).Leg(30, 10, 90).Points));
        harness.Identity(244660000, 80, imo: 9329760, minutes: 10);
        harness.Identity(636012345, 80, imo: 9329760, minutes: 12);
        var alert = harness.Complete().ShouldHaveSingleItem();
        alert.Mmsi.ShouldBe(636012345u);
        alert.OtherMmsi.ShouldBe(244660000u);
        alert.Explanation.ShouldContain("IMO 9329760 is reported at the same time");
    }

    [Fact]
    public void An_imo_moving_to_a_new_mmsi_later_is_reflagging_history_not_a_conflict()
    {
        var harness = new WatchHarness();
        harness.Feed(244660000, new TrackBuilder(2.0, 53.0).Leg(30, 10, 90).Points);
        harness.Identity(244660000, 80, imo: 9329760, minutes: 10);
        harness.Feed(613012345, new TrackBuilder(4.0, 55.0, startMinutes: 300).Leg(30, 10, 90).Points);
        harness.Identity(613012345, 80, imo: 9329760, minutes: 310);
        harness.Complete().ShouldBeEmpty();
        harness.Watch.Vessels[244660000].History.DistinctValues("flag").ShouldBe(["NL"]);
        harness.Watch.Vessels[613012345].History.DistinctValues("flag").ShouldBe(["CM"]);
    }

    [Fact]
    public void Only_the_fields_a_report_carries_are_applied()
    {
        var harness = new WatchHarness();
        harness.Watch.ObserveIdentity(244660000, 0, new VesselIdentity { Name = "PART A", ShipType = 70 });
        harness.Watch.ObserveIdentity(244660000, 60_000, new VesselIdentity { CallSign = "PBXY", LengthMetres = 120 });
        var identity = harness.Watch.Vessels[244660000].Identity;
        identity.ShouldBe(new VesselIdentity { Name = "PART A", ShipType = 70, CallSign = "PBXY", LengthMetres = 120 });
    }
}
