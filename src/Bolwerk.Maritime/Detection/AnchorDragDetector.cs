using System.Globalization;
using Bolwerk.Geodesy;
using Bolwerk.Maritime.Tracking;

namespace Bolwerk.Maritime.Detection;

/// <summary>
/// anchor-drag: a merchant ship (or one whose type is unknown) whose speed falls to a fraction of
/// its own transit speed an hour earlier, without stopping, for at least a quarter of an hour,
/// and whose track in that stretch touches a cable or pipeline corridor. Speed alone does not
/// discriminate ("plenty of traffic slows down"), so the corridor is required and heading
/// zig-zag, "at anchor" while moving, a silence inside the stretch and a watch-list hit raise
/// the score. Slow-downs that end in an anchorage, and ships at work (restricted manoeuvrability,
/// fishing, tugs, dredgers), are explained and not reported.
/// </summary>
internal sealed class AnchorDragDetector(DetectorContext context)
{
    private const long MinuteMs = 60_000;
    private readonly AnchorDragOptions _options = context.Options.AnchorDrag;

    /// <summary>Called for every accepted position, after the vessel's speed ring has it and before <see cref="VesselState.Last"/> moves on.</summary>
    public void Observe(VesselState vessel, in TrackPoint previous, bool hasPrevious, in TrackPoint point)
    {
        if (!IsEligible(vessel))
        {
            return;
        }

        var minute = point.TimeMs / MinuteMs;
        if (hasPrevious && point.TimeMs - previous.TimeMs >= 5 * MinuteMs)
        {
            ObserveSilence(vessel, previous, point);
        }

        // Judge each finished minute once, when the first report of a later minute arrives.
        if (vessel.LastAnchorDragMinute != long.MinValue && minute > vessel.LastAnchorDragMinute)
        {
            var from = Math.Max(vessel.LastAnchorDragMinute, minute - MinuteSpeeds.Capacity);
            for (var m = from; m < minute; m++)
            {
                JudgeMinute(vessel, m, previous);
            }
        }

        vessel.LastAnchorDragMinute = minute;
        if (vessel.AnchorDrag is { } episode)
        {
            AddToEpisode(episode, hasPrevious ? previous : point, point);
        }
    }

    /// <summary>Ends the open episode at the end of the input.</summary>
    public void Complete(VesselState vessel)
    {
        if (vessel.AnchorDrag is not null)
        {
            Close(vessel);
        }
    }

    private void JudgeMinute(VesselState vessel, long minute, in TrackPoint previous)
    {
        var mean = vessel.Speeds.MeanAt(minute);
        var episode = vessel.AnchorDrag;
        if (float.IsNaN(mean))
        {
            return;
        }

        if (episode is null)
        {
            var baseline = Baseline(vessel, minute);
            if (IsReduced(mean, baseline))
            {
                var start = new AnchorDragEpisode(Math.Max(minute * MinuteMs, vessel.FirstTimeMs), baseline);
                vessel.AnchorDrag = start;
                start.ReducedMinutes = 1;
                start.ReportedReducedMinutes = 1;
                start.LastReducedMs = previous.TimeMs;
                AddToEpisode(start, previous, previous);
            }

            return;
        }

        if (IsReduced(mean, episode.BaselineKnots))
        {
            episode.ReducedMinutes++;
            episode.ReportedReducedMinutes++;
            episode.RecoveryMinutes = 0;
            episode.LastReducedMs = Math.Max(episode.LastReducedMs, Math.Min(previous.TimeMs, ((minute + 1) * MinuteMs) - 1));
        }
        else if (++episode.RecoveryMinutes >= _options.RecoveryMinutes)
        {
            Close(vessel);
        }
    }

    // A silence whose distance implies reduced speed counts as reduced time: the dragger that
    // goes dark over the cable (Eagle S: 3 nm in 1.5 h) is slow in the silence, not in its reports.
    private void ObserveSilence(VesselState vessel, in TrackPoint before, in TrackPoint after)
    {
        var elapsedMs = after.TimeMs - before.TimeMs;
        if (elapsedMs > _options.MaximumGapMinutes * MinuteMs)
        {
            if (vessel.AnchorDrag is not null)
            {
                Close(vessel);
            }

            return;
        }

        var metres = SphericalGeodesy.DistanceMetres(new GeoPoint(before.Latitude, before.Longitude), new GeoPoint(after.Latitude, after.Longitude));
        var impliedKnots = (float)(metres / 1852.0 / (elapsedMs / 3_600_000.0));
        var episode = vessel.AnchorDrag;
        if (episode is null)
        {
            var baseline = Baseline(vessel, before.TimeMs / MinuteMs);
            if (!IsReducedSilence(impliedKnots, baseline))
            {
                return;
            }

            episode = new AnchorDragEpisode(before.TimeMs, baseline) { OpenedBySilence = true };
            vessel.AnchorDrag = episode;
            AddToEpisode(episode, before, before);
        }

        if (IsReducedSilence(impliedKnots, episode.BaselineKnots))
        {
            episode.ReducedMinutes += (int)(elapsedMs / MinuteMs);
            episode.LastReducedMs = after.TimeMs;
            episode.RecoveryMinutes = 0;
        }

        episode.LongestGapMs = Math.Max(episode.LongestGapMs, elapsedMs);
        var crossed = context.Proximity.NearestCorridorAlong(before.Longitude, before.Latitude, after.Longitude, after.Latitude, context.Options.Corridor.BufferMetres);
        if (crossed is { } hit && (episode.Corridor is null || hit.Metres < episode.Corridor.Value.Metres))
        {
            episode.Corridor = hit;
        }
    }

    private void AddToEpisode(AnchorDragEpisode episode, in TrackPoint previous, in TrackPoint point)
    {
        episode.Evidence.Add(point);
        episode.LastPoint = point;
        if (point.HasSpeed)
        {
            episode.SpeedSum += point.SpeedKnots;
            episode.SpeedCount++;
        }

        episode.Oscillation.Add(point.Heading >= 0 ? point.Heading : point.CourseDegrees);
        // "At anchor" above a knot: the anchor is down and not holding (notes: > 1 kn).
        if (point.Status == TrackPoint.AtAnchor && point.SpeedKnots > 1.0f)
        {
            episode.AtAnchorWhileMoving++;
        }

        if (point.Status is TrackPoint.RestrictedManoeuvrability or TrackPoint.EngagedInFishing)
        {
            episode.WorkingStatus++;
        }

        var near = context.Proximity.NearestCorridor(point.Longitude, point.Latitude, context.Options.Corridor.BufferMetres);
        if (near is { } hit)
        {
            episode.InCorridor++;
            if (episode.Corridor is null || hit.Metres < episode.Corridor.Value.Metres)
            {
                episode.Corridor = hit;
            }
        }
        else if (episode.Corridor is null && SphericalGeodesy.DistanceMetres(new GeoPoint(previous.Latitude, previous.Longitude), new GeoPoint(point.Latitude, point.Longitude)) > 500)
        {
            episode.Corridor = context.Proximity.NearestCorridorAlong(previous.Longitude, previous.Latitude, point.Longitude, point.Latitude, context.Options.Corridor.BufferMetres);
        }
    }

    private void Close(VesselState vessel)
    {
        var episode = vessel.AnchorDrag!;
        vessel.AnchorDrag = null;
        var durationMs = episode.LastReducedMs - episode.StartMs;
        if (episode.Corridor is not { } corridor
            || durationMs < _options.MinimumMinutes * MinuteMs
            || episode.Evidence.Count < _options.MinimumPositions
            || episode.ReportedReducedMinutes < _options.MinimumReportedMinutes
            || episode.WorkingStatus * 2 > episode.Evidence.Count)
        {
            return;
        }

        // Ships slowing into a designated anchorage, or to a quay, are doing what those are for.
        var end = episode.LastPoint;
        if (end.Status == TrackPoint.Moored || context.Proximity.NearestAnchorage(end.Longitude, end.Latitude, context.Options.Corridor.AnchorageExclusionMetres) is not null)
        {
            return;
        }

        var meanKnots = episode.SpeedCount > 0 ? episode.SpeedSum / episode.SpeedCount : double.NaN;
        var reasons = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{DetectorContext.Describe(vessel)} slowed from a transit speed of {DetectorContext.F(episode.BaselineKnots)} kn to {(double.IsNaN(meanKnots) ? "an implied" : DetectorContext.F(meanKnots))} kn (≤ {DetectorContext.F(_options.ReducedFraction * 100, 0)} % of transit, not stopped) for {DetectorContext.Duration(durationMs)}"),
            string.Create(CultureInfo.InvariantCulture, $"its track came within {DetectorContext.F(corridor.Metres, 0)} m of {corridor.Asset.Kind.ToString().ToLowerInvariant()} {corridor.Asset.Id}{(corridor.Asset.Name is { } name ? $" ({name})" : string.Empty)}"),
        };
        var score = 0.55;
        if (episode.Oscillation.Score >= 0.3)
        {
            score += 0.15;
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"heading zig-zag: {episode.Oscillation.Reversals} reversals in {episode.Oscillation.Changes} heading changes"));
        }

        if (episode.AtAnchorWhileMoving > 0)
        {
            score += 0.15;
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"reported 'at anchor' while moving in {episode.AtAnchorWhileMoving} positions"));
        }

        if (episode.LongestGapMs >= 10 * MinuteMs)
        {
            score += 0.1;
            reasons.Add($"went silent for {DetectorContext.Duration(episode.LongestGapMs)} inside the stretch");
        }

        if (vessel.Identity.ShipType is null)
        {
            reasons.Add("ship type unknown (no static report)");
        }

        if (context.IsWatchListed(vessel))
        {
            score += 0.1;
            reasons.Add("vessel is on the watch list");
        }

        context.Raise(DetectorContext.Alert(MaritimeAlertKinds.AnchorDrag, vessel, episode.StartMs, episode.LastReducedMs, score, string.Join("; ", reasons)) with
        {
            AssetId = corridor.Asset.Id,
            AssetName = corridor.Asset.Name,
            Evidence = episode.Evidence.ToList(),
            Thresholds = new Dictionary<string, double>
            {
                ["reducedFraction"] = _options.ReducedFraction,
                ["minimumSpeedKnots"] = _options.MinimumSpeedKnots,
                ["minimumMinutes"] = _options.MinimumMinutes,
                ["corridorBufferMetres"] = context.Options.Corridor.BufferMetres,
                ["baselineKnots"] = Math.Round(episode.BaselineKnots, 2),
            },
        });
    }

    private float Baseline(VesselState vessel, long minute) =>
        vessel.Speeds.Median(minute - _options.BaselineFromMinutesAgo, minute - _options.BaselineToMinutesAgo, _options.BaselineMinimumMinutes);

    private bool IsReducedSilence(float impliedKnots, float baseline) =>
        !float.IsNaN(baseline) && baseline >= _options.MinimumBaselineKnots && impliedKnots >= _options.MinimumSilenceSpeedKnots && impliedKnots <= _options.ReducedFraction * baseline;

    private bool IsReduced(float knots, float baseline) =>
        !float.IsNaN(baseline) && baseline >= _options.MinimumBaselineKnots && knots >= _options.MinimumSpeedKnots && knots <= _options.ReducedFraction * baseline;

    // Tugs, towing, dredgers, divers, pilots and fishing vessels slow down over cables for a living.
    private static bool IsEligible(VesselState vessel) => vessel.Identity.ShipType is null or 0 || vessel.Identity.IsMerchant;
}
