using Bolwerk.Maritime.Detection;
using Shouldly;
using Xunit;

namespace Bolwerk.Maritime.Tests.Detection;

public sealed class AisGapDetectorTests
{
    private const uint Ship = 636012345;

    [Fact]
    public void Three_silent_hours_crossing_the_cable_are_one_gap_on_that_cable()
    {
        var alert = Gaps(new TrackBuilder(2.6, 53.3).Leg(30, 10, 90).Silent(180, 8, 90).Leg(30, 10, 90)).ShouldHaveSingleItem();
        alert.AssetId.ShouldBe("cable-1");
        alert.Start.ShouldBe(WatchHarness.T0.AddMinutes(30));
        (alert.End - WatchHarness.T0.AddMinutes(30 + 180 + (10 / 60.0))).Duration().ShouldBeLessThan(TimeSpan.FromSeconds(1));
        alert.Explanation.ShouldContain("3 h 00 min");
        alert.Score.ShouldBeGreaterThan(0.7);
    }

    [Fact]
    public void A_long_gap_far_from_assets_scores_lower_than_one_over_the_cable()
    {
        var far = Gaps(new TrackBuilder(1.0, 53.3).Leg(30, 10, 90).Silent(180, 8, 90).Leg(30, 10, 90)).ShouldHaveSingleItem();
        far.AssetId.ShouldBeNull();
        far.Score.ShouldBeLessThan(0.75);
    }

    [Fact]
    public void A_forty_minute_reception_gap_is_ordinary() =>
        Gaps(new TrackBuilder(2.6, 53.3).Leg(30, 10, 90).Silent(40, 10, 90).Leg(30, 10, 90)).ShouldBeEmpty();

    [Fact]
    public void A_gap_shorter_than_twelve_report_intervals_is_ordinary_for_a_slow_reporter() =>
        Gaps(new TrackBuilder(1.0, 53.3).Leg(240, 1, 0, everySeconds: 360).Silent(65, 1, 0).Leg(60, 1, 0, everySeconds: 360)).ShouldBeEmpty();

    [Fact]
    public void A_silence_whose_ends_are_too_far_apart_to_sail_is_not_a_gap()
    {
        var track = new TrackBuilder(1.0, 53.3).Leg(30, 10, 90).Silent(120, 100, 90).Leg(30, 10, 90);
        Gaps(track).ShouldBeEmpty();
    }

    [Fact]
    public void The_area_threshold_rises_where_silences_are_usual()
    {
        // Thirty ships each lose reception for 50 min in the same half-degree cell: a 70-min silence
        // there is then within twice the area's usual gap; with default options alone it would alert.
        var harness = new WatchHarness();
        for (uint i = 0; i < 30; i++)
        {
            harness.Feed(200_000_000 + 1_000 * i + 211, new TrackBuilder(1.1, 53.1).Leg(10, 10, 0).Silent(50, 10, 0).Leg(10, 10, 0).Points);
        }

        harness.Feed(Ship, new TrackBuilder(1.1, 53.1).Leg(10, 10, 0).Silent(70, 10, 0).Leg(10, 10, 0).Points);
        harness.Complete().Where(a => a.Kind == MaritimeAlertKinds.AisGap).ShouldBeEmpty();

        var alone = new WatchHarness();
        alone.Feed(Ship, new TrackBuilder(1.1, 53.1).Leg(10, 10, 0).Silent(70, 10, 0).Leg(10, 10, 0).Points);
        alone.Complete().Where(a => a.Kind == MaritimeAlertKinds.AisGap).ShouldHaveSingleItem();
    }

    private static List<MaritimeAlert> Gaps(TrackBuilder track)
    {
        var harness = new WatchHarness();
        harness.Feed(Ship, track.Points);
        return [.. harness.Complete().Where(a => a.Kind == MaritimeAlertKinds.AisGap)];
    }
}
