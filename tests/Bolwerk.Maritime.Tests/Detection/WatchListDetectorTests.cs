using Bolwerk.Identifiers;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.WatchLists;
using Shouldly;
using Xunit;

namespace Bolwerk.Maritime.Tests.Detection;

public sealed class WatchListDetectorTests
{
    private static readonly WatchList List = new(
    [
        new WatchListEntry(ImoNumber.FromValue(9329760), null, "EAGLE S", "2025-05-21", "annex.csv", 12),
        new WatchListEntry(null, Mmsi.FromValue(273000009), "LISTED BY MMSI", null, "annex.csv", 13),
    ]);

    [Fact]
    public void A_vessel_reporting_a_listed_imo_is_one_alert_over_the_whole_time_it_was_seen()
    {
        var harness = new WatchHarness(watchList: List);
        harness.Identity(518998000, 80, name: "EAGLE S", imo: 9329760, minutes: 5);
        harness.Feed(518998000, new TrackBuilder(1.0, 53.0).Leg(120, 10, 0, everySeconds: 30).Points);
        var alert = harness.Complete().ShouldHaveSingleItem();
        alert.Kind.ShouldBe(MaritimeAlertKinds.WatchlistedVessel);
        alert.Score.ShouldBe(1.0);
        alert.Explanation.ShouldContain("IMO 9329760");
        alert.Explanation.ShouldContain("line 12");
        (alert.End - alert.Start).TotalMinutes.ShouldBeInRange(119, 121);
    }

    [Fact]
    public void A_listed_mmsi_matches_without_any_static_report()
    {
        var harness = new WatchHarness(watchList: List);
        harness.Feed(273000009, new TrackBuilder(1.0, 53.0).Leg(10, 10, 0).Points);
        harness.Complete().ShouldHaveSingleItem().Explanation.ShouldContain("MMSI 273000009");
    }

    [Fact]
    public void Unlisted_vessels_raise_nothing()
    {
        var harness = new WatchHarness(watchList: List);
        harness.Identity(244000000, 70, imo: 9074729);
        harness.Feed(244000000, new TrackBuilder(1.0, 53.0).Leg(10, 10, 0).Points);
        harness.Complete().ShouldBeEmpty();
    }

    [Fact]
    public void Being_listed_raises_the_score_of_the_vessels_other_alerts()
    {
        var listed = new WatchHarness(watchList: List);
        var plain = new WatchHarness();
        foreach (var harness in new[] { listed, plain })
        {
            harness.Identity(518998000, 80, imo: 9329760);
            harness.Feed(518998000, new TrackBuilder(2.6, 53.3).Leg(60, 10, 90).Leg(45, 7, 90).Leg(30, 10, 90).Points);
            harness.Complete();
        }

        var listedDrag = listed.Of(MaritimeAlertKinds.AnchorDrag).ShouldHaveSingleItem();
        listedDrag.Score.ShouldBeGreaterThan(plain.Of(MaritimeAlertKinds.AnchorDrag).ShouldHaveSingleItem().Score);
        listedDrag.Explanation.ShouldContain("watch list");
    }
}
