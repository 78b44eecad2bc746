using System.Globalization;
using Bolwerk.Maritime.Tracking;

namespace Bolwerk.Maritime.Detection;

/// <summary>
/// infrastructure-loitering: slower than 2 kn within the radius of a cable or pipeline for at
/// least two hours (Global Fishing Watch's loitering rule, applied to a corridor), outside
/// designated anchorages — including a ship reporting "at anchor" on top of a cable. Ships at
/// work there (restricted manoeuvrability, underwater operations) are explained, not reported.
/// </summary>
internal sealed class InfrastructureLoiteringDetector(DetectorContext context)
{
    private const long MinuteMs = 60_000;
    private readonly LoiteringOptions _options = context.Options.Loitering;

    public void Observe(VesselState vessel, in TrackPoint point)
    {
        // Moored means alongside a quay: ports sit next to cable landings and are not loitering.
        var slow = point.HasSpeed ? point.SpeedKnots < _options.MaximumSpeedKnots : point.Status == TrackPoint.AtAnchor;
        var near = slow && point.Status != TrackPoint.Moored ? context.Proximity.NearestCorridor(point.Longitude, point.Latitude, _options.RadiusMetres) : null;
        var qualifies = near is not null && context.Proximity.NearestAnchorage(point.Longitude, point.Latitude, context.Options.Corridor.AnchorageExclusionMetres) is null;
        var episode = vessel.Loitering;
        var sinceLastMs = episode is null ? 0 : point.TimeMs - episode.LastMs;

        // Leaving (fast or away) for the break ends a stay; a reception silence alone does not,
        // unless it is longer than a silence the gap rule would report.
        if (episode is not null && ((!qualifies && sinceLastMs > _options.BreakMinutes * MinuteMs) || sinceLastMs > context.Options.AisGap.MinimumMinutes * MinuteMs))
        {
            Close(vessel);
            episode = null;
        }

        if (!qualifies || near is not { } hit)
        {
            return;
        }

        if (episode is null)
        {
            episode = new LoiteringEpisode(point.TimeMs, hit);
            vessel.Loitering = episode;
        }
        else if (hit.Metres < episode.Asset.Metres)
        {
            episode.Asset = hit;
        }

        episode.LastMs = point.TimeMs;
        episode.Evidence.Add(point);
        if (point.Status == TrackPoint.AtAnchor)
        {
            episode.AtAnchor++;
        }

        if (point.Status == TrackPoint.RestrictedManoeuvrability || vessel.Identity.ShipType == 33)
        {
            episode.Working++;
        }
    }

    public void Complete(VesselState vessel)
    {
        if (vessel.Loitering is not null)
        {
            Close(vessel);
        }
    }

    private void Close(VesselState vessel)
    {
        var episode = vessel.Loitering!;
        vessel.Loitering = null;
        var durationMs = episode.LastMs - episode.StartMs;
        if (durationMs < _options.MinimumMinutes * MinuteMs || episode.Working * 2 > episode.Evidence.Count)
        {
            return;
        }

        var asset = episode.Asset.Asset;
        var reasons = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{DetectorContext.Describe(vessel)} stayed below {DetectorContext.F(_options.MaximumSpeedKnots)} kn within {DetectorContext.F(episode.Asset.Metres, 0)} m of {asset.Kind.ToString().ToLowerInvariant()} {asset.Id}{(asset.Name is { } name ? $" ({name})" : string.Empty)} for {DetectorContext.Duration(durationMs)}, outside any designated anchorage"),
        };
        var score = 0.5 + (0.3 * Math.Min(1, (durationMs - (_options.MinimumMinutes * MinuteMs)) / (6.0 * 60 * MinuteMs)));
        if (episode.AtAnchor * 2 > episode.Evidence.Count)
        {
            score += 0.15;
            reasons.Add("reported 'at anchor' on top of the asset");
        }

        if (context.IsWatchListed(vessel))
        {
            score += 0.1;
            reasons.Add("vessel is on the watch list");
        }

        context.Raise(DetectorContext.Alert(MaritimeAlertKinds.InfrastructureLoitering, vessel, episode.StartMs, episode.LastMs, score, string.Join("; ", reasons)) with
        {
            AssetId = asset.Id,
            AssetName = asset.Name,
            Evidence = episode.Evidence.ToList(),
            Thresholds = new Dictionary<string, double>
            {
                ["maximumSpeedKnots"] = _options.MaximumSpeedKnots,
                ["radiusMetres"] = _options.RadiusMetres,
                ["minimumMinutes"] = _options.MinimumMinutes,
                ["anchorageExclusionMetres"] = context.Options.Corridor.AnchorageExclusionMetres,
            },
        });
    }
}
