using Bolwerk.Maritime.Detection;
using Shouldly;
using Xunit;

namespace Bolwerk.Maritime.Tests.Detection;

public sealed class TrackConsistencyDetectorTests
{
    private const uint Ship = 244123456;

    [Fact]
    public void Two_reports_eighty_km_away_and_back_are_one_position_jump_and_nothing_else()
    {
        var track = new TrackBuilder(2.0, 53.3).Leg(30, 10, 90).Report(3.2, 53.9).Report(3.2, 53.9);
        track.Leg(30, 10, 90);
        var harness = new WatchHarness();
        harness.Feed(Ship, track.Points);
        var alerts = harness.Complete();

        var jump = alerts.ShouldHaveSingleItem();
        jump.Kind.ShouldBe(MaritimeAlertKinds.PositionJump);
        jump.Explanation.ShouldContain("2 positions");
        jump.Explanation.ShouldContain("carried on where it was");
        harness.Watch.Statistics.Diverted.ShouldBe(2);
    }

    [Fact]
    public void Ordinary_gps_noise_is_not_a_jump()
    {
        var random = new Random(7);
        var points = new TrackBuilder(2.0, 53.3).Leg(120, 12, 45, everySeconds: 3).Points
            .Select(p => p with { Longitude = p.Longitude + (random.NextDouble() - 0.5) * 0.0006, Latitude = p.Latitude + (random.NextDouble() - 0.5) * 0.0004 });
        var harness = new WatchHarness();
        harness.Feed(Ship, points);
        harness.Complete().ShouldBeEmpty();
    }

    [Fact]
    public void Two_ships_sharing_one_mmsi_are_one_identity_conflict_not_a_series_of_jumps()
    {
        var first = new TrackBuilder(2.0, 53.3).Leg(60, 10, 90, everySeconds: 10);
        var second = new TrackBuilder(2.0, 53.8, startMinutes: 0.05).Leg(60, 11, 270, everySeconds: 12);
        var harness = new WatchHarness();
        harness.FeedMerged((Ship, first.Points), (Ship, second.Points));
        var alerts = harness.Complete();

        var conflict = alerts.ShouldHaveSingleItem();
        conflict.Kind.ShouldBe(MaritimeAlertKinds.IdentityConflict);
        conflict.Explanation.ShouldContain("two ships transmit");
        (conflict.End - conflict.Start).TotalMinutes.ShouldBeGreaterThan(55);
    }

    [Fact]
    public void When_the_first_fix_was_the_wrong_one_the_track_moves_to_the_reports_that_continue()
    {
        var track = new TrackBuilder(2.0, 53.3).Report(5.0, 55.0, afterSeconds: 0);
        track.Leg(90, 10, 90);
        var harness = new WatchHarness();
        harness.Feed(Ship, track.Points);
        var alerts = harness.Complete();

        alerts.ShouldHaveSingleItem().Kind.ShouldBe(MaritimeAlertKinds.PositionJump);
        harness.Watch.Vessels[Ship].Last.Longitude.ShouldBe(track.Longitude, 1e-9);
    }
}
