using Bolwerk.Geodesy;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Tracking;

namespace Bolwerk.Maritime.Simulation;

/// <summary>The injected behaviours, each in rotating hard variants, with their labels.</summary>
internal sealed partial class ScenarioBuilder
{
    private void AnchorDrag(int instance)
    {
        var variant = (instance % 4) switch
        {
            0 => "classic-zigzag-at-anchor",
            1 => "quarter-slowdown",
            2 => "dark-over-cable",
            _ => "along-cable",
        };
        var t0 = StartTime(TimeSpan.FromHours(5));
        var (asset, point, bearing) = _world.PointOnCable(_random, t0, t0 + (5 * 60 * Minute));
        var transit = variant == "dark-over-cable" ? 8.5 : Between(10, 13);
        var course = variant == "along-cable" ? bearing : bearing + 90 + Between(-25, 25);
        var slowStart = t0 + (80 * Minute);
        SimVessel vessel;
        if (variant == "dark-over-cable")
        {
            // Eagle S: 8.5 kn, then 6.3 kn for 35 min, then silent 90 min covering 3 nm, then 7–8 kn.
            var before = Metres(transit, 80) + Metres(6.3, 35) + Metres(2, 45);
            vessel = Vessel(Straight(point, course, before), transit, 80 + _random.Next(10), t0, slowStart + (185 * Minute));
            vessel.Phases.Add(new SimPhase(slowStart, slowStart + (35 * Minute)) { Knots = 6.3 });
            vessel.Phases.Add(new SimPhase(slowStart + (35 * Minute), slowStart + (125 * Minute)) { Knots = 2, Silent = true });
            vessel.Phases.Add(new SimPhase(slowStart + (125 * Minute), slowStart + (185 * Minute)) { Knots = 7.5 });
            Label(MaritimeAlertKinds.AnchorDrag, variant, vessel.Mmsi, slowStart, slowStart + (125 * Minute), asset.Id);
            Label(MaritimeAlertKinds.AisGap, "dark-drag-over-cable", vessel.Mmsi, slowStart + (35 * Minute), slowStart + (125 * Minute), asset.Id);
        }
        else
        {
            var fraction = variant switch { "classic-zigzag-at-anchor" => 0.6, "quarter-slowdown" => 0.75, _ => 0.7 };
            var slowMinutes = Between(45, 70);
            var slow = transit * fraction;
            var before = Metres(transit, 80) + Metres(slow, slowMinutes / 2);
            vessel = Vessel(Straight(point, course, before), transit, _random.Next(2) == 0 ? 70 + _random.Next(10) : 80 + _random.Next(10), t0, slowStart + (long)((slowMinutes + 60) * Minute));
            var classic = variant == "classic-zigzag-at-anchor";
            vessel.Phases.Add(new SimPhase(slowStart, slowStart + (long)(slowMinutes * Minute))
            {
                Knots = slow,
                ZigZagDegrees = classic ? 8 : 0,
                Status = classic ? TrackPoint.AtAnchor : null,
            });
            Label(MaritimeAlertKinds.AnchorDrag, variant, vessel.Mmsi, slowStart, slowStart + (long)(slowMinutes * Minute), asset.Id);
        }

        Vessels.Add(vessel);
    }

    private void Loitering(int instance)
    {
        var variant = instance % 2 == 0 ? "at-anchor-on-cable" : "drifting-along-cable";
        var t0 = StartTime(TimeSpan.FromHours(7));
        var (asset, point, bearing) = _world.PointOnCable(_random, t0, t0 + (7 * 60 * Minute));
        var course = Between(0, 360);
        var arrive = t0 + (40 * Minute);
        var stay = (long)(Between(3, 5) * 60 * Minute);
        var vessel = Vessel(Straight(point, course, Metres(10, 40), Metres(10, 60)), 10, 70 + _random.Next(20), t0, arrive + stay + (40 * Minute));
        if (variant == "at-anchor-on-cable")
        {
            vessel.Phases.Add(new SimPhase(arrive, arrive + stay) { Knots = 0.05, Status = TrackPoint.AtAnchor, Course = bearing });
        }
        else
        {
            // Back and forth along the cable at about a knot, 20 minutes each way.
            for (long t = arrive, leg = 0; t < arrive + stay; t += 20 * Minute, leg++)
            {
                vessel.Phases.Add(new SimPhase(t, Math.Min(arrive + stay, t + (20 * Minute))) { Knots = 1.0, Course = leg % 2 == 0 ? bearing : bearing + 180 });
            }
        }

        Label(MaritimeAlertKinds.InfrastructureLoitering, variant, vessel.Mmsi, arrive, arrive + stay, asset.Id);
        Vessels.Add(vessel);
    }

    private void AisGap(int instance)
    {
        if (instance % 2 == 0)
        {
            var dark = (long)(Between(2.5, 5) * 60 * Minute);
            var vessel = LaneVessel(TimeSpan.FromMilliseconds((120 * Minute) + dark));
            var t0 = vessel.ActiveFromMs;
            vessel.Phases.Add(new SimPhase(t0 + (60 * Minute), t0 + (60 * Minute) + dark) { Silent = true });
            Label(MaritimeAlertKinds.AisGap, "dark-at-sea", vessel.Mmsi, t0 + (60 * Minute), t0 + (60 * Minute) + dark);
            Vessels.Add(vessel);
        }
        else
        {
            var t0 = StartTime(TimeSpan.FromHours(5));
            var (asset, point, bearing) = _world.PointOnCable(_random, t0, t0 + (5 * 60 * Minute));
            var vessel = Vessel(Straight(point, bearing + 90 + Between(-30, 30), Metres(10, 120)), 10, 80 + _random.Next(10), t0, t0 + (240 * Minute));
            vessel.Phases.Add(new SimPhase(t0 + (60 * Minute), t0 + (180 * Minute)) { Silent = true });
            Label(MaritimeAlertKinds.AisGap, "dark-over-cable", vessel.Mmsi, t0 + (60 * Minute), t0 + (180 * Minute), asset.Id);
            Vessels.Add(vessel);
        }
    }

    private void PositionJump(int instance)
    {
        var vessel = LaneVessel(TimeSpan.FromHours(4));
        var at = vessel.ActiveFromMs + (long)(Between(60, 120) * Minute);
        var reports = 1 + (instance % 3);
        var distance = Between(20_000, 80_000);
        var direction = Between(0, 2 * Math.PI);
        vessel.Phases.Add(new SimPhase(at, at + (reports * 10_000) - 1) { Displacement = (distance * Math.Sin(direction), distance * Math.Cos(direction)) });
        Label(MaritimeAlertKinds.PositionJump, $"{reports}-report-excursion", vessel.Mmsi, at, at + (reports * 10_000));
        Vessels.Add(vessel);
    }

    private void IdentityConflict(int instance)
    {
        var variant = (instance % 5) switch
        {
            0 => "shared-mmsi",
            1 => "bad-imo-check-digit",
            2 => "unallocated-mid",
            3 => "name-flip-flop",
            _ => "shared-imo",
        };
        switch (variant)
        {
            case "shared-mmsi":
                {
                    var first = LaneVessel(TimeSpan.FromHours(4));
                    var from = first.ActiveFromMs + (60 * Minute);
                    var second = LaneVessel(TimeSpan.FromHours(2), mmsi: first.Mmsi, from: from, to: from + (90 * Minute));
                    Vessels.Add(first);
                    Vessels.Add(second);
                    Label(MaritimeAlertKinds.IdentityConflict, variant, first.Mmsi, from, from + (90 * Minute));
                    break;
                }

            case "bad-imo-check-digit":
                {
                    var vessel = LaneVessel(TimeSpan.FromHours(3), imo: _ids.BadImo());
                    Vessels.Add(vessel);
                    Label(MaritimeAlertKinds.IdentityConflict, variant, vessel.Mmsi, vessel.ActiveFromMs, vessel.ActiveFromMs + (15 * Minute));
                    break;
                }

            case "unallocated-mid":
                {
                    var vessel = LaneVessel(TimeSpan.FromHours(3), mmsi: _ids.Mmsi(222));
                    Vessels.Add(vessel);
                    Label(MaritimeAlertKinds.IdentityConflict, variant, vessel.Mmsi, vessel.ActiveFromMs, vessel.ActiveFromMs + (15 * Minute));
                    break;
                }

            case "shared-imo":
                {
                    // A second ship with its own MMSI broadcasting the first one's IMO, at the same time.
                    var first = LaneVessel(TimeSpan.FromHours(4));
                    var from = first.ActiveFromMs + (60 * Minute);
                    var second = LaneVessel(TimeSpan.FromHours(2), imo: first.Imo, from: from, to: from + (90 * Minute));
                    Vessels.Add(first);
                    Vessels.Add(second);
                    var (low, high) = first.Mmsi < second.Mmsi ? (first.Mmsi, second.Mmsi) : (second.Mmsi, first.Mmsi);
                    Label(MaritimeAlertKinds.IdentityConflict, variant, low, from, from + (90 * Minute), other: high);
                    break;
                }

            default:
                {
                    var vessel = LaneVessel(TimeSpan.FromHours(3));
                    vessel.Phases.Add(new SimPhase(vessel.ActiveFromMs, vessel.ActiveFromMs + (60 * Minute)) { AlternateNames = [vessel.Name, _ids.Name()] });
                    Vessels.Add(vessel);
                    Label(MaritimeAlertKinds.IdentityConflict, variant, vessel.Mmsi, vessel.ActiveFromMs, vessel.ActiveFromMs + (60 * Minute));
                    break;
                }
        }
    }

    private void Rendezvous(int instance)
    {
        GeoPoint meeting;
        var attempts = 0;
        do
        {
            var (_, _, point, bearing) = _world.PointOnLane(_random);
            meeting = SphericalGeodesy.Destination(point, bearing + 90, Between(4_000, 8_000) * (_random.Next(2) == 0 ? 1 : -1));
        }
        while (++attempts < 100 && (_world.DistanceToAnchorage(meeting) < 15_000 || _world.DistanceToCorridor(meeting) < 5_000));

        var t0 = StartTime(TimeSpan.FromHours(8));
        var arrive = t0 + (60 * Minute);
        var stay = (long)(Between(2.5, 5) * 60 * Minute);
        var drift = Between(0, 360);
        var apart = Between(120, 320);
        var alongside = SphericalGeodesy.Destination(meeting, drift + 90, apart);
        var courseA = Between(0, 360);
        var a = Vessel(Straight(meeting, courseA, Metres(10, 60), Metres(10, 120)), 10, 80 + _random.Next(10), t0, arrive + stay + (60 * Minute));
        var b = Vessel(Straight(alongside, courseA + 140, Metres(10, 60), Metres(10, 120)), 10, instance % 2 == 0 ? 80 + _random.Next(10) : 70 + _random.Next(10), t0, arrive + stay + (60 * Minute));
        foreach (var vessel in new[] { a, b })
        {
            vessel.Phases.Add(new SimPhase(arrive, arrive + stay) { Knots = 0.4, Course = drift });
            Vessels.Add(vessel);
        }

        var (low, high) = a.Mmsi < b.Mmsi ? (a.Mmsi, b.Mmsi) : (b.Mmsi, a.Mmsi);
        Label(MaritimeAlertKinds.Rendezvous, instance % 2 == 0 ? "tankers-drifting" : "tanker-and-cargo-drifting", low, arrive, arrive + stay, other: high);
    }

    private void WatchListedVessel(int instance)
    {
        var vessel = Background(merchant: true);
        Vessels.Add(vessel);
        WatchListed.Add((vessel, instance % 3 != 2));
    }

    private SimVessel LaneVessel(TimeSpan needed, uint? mmsi = null, int? imo = null, long? from = null, long? to = null)
    {
        // A lane stretch long enough to sail for the whole time needed, so the staged behaviour happens at sea.
        var knots = Between(10, 14);
        var neededMetres = Metres(knots, needed.TotalMinutes + 30);
        List<GeoPoint> route;
        var attempts = 0;
        do
        {
            var (lane, segment, point, _) = _world.PointOnLane(_random);
            var forward = lane.Count - segment > segment;
            route = [point, .. forward ? lane.Skip(segment + 1) : lane.Take(segment + 1).Reverse()];
        }
        while (++attempts < 500 && PathMetres(route) < neededMetres);

        var start = from ?? StartTime(needed);
        return Vessel(Offset(route, (_random.NextDouble() - 0.5) * 2_000), knots, 70 + _random.Next(20), start, to ?? start + (long)needed.TotalMilliseconds, mmsi: mmsi, imo: imo);
    }

    private static double PathMetres(List<GeoPoint> route) =>
        route.Zip(route.Skip(1), SphericalGeodesy.DistanceMetres).Sum();
}
