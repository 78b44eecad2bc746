using System.Globalization;
using Bolwerk.Geodesy;
using Bolwerk.Maritime.Tracking;

namespace Bolwerk.Maritime.Detection;

/// <summary>
/// position-jump and the two-ship identity-conflict, from one question asked of every position:
/// could the vessel's accepted track have reached it (at most 50 kn plus a tolerance)? Positions
/// it could not reach start a second track. If the accepted track carries on and the second one
/// stays a short excursion, that was a jump (spoofing, manipulation). If the reports keep
/// alternating between two self-consistent tracks, two ships use one MMSI: one identity-conflict
/// for the episode, not a jump per switch. If the accepted track falls silent and the second one
/// carries on, the second becomes the track (the jump is reported once).
/// </summary>
internal sealed class TrackConsistencyDetector(DetectorContext context)
{
    private const long MinuteMs = 60_000;
    private const double KnotsToMetresPerMs = 1852.0 / 3_600_000.0;
    private readonly TrackConsistencyOptions _options = context.Options.TrackConsistency;

    /// <summary>True when <paramref name="point"/> belongs to the vessel's accepted track (and should move it on).</summary>
    public bool Accept(VesselState vessel, in TrackPoint point)
    {
        if (!vessel.HasPosition)
        {
            return true;
        }

        var timeoutMs = (long)(_options.TrackTimeoutMinutes * MinuteMs);
        var second = vessel.SecondTrack;
        if (second is not null && point.TimeMs - second.Last.TimeMs > timeoutMs)
        {
            Resolve(vessel);
            second = null;
        }

        var primary = vessel.Last;
        if (second is null && UpperBoundMetres(primary, point) <= Reach(primary, point))
        {
            // Measured hot path: almost every report is a few hundred metres from the last, which
            // a bound without trigonometry settles (2 M positions/s aim, docs/performance.md).
            return true;
        }

        var toPrimary = Metres(primary, point);
        var fromPrimary = toPrimary <= Reach(primary, point);
        if (second is null)
        {
            if (fromPrimary)
            {
                return true;
            }

            vessel.SecondTrack = Start(point, primary);
            return false;
        }

        var toSecond = Metres(second.Last, point);
        var fromSecond = toSecond <= Reach(second.Last, point);
        if (fromPrimary && (!fromSecond || toPrimary <= toSecond))
        {
            if (second.LastWasSecond)
            {
                second.Switches++;
                second.LastWasSecond = false;
            }

            second.PrimaryDuring++;
            second.LastInterleavedMs = point.TimeMs;
            return true;
        }

        if (!fromSecond)
        {
            // A third place: settle what the second track was and start again from here.
            Resolve(vessel);
            vessel.SecondTrack = Start(point, primary);
            return false;
        }

        if (!second.LastWasSecond)
        {
            second.Switches++;
            second.LastWasSecond = true;
        }

        second.Last = point;
        second.Count++;
        second.LastInterleavedMs = point.TimeMs;
        second.Evidence.Add(point);
        if (point.TimeMs - primary.TimeMs > timeoutMs && second.Count > _options.JumpMaximumPositions)
        {
            // The accepted track went quiet while this one carried on: this is the ship now.
            Resolve(vessel);
            return true;
        }

        return false;
    }

    /// <summary>Settles an open second track at the end of the input.</summary>
    public void Complete(VesselState vessel)
    {
        if (vessel.SecondTrack is not null)
        {
            Resolve(vessel);
        }
    }

    private static SecondTrack Start(in TrackPoint point, in TrackPoint primary)
    {
        var track = new SecondTrack(point, primary);
        track.Evidence.Add(primary);
        track.Evidence.Add(point);
        return track;
    }

    private void Resolve(VesselState vessel)
    {
        var second = vessel.SecondTrack!;
        vessel.SecondTrack = null;
        var apartMetres = Metres(second.PrimaryBefore, second.First);
        var elapsedMs = Math.Max(1, second.First.TimeMs - second.PrimaryBefore.TimeMs);
        var impliedKnots = apartMetres / KnotsToMetresPerMs / elapsedMs;
        var thresholds = new Dictionary<string, double>
        {
            ["maximumSpeedKnots"] = _options.MaximumSpeedKnots,
            ["toleranceMetres"] = _options.ToleranceMetres,
            ["conflictMinimumSwitches"] = _options.ConflictMinimumSwitches,
            ["jumpMaximumPositions"] = _options.JumpMaximumPositions,
        };
        // The other ship of a recent two-ship episode coming back is that episode, already reported.
        var recentConflict = vessel.LastConflictMs is { } lastConflict && second.First.TimeMs - lastConflict < (long)(_options.ConflictEpisodeHours * 60 * MinuteMs);
        var twoShips = second.Switches >= _options.ConflictMinimumSwitches && second.Count >= _options.ConflictMinimumPositions && second.PrimaryDuring >= 2;
        if (recentConflict && (twoShips || second.Count > _options.JumpMaximumPositions))
        {
            vessel.LastConflictMs = Math.Max(vessel.LastConflictMs!.Value, second.LastInterleavedMs);
            return;
        }

        if (twoShips)
        {
            vessel.LastConflictMs = second.LastInterleavedMs;
            var explanation = string.Create(CultureInfo.InvariantCulture,
                $"two ships transmit MMSI {vessel.Mmsi:D9} at once: reports alternate {second.Switches} times between two self-consistent tracks {DetectorContext.F(apartMetres / 1000)} km apart ({second.PrimaryDuring} and {second.Count} positions); moving between them would take {DetectorContext.F(impliedKnots, 0)} kn");
            context.Raise(DetectorContext.Alert(MaritimeAlertKinds.IdentityConflict, vessel, second.First.TimeMs, second.LastInterleavedMs, 0.9, explanation) with
            {
                Evidence = second.Evidence.ToList(),
                Thresholds = thresholds,
            });
            return;
        }

        var returned = second.PrimaryDuring > 0;
        var jump = string.Create(CultureInfo.InvariantCulture,
            $"{DetectorContext.Describe(vessel)} reported {second.Count} position{(second.Count == 1 ? string.Empty : "s")} {DetectorContext.F(apartMetres / 1000)} km from its track, {DetectorContext.Duration(elapsedMs)} after the previous report: {DetectorContext.F(impliedKnots, 0)} kn implied (limit {DetectorContext.F(_options.MaximumSpeedKnots, 0)} kn)");
        jump += returned ? "; the track then carried on where it was (excursion: spoofed or manipulated positions)" : "; the reports then continued from the new place";
        var score = 0.6 + (0.3 * Math.Min(1, apartMetres / 50_000)) + (returned ? 0.1 : 0);
        context.Raise(DetectorContext.Alert(MaritimeAlertKinds.PositionJump, vessel, second.First.TimeMs, second.Last.TimeMs, score, jump) with
        {
            Evidence = second.Evidence.ToList(),
            Thresholds = thresholds,
        });
    }

    private double Reach(in TrackPoint from, in TrackPoint to) =>
        _options.ToleranceMetres + (_options.MaximumSpeedKnots * KnotsToMetresPerMs * Math.Max(0, to.TimeMs - from.TimeMs));

    // |Δlat| + |Δlon| in degrees times metres per degree bounds the distance from above (the
    // L1 norm exceeds the L2 norm and a degree of longitude is never longer than one of latitude).
    private static double UpperBoundMetres(in TrackPoint a, in TrackPoint b) =>
        (Math.Abs(a.Latitude - b.Latitude) + Math.Abs(a.Longitude - b.Longitude)) * 111_200;

    private static double Metres(in TrackPoint a, in TrackPoint b) =>
        SphericalGeodesy.DistanceMetres(new GeoPoint(a.Latitude, a.Longitude), new GeoPoint(b.Latitude, b.Longitude));
}
