using Bolwerk.Maritime.Detection;
using Shouldly;
using Xunit;

namespace Bolwerk.Maritime.Tests.Detection;

public sealed class RendezvousDetectorTests
{
    private const uint Tanker = 273000001;
    private const uint Other = 273000002;

    [Fact]
    public void Two_ships_two_hundred_metres_apart_and_drifting_for_three_hours_are_one_rendezvous()
    {
        var alert = Meet(2.0, 53.0, 180, 0.003).ShouldHaveSingleItem();
        alert.Mmsi.ShouldBe(Tanker);
        alert.OtherMmsi.ShouldBe(Other);
        (alert.End - alert.Start).TotalMinutes.ShouldBeInRange(170, 180);
        alert.Explanation.ShouldContain("tanker");
    }

    [Fact]
    public void Eighty_minutes_together_is_too_short() => Meet(2.0, 53.0, 80, 0.003).ShouldBeEmpty();

    [Fact]
    public void Eight_hundred_metres_apart_is_not_together() => Meet(2.0, 53.0, 180, 0.012).ShouldBeEmpty();

    [Fact]
    public void Together_near_a_designated_anchorage_is_explained() => Meet(3.5, 53.55, 180, 0.003).ShouldBeEmpty();

    private static List<MaritimeAlert> Meet(double lon, double lat, double minutes, double apartDegrees)
    {
        var harness = new WatchHarness();
        harness.Identity(Tanker, 80);
        harness.Identity(Other, 80);
        harness.FeedMerged(
            (Tanker, new TrackBuilder(lon, lat).Leg(minutes, 0.4, 0, everySeconds: 60).Points),
            (Other, new TrackBuilder(lon + apartDegrees, lat, startMinutes: 0.3).Leg(minutes, 0.4, 0, everySeconds: 60).Points));
        return [.. harness.Complete().Where(a => a.Kind == MaritimeAlertKinds.Rendezvous)];
    }
}
