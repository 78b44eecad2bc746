using Bolwerk.Geodesy;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Tracking;

namespace Bolwerk.Maritime.Simulation;

/// <summary>The innocent look-alikes: what a watch officer does not want to be woken for.</summary>
internal sealed partial class ScenarioBuilder
{
    private void SteadySlowCrossing()
    {
        var t0 = StartTime(TimeSpan.FromHours(4));
        var (asset, point, bearing) = _world.PointOnCable(_random, t0, t0 + (4 * 60 * Minute));
        var vessel = Vessel(Straight(point, bearing + 90 + Between(-30, 30), Metres(6, 90)), Between(5.5, 7), 70 + _random.Next(10), t0, t0 + (180 * Minute));
        Vessels.Add(vessel);
        Confounder(MaritimeAlertKinds.AnchorDrag, "steady-slow-crossing", vessel.Mmsi, t0, vessel.ActiveToMs, asset.Id);
    }

    private void SlowdownFarFromAssets()
    {
        GeoPoint point;
        double bearing;
        var attempts = 0;
        do
        {
            (_, _, point, bearing) = _world.PointOnLane(_random);
        }
        while (++attempts < 200 && _world.DistanceToCorridor(point) < 15_000);

        var t0 = StartTime(TimeSpan.FromHours(4));
        var vessel = Vessel(Straight(point, bearing, Metres(12, 80) + Metres(7, 30)), 12, 70 + _random.Next(20), t0, t0 + (200 * Minute));
        vessel.Phases.Add(new SimPhase(t0 + (80 * Minute), t0 + (140 * Minute)) { Knots = 7 });
        Vessels.Add(vessel);
        Confounder(MaritimeAlertKinds.AnchorDrag, "slowdown-far-from-assets", vessel.Mmsi, t0 + (80 * Minute), t0 + (140 * Minute));
    }

    private void FishingOverCable()
    {
        var t0 = StartTime(TimeSpan.FromHours(4));
        var (asset, point, bearing) = _world.PointOnCable(_random, t0, t0 + (4 * 60 * Minute));
        var vessel = Vessel(Straight(point, bearing + 90 + Between(-40, 40), Metres(10, 80) + Metres(3.5, 45)), 10, 30, t0, t0 + (230 * Minute));
        vessel.Phases.Add(new SimPhase(t0 + (80 * Minute), t0 + (170 * Minute)) { Knots = 3.5, Status = TrackPoint.EngagedInFishing });
        Vessels.Add(vessel);
        Confounder(MaritimeAlertKinds.AnchorDrag, "fishing-trawl-over-cable", vessel.Mmsi, t0 + (80 * Minute), t0 + (170 * Minute), asset.Id);
    }

    private void CableShipAtWork()
    {
        var t0 = StartTime(TimeSpan.FromHours(6));
        var (asset, point, bearing) = _world.PointOnCable(_random, t0, t0 + (6 * 60 * Minute));
        var vessel = Vessel(Straight(point, Between(0, 360), Metres(9, 40), Metres(9, 60)), 9, 33, t0, t0 + (320 * Minute));
        for (long t = t0 + (40 * Minute), leg = 0; t < t0 + (280 * Minute); t += 20 * Minute, leg++)
        {
            vessel.Phases.Add(new SimPhase(t, t + (20 * Minute)) { Knots = 0.5, Course = leg % 2 == 0 ? bearing : bearing + 180, Status = TrackPoint.RestrictedManoeuvrability });
        }

        Vessels.Add(vessel);
        Confounder(MaritimeAlertKinds.InfrastructureLoitering, "cable-ship-at-work", vessel.Mmsi, t0 + (40 * Minute), t0 + (280 * Minute), asset.Id);
    }

    private void AnchoredInAnchorage()
    {
        if (_world.Anchorages.Count == 0)
        {
            return;
        }

        var anchorage = _world.Anchorages[_random.Next(_world.Anchorages.Count)];
        var inside = anchorage.Geometry.InteriorPoint;
        var centre = new GeoPoint(inside.Y, inside.X);
        var t0 = StartTime(TimeSpan.FromHours(7));
        var to = t0 + (6 * 60 * Minute);
        var first = Vessel([centre], 0, 80 + _random.Next(10), t0, to);
        var second = Vessel([SphericalGeodesy.Destination(centre, Between(0, 360), Between(150, 300))], 0, 70 + _random.Next(10), t0 + (5 * Minute), to);
        foreach (var vessel in new[] { first, second })
        {
            vessel.Phases.Add(new SimPhase(vessel.ActiveFromMs, to) { Knots = 0.05, Status = TrackPoint.AtAnchor, Course = 0 });
            Vessels.Add(vessel);
        }

        var (low, high) = first.Mmsi < second.Mmsi ? (first.Mmsi, second.Mmsi) : (second.Mmsi, first.Mmsi);
        Confounder(MaritimeAlertKinds.Rendezvous, "anchored-together-in-anchorage", low, t0, to, anchorage.Id, high);
    }

    private void ReceptionGap()
    {
        var vessel = LaneVessel(TimeSpan.FromHours(3));
        var from = vessel.ActiveFromMs + (60 * Minute);
        var length = (long)(Between(41, 50) * Minute);
        vessel.Phases.Add(new SimPhase(from, from + length) { Silent = true });
        Vessels.Add(vessel);
        Confounder(MaritimeAlertKinds.AisGap, "reception-gap-under-an-hour", vessel.Mmsi, from, from + length);
    }

    private void ClosePassing()
    {
        var (_, _, point, bearing) = _world.PointOnLane(_random);
        var t0 = StartTime(TimeSpan.FromHours(3));
        var a = Vessel(Straight(point, bearing, Metres(12, 60)), 12, 70 + _random.Next(10), t0, t0 + (120 * Minute));
        var b = Vessel(Straight(SphericalGeodesy.Destination(point, bearing + 90, 150), bearing + 180, Metres(12, 60)), 12, 80 + _random.Next(10), t0, t0 + (120 * Minute));
        Vessels.Add(a);
        Vessels.Add(b);
        var (low, high) = a.Mmsi < b.Mmsi ? (a.Mmsi, b.Mmsi) : (b.Mmsi, a.Mmsi);
        Confounder(MaritimeAlertKinds.Rendezvous, "close-passing-at-speed", low, t0 + (50 * Minute), t0 + (70 * Minute), other: high);
    }

}
