using System.Globalization;
using Bolwerk.Geodesy;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Infrastructure;
using Bolwerk.Maritime.Tracking;
using NetTopologySuite.Geometries;

namespace Bolwerk.Maritime.Forensics;

/// <summary>
/// Who was there when the asset failed. Collects the positions a <see cref="MaritimeWatch"/>
/// accepts (so spoofed excursions are already set aside) and the alerts it raises, then walks
/// every vessel's track through the window, <em>interpolating across AIS silences</em> — a ship
/// that went dark while crossing the asset has no position near it, yet its straight passage
/// between the last report before and the first after does cross it — and ranks the vessels by
/// weighted evidence (<see cref="ForensicWeights"/>), each reason stated in words and numbers.
/// </summary>
public sealed class ForensicAnalysis
{
    private const double KeepWithinMetres = 150_000;
    private const long SilenceMs = 10 * 60_000;
    private static readonly TimeSpan Padding = TimeSpan.FromHours(6);
    private readonly ForensicQuery _query;
    private readonly ForensicWeights _weights;
    private readonly AssetIndex _asset;
    private readonly Envelope _near;
    private readonly Envelope _kept;
    private readonly Dictionary<uint, List<TrackPoint>> _tracks = [];
    private readonly Dictionary<uint, List<MaritimeAlert>> _alerts = [];
    private readonly long _keepFromMs;
    private readonly long _keepToMs;

    /// <summary>Prepares the analysis of <paramref name="query"/>.</summary>
    public ForensicAnalysis(ForensicQuery query, ForensicWeights? weights = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        _query = query;
        _weights = weights ?? new ForensicWeights();
        _asset = new AssetIndex([query.Asset]);
        var target = query.FaultPosition is { } p ? new Envelope(p.Longitude, p.Longitude, p.Latitude, p.Latitude) : query.Asset.Geometry.EnvelopeInternal;
        _near = Expand(target, query.RadiusMetres);
        _kept = Expand(target, KeepWithinMetres);
        _keepFromMs = (query.From - Padding).ToUnixTimeMilliseconds();
        _keepToMs = (query.To + Padding).ToUnixTimeMilliseconds();
    }

    /// <summary>For <see cref="MaritimeWatch.Accepted"/>: keeps positions in the padded window within 150 km of the target.</summary>
    public void Accept(uint mmsi, TrackPoint point)
    {
        if (point.TimeMs < _keepFromMs || point.TimeMs > _keepToMs || !_kept.Contains(point.Longitude, point.Latitude))
        {
            return;
        }

        if (!_tracks.TryGetValue(mmsi, out var track))
        {
            track = [];
            _tracks[mmsi] = track;
        }

        track.Add(point);
    }

    /// <summary>For the watch's alert sink: keeps every alert (prior alerts are evidence).</summary>
    public void Alert(MaritimeAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (!_alerts.TryGetValue(alert.Mmsi, out var list))
        {
            list = [];
            _alerts[alert.Mmsi] = list;
        }

        list.Add(alert);
    }

    /// <summary>The box within <paramref name="metres"/> of the target.</summary>
    public (double West, double South, double East, double North) AreaWithin(double metres)
    {
        var box = Expand(_query.FaultPosition is { } p ? new Envelope(p.Longitude, p.Longitude, p.Latitude, p.Latitude) : _query.Asset.Geometry.EnvelopeInternal, metres);
        return (box.MinX, box.MinY, box.MaxX, box.MaxY);
    }

    /// <summary>Metres from <paramref name="point"/> to the target, or +∞ beyond <paramref name="limit"/>.</summary>
    public double DistanceToTarget(GeoPoint point, double limit) => Distance(point.Longitude, point.Latitude, limit);

    /// <summary>The time span whose positions the analysis needs (the window with 6 h either side, to interpolate across silences).</summary>
    public (DateTimeOffset From, DateTimeOffset To) Span => (DateTimeOffset.FromUnixTimeMilliseconds(_keepFromMs), DateTimeOffset.FromUnixTimeMilliseconds(_keepToMs));

    /// <summary>Ranks the vessels that came within the radius, best first, and states the coverage.</summary>
    public (IReadOnlyList<ForensicCandidate> Candidates, ForensicCoverage Coverage) Rank(IReadOnlyDictionary<uint, VesselState> vessels, Func<uint, bool> isWatchListed)
    {
        ArgumentNullException.ThrowIfNull(vessels);
        return Rank(mmsi => vessels.TryGetValue(mmsi, out var vessel) ? vessel.Identity : null, isWatchListed);
    }

    /// <summary>Ranks the vessels, taking names and IMO numbers from <paramref name="identityOf"/> (e.g. the stored vessels).</summary>
    public (IReadOnlyList<ForensicCandidate> Candidates, ForensicCoverage Coverage) Rank(Func<uint, VesselIdentity?> identityOf, Func<uint, bool> isWatchListed)
    {
        ArgumentNullException.ThrowIfNull(identityOf);
        ArgumentNullException.ThrowIfNull(isWatchListed);
        var candidates = new List<ForensicCandidate>();
        foreach (var (mmsi, track) in _tracks.OrderBy(pair => pair.Key))
        {
            if (Evaluate(mmsi, track, identityOf(mmsi), isWatchListed(mmsi)) is { } candidate)
            {
                candidates.Add(candidate);
            }
        }

        var ranked = candidates.OrderByDescending(c => c.Score).ThenBy(c => c.ClosestApproachMeters).ThenBy(c => c.Mmsi)
            .Select((c, i) => c with { Rank = i + 1 }).ToList();
        return (ranked, Coverage());
    }

    private ForensicCandidate? Evaluate(uint mmsi, List<TrackPoint> track, VesselIdentity? identity, bool listed)
    {
        var from = _query.From.ToUnixTimeMilliseconds();
        var to = _query.To.ToUnixTimeMilliseconds();
        var radius = _query.RadiusMetres;
        double closest = double.MaxValue, nearMs = 0, longestDarkMs = 0;
        long closestAt = 0;
        var closestInterpolated = false;
        var nearSpeeds = new List<double>();
        var otherSpeeds = new List<double>();
        var oscillation = new HeadingOscillation();
        var atAnchorMoving = 0;
        for (var i = 0; i < track.Count; i++)
        {
            var a = track[i];
            if (a.TimeMs >= from && a.TimeMs <= to && a.HasSpeed)
            {
                var d = Distance(a.Longitude, a.Latitude);
                (d <= radius ? nearSpeeds : otherSpeeds).Add(a.SpeedKnots);
                if (d <= radius)
                {
                    oscillation.Add(a.Heading >= 0 ? a.Heading : a.CourseDegrees);
                    atAnchorMoving += a.Status == TrackPoint.AtAnchor && a.SpeedKnots > 1 ? 1 : 0;
                }
            }

            if (i + 1 == track.Count)
            {
                break;
            }

            var b = track[i + 1];
            if (b.TimeMs < from || a.TimeMs > to || !SegmentMayBeNear(a, b))
            {
                continue;
            }

            // Walk the straight passage from a to b in steps of at most 30 s and 100 m.
            var elapsed = b.TimeMs - a.TimeMs;
            var metres = SphericalGeodesy.DistanceMetres(new GeoPoint(a.Latitude, a.Longitude), new GeoPoint(b.Latitude, b.Longitude));
            var steps = (int)Math.Clamp(Math.Max(elapsed / 30_000.0, metres / 100), 1, 4_000);
            var silent = elapsed >= SilenceMs;
            var darkNear = false;
            for (var s = 0; s < steps; s++)
            {
                var t = (s + 0.5) / steps;
                var time = a.TimeMs + (long)(elapsed * t);
                if (time < from || time > to)
                {
                    continue;
                }

                var d = Distance(a.Longitude + ((b.Longitude - a.Longitude) * t), a.Latitude + ((b.Latitude - a.Latitude) * t));
                if (d > radius)
                {
                    continue;
                }

                nearMs += elapsed / (double)steps;
                darkNear |= silent;
                if (d < closest)
                {
                    closest = d;
                    closestAt = time;
                    closestInterpolated = silent;
                }
            }

            if (darkNear)
            {
                longestDarkMs = Math.Max(longestDarkMs, elapsed);
                var impliedKnots = metres / 1852 / (elapsed / 3_600_000.0);
                nearSpeeds.Add(impliedKnots);
            }
        }

        if (closest > radius)
        {
            return null;
        }

        return Score(mmsi, track, identity, listed, closest, closestAt, closestInterpolated, nearMs / 60_000, longestDarkMs / 60_000, nearSpeeds, otherSpeeds, oscillation, atAnchorMoving);
    }

    private ForensicCandidate Score(
        uint mmsi, List<TrackPoint> track, VesselIdentity? identity, bool listed, double closest, long closestAt, bool interpolated, double minutesNear,
        double darkMinutes, List<double> nearSpeeds, List<double> otherSpeeds, HeadingOscillation oscillation, int atAnchorMoving)
    {
        var c = CultureInfo.InvariantCulture;
        var w = _weights;
        var evidence = new List<(double Weight, string Reason)>();
        var factors = new Dictionary<string, double>();
        void Factor(string name, double weight, double value, string reason)
        {
            factors[name] = Math.Round(value, 3);
            if (value > 0)
            {
                evidence.Add((weight * value, reason));
            }
        }

        var target = _query.FaultPosition is null ? $"{_query.Asset.Kind.ToString().ToLowerInvariant()} {_query.Asset.Id}{(_query.Asset.Name is { } n ? $" ({n})" : string.Empty)}" : "the estimated fault position";
        var closestTime = DateTimeOffset.FromUnixTimeMilliseconds(closestAt);
        Factor("proximity", w.Proximity, 1 - Math.Min(1, closest / _query.RadiusMetres),
            string.Create(c, $"came within {closest:0} m of {target} at {closestTime:yyyy-MM-dd HH:mm}Z{(interpolated ? " (interpolated across an AIS silence)" : string.Empty)}"));
        var hoursFromFault = Math.Abs((closestTime - _query.FaultTime).TotalHours);
        Factor("atFaultTime", w.AtFaultTime, Math.Pow(0.5, hoursFromFault / 2),
            string.Create(c, $"closest approach {hoursFromFault:0.0} h {(closestTime <= _query.FaultTime ? "before" : "after")} the fault"));
        Factor("dwell", w.Dwell, Math.Min(1, minutesNear / 60), string.Create(c, $"{minutesNear:0} min within {_query.RadiusMetres:0} m"));
        var nearKnots = nearSpeeds.Count > 0 ? nearSpeeds.Average() : double.NaN;
        var transit = Percentile(otherSpeeds, 0.9);
        if (!double.IsNaN(nearKnots) && !double.IsNaN(transit) && transit >= 3)
        {
            Factor("slowOverAsset", w.SlowOverAsset, Math.Clamp((1 - (nearKnots / transit)) / 0.5, 0, 1),
                string.Create(c, $"{nearKnots:0.0} kn near the asset against a transit speed of {transit:0.0} kn (90th percentile of its speeds elsewhere in the window; {(1 - (nearKnots / transit)) * 100:0} % slower)"));
        }

        Factor("darkOverAsset", w.DarkOverAsset, darkMinutes > 0 ? Math.Min(1, darkMinutes / 60) : 0,
            string.Create(c, $"AIS silent for {darkMinutes:0} min while its passage crossed within {_query.RadiusMetres:0} m"));
        var anchorSigns = Math.Max(oscillation.Score >= 0.3 ? 1 : 0, atAnchorMoving > 0 ? 1 : 0);
        Factor("anchorSigns", w.AnchorSigns, anchorSigns,
            string.Create(c, $"{(atAnchorMoving > 0 ? $"'at anchor' while moving in {atAnchorMoving} reports near the asset" : $"heading zig-zag near the asset ({oscillation.Reversals} reversals in {oscillation.Changes} changes)")}"));
        var alerts = _alerts.GetValueOrDefault(mmsi) ?? [];
        var behaviour = alerts.Where(a => a.Kind is MaritimeAlertKinds.AnchorDrag or MaritimeAlertKinds.InfrastructureLoitering && a.End >= _query.From && a.Start <= _query.To).ToList();
        Factor("watchAlerts", w.WatchAlerts, behaviour.Count > 0 ? (behaviour.Any(a => a.AssetId == _query.Asset.Id) ? 1 : 0.7) : 0,
            string.Join("; ", behaviour.Select(a => string.Create(c, $"watch alert {a.Kind} {a.Start:HH:mm}–{a.End:HH:mm}Z{(a.AssetId is { } id ? $" at {id}" : string.Empty)}"))));
        var conflicts = alerts.Count(a => a.Kind == MaritimeAlertKinds.IdentityConflict);
        var listing = listed ? 1 : conflicts > 0 ? 0.7 : 0;
        Factor("identityAndListing", w.IdentityAndListing, listing,
            listed ? "on the watch list" + (conflicts > 0 ? string.Create(c, $"; {conflicts} identity conflicts") : string.Empty) : string.Create(c, $"{conflicts} identity conflicts in the window"));

        var score = evidence.Sum(e => e.Weight) / w.Total;
        return new ForensicCandidate
        {
            Mmsi = mmsi,
            Name = identity?.Name,
            Imo = identity?.Imo,
            Score = Math.Round(Math.Clamp(score, 0, 1), 3),
            Reasons = [.. evidence.OrderByDescending(e => e.Weight).Select(e => e.Reason)],
            ClosestApproachMeters = Math.Round(closest, 1),
            ClosestApproachAt = closestTime,
            MinutesNearAsset = Math.Round(minutesNear, 1),
            ClosestApproachInterpolated = interpolated,
            Factors = factors,
            Track = [.. track.Where(p => p.TimeMs >= _query.From.ToUnixTimeMilliseconds() && p.TimeMs <= _query.To.ToUnixTimeMilliseconds())],
        };
    }

    private ForensicCoverage Coverage()
    {
        var from = (_query.FaultTime - TimeSpan.FromHours(1)).ToUnixTimeMilliseconds();
        var to = (_query.FaultTime + TimeSpan.FromHours(1)).ToUnixTimeMilliseconds();
        var wide = _query.RadiusMetres * 5;
        var positions = 0;
        var vessels = 0;
        foreach (var track in _tracks.Values)
        {
            var seen = track.Count(p => p.TimeMs >= from && p.TimeMs <= to && Distance(p.Longitude, p.Latitude, wide) <= wide);
            positions += seen;
            vessels += seen > 0 ? 1 : 0;
        }

        var thin = positions < 20;
        var statement = string.Create(CultureInfo.InvariantCulture,
            $"coverage: {positions} positions from {vessels} vessels within {wide / 1000:0.#} km of the {(_query.FaultPosition is null ? "asset" : "fault position")} in the hour either side of the fault{(thin ? " — THIN: no positions is not no suspects; vessels may have passed unseen" : string.Empty)}");
        return new ForensicCoverage(positions, vessels, thin, statement);
    }

    // Every report in the window asks this: outside the radius-expanded envelope
    // of the target the answer is "beyond" without an STR-tree query.
    private double Distance(double longitude, double latitude) =>
        _near.Contains(longitude, latitude) ? Distance(longitude, latitude, _query.RadiusMetres) : double.PositiveInfinity;

    // Metres to the target, or +∞ beyond the limit (the asset's STR-tree answers only near it).
    private double Distance(double longitude, double latitude, double limit)
    {
        if (!GeoPoint.TryCreate(latitude, longitude, out var point))
        {
            return double.PositiveInfinity;
        }

        if (_query.FaultPosition is { } fault)
        {
            return SphericalGeodesy.DistanceMetres(point, fault);
        }

        var within = _asset.Within(point, limit);
        return within.Count > 0 ? within[0].Metres : double.PositiveInfinity;
    }

    private bool SegmentMayBeNear(in TrackPoint a, in TrackPoint b) =>
        _near.Intersects(new Envelope(a.Longitude, b.Longitude, a.Latitude, b.Latitude));

    private static Envelope Expand(Envelope envelope, double metres)
    {
        var latitude = metres / LocalDistance.MetresPerDegree;
        var widest = Math.Min(89, Math.Max(Math.Abs(envelope.MinY), Math.Abs(envelope.MaxY)) + latitude);
        var longitude = Math.Min(180, metres / (LocalDistance.MetresPerDegree * Math.Cos(widest * Math.PI / 180)));
        return new Envelope(envelope.MinX - longitude, envelope.MaxX + longitude, envelope.MinY - latitude, envelope.MaxY + latitude);
    }

    // The transit speed is a high percentile, not the median: a ship that dragged for most of the
    // window (Yi Peng 3, 18 h) would otherwise be compared with its own dragging speed.
    private static double Percentile(List<double> values, double fraction)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(fraction * sorted.Count))];
    }
}
