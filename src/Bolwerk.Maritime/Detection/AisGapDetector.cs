using System.Globalization;
using Bolwerk.Geodesy;
using Bolwerk.Maritime.Snapshots;
using Bolwerk.Maritime.Tracking;

namespace Bolwerk.Maritime.Detection;

/// <summary>
/// ais-gap: a vessel that falls silent for longer than all of: an absolute floor (an hour by
/// default — innocent offshore silences of tens of minutes are common), twelve times its own
/// report interval, and twice the area's ordinary silences (learned). The distance between the
/// last and the next report must be coverable in the time (implied speed at most 30 kn);
/// otherwise the positions, not the radio, are wrong, and the track-consistency rule speaks.
/// Going dark over or near a cable or pipeline raises the score. Reported when the vessel
/// reappears: until then a silence is only a candidate.
/// </summary>
internal sealed class AisGapDetector(DetectorContext context)
{
    private const long MinuteMs = 60_000;
    private readonly AisGapOptions _options = context.Options.AisGap;
    private readonly AreaGapStatistics _areas = new(context.Options.AisGap.AreaCellDegrees);

    /// <summary>Called with the vessel's previous accepted position and the new one.</summary>
    public void Observe(VesselState vessel, in TrackPoint previous, in TrackPoint point)
    {
        var elapsedMs = point.TimeMs - previous.TimeMs;
        if (elapsedMs < _options.AreaLearnFromMinutes * MinuteMs)
        {
            return;
        }

        var minutes = elapsedMs / (double)MinuteMs;
        var areaP95 = _areas.Percentile95(previous.Longitude, previous.Latitude, _options.AreaMinimumSamples);
        if (minutes < _options.MinimumMinutes)
        {
            // Only ordinary silences (below the floor) teach the area: the dark periods this rule
            // looks for must not raise the bar for the next one in the same waters.
            _areas.Add(previous.Longitude, previous.Latitude, minutes);
            return;
        }

        var cadenceSeconds = vessel.Cadence.MedianSeconds();
        var threshold = _options.MinimumMinutes;
        if (!double.IsNaN(cadenceSeconds))
        {
            threshold = Math.Max(threshold, _options.CadenceMultiple * cadenceSeconds / 60);
        }

        if (!double.IsNaN(areaP95))
        {
            threshold = Math.Max(threshold, _options.AreaMultiple * areaP95);
        }

        if (minutes < threshold)
        {
            return;
        }

        var metres = SphericalGeodesy.DistanceMetres(new GeoPoint(previous.Latitude, previous.Longitude), new GeoPoint(point.Latitude, point.Longitude));
        var impliedKnots = metres / 1852.0 / (elapsedMs / 3_600_000.0);
        if (impliedKnots > _options.MaximumImpliedSpeedKnots)
        {
            return;
        }

        // A ship moored alongside that switches its set off has not gone dark at sea.
        if (previous.Status == TrackPoint.Moored && metres < 1_000)
        {
            return;
        }

        var buffer = context.Options.Corridor.BufferMetres;
        var asset = context.Proximity.NearestCorridorAlong(previous.Longitude, previous.Latitude, point.Longitude, point.Latitude, buffer);
        var reasons = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{DetectorContext.Describe(vessel)} sent no position for {DetectorContext.Duration(elapsedMs)} (threshold {DetectorContext.F(threshold, 0)} min: at least {DetectorContext.F(_options.MinimumMinutes, 0)} min, {DetectorContext.F(_options.CadenceMultiple, 0)}× its own {(double.IsNaN(cadenceSeconds) ? "unknown" : DetectorContext.F(cadenceSeconds, 0) + " s")} report interval{(double.IsNaN(areaP95) ? string.Empty : $", {DetectorContext.F(_options.AreaMultiple, 0)}× the area's 95th-percentile silence of {DetectorContext.F(areaP95, 0)} min")})"),
            string.Create(CultureInfo.InvariantCulture, $"it reappeared {DetectorContext.F(metres / 1852.0)} nm away (implied {DetectorContext.F(impliedKnots)} kn, plausible)"),
        };
        var score = 0.4 + (0.3 * Math.Min(1, (minutes - threshold) / Math.Max(1, _options.FullScoreMinutes - threshold)));
        if (asset is { } hit)
        {
            score += 0.3;
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"the silent stretch passes within {DetectorContext.F(hit.Metres, 0)} m of {hit.Asset.Kind.ToString().ToLowerInvariant()} {hit.Asset.Id}{(hit.Asset.Name is { } name ? $" ({name})" : string.Empty)}"));
        }

        if (context.IsWatchListed(vessel))
        {
            score += 0.1;
            reasons.Add("vessel is on the watch list");
        }

        context.Raise(DetectorContext.Alert(MaritimeAlertKinds.AisGap, vessel, previous.TimeMs, point.TimeMs, score, string.Join("; ", reasons)) with
        {
            AssetId = asset?.Asset.Id,
            AssetName = asset?.Asset.Name,
            Evidence = [previous, point],
            Thresholds = new Dictionary<string, double>
            {
                ["thresholdMinutes"] = Math.Round(threshold, 1),
                ["minimumMinutes"] = _options.MinimumMinutes,
                ["cadenceMultiple"] = _options.CadenceMultiple,
                ["areaMultiple"] = _options.AreaMultiple,
                ["maximumImpliedSpeedKnots"] = _options.MaximumImpliedSpeedKnots,
            },
        });
    }

    internal void WriteTo(WatchStateWriter writer) => _areas.WriteTo(writer);

    internal void ReadFrom(WatchStateReader reader) => _areas.ReadFrom(reader);
}
