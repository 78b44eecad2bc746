using System.Globalization;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Forensics;
using Bolwerk.Maritime.Tracking;
using Bolwerk.Storage.Alerts;
using Bolwerk.Storage.Tracks;

namespace Bolwerk.Host.Maritime;

/// <summary>
/// A forensic query answered from the database instead of files: the stored positions around the
/// target in the padded window (one range read per grid column), the stored maritime alerts of the
/// window (prior alerts, identity conflicts, watch-list matches) and the stored vessel identities.
/// </summary>
internal sealed class StoredForensics(TrackStore tracks, AlertStore alerts)
{
    /// <param name="query">The fault.</param>
    /// <param name="mayRead">Which stored alerts may count as evidence (the API passes the caller's marking rights; the CLI, which holds the database, all).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<(IReadOnlyList<ForensicCandidate> Candidates, ForensicCoverage Coverage, int Positions)> RankAsync(ForensicQuery query, Func<StoredAlert, bool>? mayRead, CancellationToken cancellationToken)
    {
        var analysis = new ForensicAnalysis(query);
        var (from, to) = analysis.Span;

        // Two reads instead of every position in 150 km: the vessels present within 30 km of the
        // target in the window (PostGIS on PostgreSQL, the grid cells along the target on SQLite),
        // then those vessels' tracks of the padded window (by the
        // primary key) — in full along the target, one report a minute elsewhere — so a silence that
        // starts and ends far out is still interpolated.
        var (west, south, east, north) = analysis.AreaWithin(30_000);
        var along = TrackGrid.CellsOfBox(west, south, east, north)
            .Where(cell => analysis.DistanceToTarget(TrackGrid.Centre(cell), 30_000) <= 30_000).ToList();
        var near = TrackGrid.CellsOfBox(west, south, east, north)
            .Where(cell => analysis.DistanceToTarget(TrackGrid.Centre(cell), query.RadiusMetres + 9_000) <= query.RadiusMetres + 9_000).ToList();
        var target = query.FaultPosition is { } fault
            ? string.Create(CultureInfo.InvariantCulture, $"POINT({fault.Longitude:R} {fault.Latitude:R})")
            : query.Asset.Geometry.AsText();
        var present = await tracks.VesselsNearTargetAsync(target, 30_000, (west, south, east, north), along, query.From, query.To, cancellationToken);
        var positions = await tracks.TracksAsync(present, from, to, near, cancellationToken);
        foreach (var p in positions)
        {
            analysis.Accept(p.Mmsi, new TrackPoint(p.Time.ToUnixTimeMilliseconds(), p.Longitude, p.Latitude,
                p.SpeedKnots is { } sog ? (float)sog : float.NaN, p.CourseDegrees is { } cog ? (float)cog : float.NaN, (short)(p.Heading ?? -1), (byte)p.Status));
        }

        var listed = new HashSet<uint>();
        foreach (var stored in await alerts.ListObservedAsync("maritime.", from, to, cancellationToken))
        {
            if (mayRead is not null && !mayRead(stored))
            {
                continue; // an alert the caller may not read must not shape (or be named in) the ranking they see
            }

            if (stored.Alert.Subject is not { } subject || !subject.StartsWith("mmsi:", StringComparison.Ordinal) || !uint.TryParse(subject.AsSpan(5), out var mmsi))
            {
                continue;
            }

            var kind = stored.Alert.Kind["maritime.".Length..];
            if (kind == MaritimeAlertKinds.WatchlistedVessel)
            {
                listed.Add(mmsi);
            }

            var facts = stored.Alert.Evidence.Count > 0 ? stored.Alert.Evidence[0].Facts : null;
            analysis.Alert(new MaritimeAlert
            {
                Kind = kind,
                Mmsi = mmsi,
                Start = stored.Alert.Observed.Start,
                End = stored.Alert.Observed.End,
                AssetId = facts?.GetValueOrDefault("assetId"),
                Score = 0,
                Explanation = stored.Alert.Title,
            });
        }

        var identities = (await tracks.VesselsAsync([.. positions.Select(p => p.Mmsi).Distinct()], cancellationToken))
            .ToDictionary(v => v.Mmsi, v => new VesselIdentity { Name = v.Name, CallSign = v.CallSign, Imo = v.Imo, ShipType = v.ShipType });
        var (candidates, coverage) = analysis.Rank(mmsi => identities.GetValueOrDefault(mmsi), listed.Contains);
        return (candidates, coverage, positions.Count);
    }
}
