using System.Globalization;
using System.Security.Claims;
using Bolwerk.Geodesy;
using Bolwerk.Host.Cli.Maritime;
using Bolwerk.Host.Server;
using Bolwerk.Maritime.Forensics;
using Bolwerk.Maritime.Infrastructure;
using Bolwerk.Security;
using Bolwerk.Storage.Alerts;
using Bolwerk.Storage.Audit;
using Bolwerk.Storage.Tracks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bolwerk.Host.Api.Maritime;

/// <summary>A point of a candidate's reported track (for its map line and speed chart).</summary>
public sealed record ForensicTrackPointDto(DateTimeOffset Time, double Longitude, double Latitude, double? SpeedKnots);

/// <summary>A ranked candidate with the evidence for it.</summary>
public sealed record ForensicCandidateDto(int Rank, uint Mmsi, string? Name, int? Imo, double Score, IReadOnlyList<string> Reasons, double ClosestApproachMeters,
    DateTimeOffset ClosestApproachAt, bool ClosestApproachInterpolated, double MinutesNearAsset, IReadOnlyDictionary<string, double> Factors, IReadOnlyList<ForensicTrackPointDto> Track);

/// <summary>The answer to a forensic query: the asset, the window, how well it was covered, and the candidates best first.</summary>
public sealed record ForensicAnswerDto(string AssetId, string? AssetName, string AssetKind, DateTimeOffset FaultTime, DateTimeOffset From, DateTimeOffset To, double RadiusMetres,
    int PositionsRead, int CoveragePositions, int CoverageVessels, bool CoverageThin, string Coverage, IReadOnlyList<ForensicCandidateDto> Candidates);

/// <summary>
/// GET /api/v1/maritime/forensics: who was at a failed asset around the fault time, ranked by
/// evidence, from the stored tracks and alerts (the web picture's "forensic query"; the CLI's
/// `maritime forensics --stored` answers the same question).
/// </summary>
internal static class ForensicsApi
{
    private const int TrackPointsPerCandidate = 400;

    public static IEndpointRouteBuilder MapForensicsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/maritime/forensics", Forensics)
            .WithName("MaritimeForensics")
            .WithSummary("Rank the vessels whose stored tracks (interpolated across AIS silences) came within radius metres of a watched asset (or lon,lat on it) within windowHours of the fault time; each with its evidence and track")
            .WithTags("Maritime")
            .RequireAuthorization(RolePolicies.Viewer);
        return app;
    }

    internal static async Task<Results<Ok<ForensicAnswerDto>, ValidationProblem>> Forensics(
        string asset, DateTimeOffset at, ClaimsPrincipal user, HttpContext context, TrackStore tracks, AlertStore alerts, AuditRecorder audit, CancellationToken cancellationToken,
        double windowHours = 12, double radius = 2_000, double? lon = null, double? lat = null)
    {
        var errors = new Dictionary<string, string[]>();
        var target = ShippedLayers.BalticInfrastructure.SelectMany(AssetLayerReader.Read).FirstOrDefault(a => a.Id == asset);
        if (target is null)
        {
            errors["asset"] = [$"'{asset}' is not a watched asset (GET /api/v1/maritime/assets gives each feature's properties.bolwerkId)."];
        }

        if (windowHours is <= 0 or > 72)
        {
            errors["windowHours"] = ["More than 0 and at most 72 hours."];
        }

        if (radius is <= 0 or > 100_000)
        {
            errors["radius"] = ["Metres, more than 0 and at most 100,000."];
        }

        GeoPoint? near = null;
        if (lon is not null || lat is not null)
        {
            if (lon is { } x && lat is { } y && GeoPoint.TryCreate(y, x, out var point))
            {
                near = point;
            }
            else
            {
                errors["lon,lat"] = ["Both, longitude −180…180 and latitude −90…90 degrees."];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The forensic query is invalid", type: ProblemTypes.Validation);
        }

        var principal = user.ToPrincipal();
        var query = new ForensicQuery { Asset = target!, FaultTime = at.ToUniversalTime(), Window = TimeSpan.FromHours(windowHours), RadiusMetres = radius, FaultPosition = near };
        var (candidates, coverage, positions) = await new Bolwerk.Host.Maritime.StoredForensics(tracks, alerts)
            .RankAsync(query, stored => AccessPolicy.CanRead(principal, stored.Marking).Allowed, cancellationToken);
        await audit.RecordAsync(context, principal, "query", "forensics", target!.Id, AuditOutcome.Allowed,
            string.Create(CultureInfo.InvariantCulture, $"{candidates.Count} candidates within {radius:0} m, {query.From:u} to {query.To:u}"));
        return TypedResults.Ok(new ForensicAnswerDto(target.Id, target.Name, target.Kind.ToString(), query.FaultTime, query.From, query.To, radius, positions,
            coverage.Positions, coverage.Vessels, coverage.Thin, coverage.Statement, [.. candidates.Select(ToDto)]));
    }

    private static ForensicCandidateDto ToDto(ForensicCandidate c)
    {
        // Every point would make a day's track of a chatty transponder thousands long; an even
        // thinning keeps its shape and the speed curve for the map and the chart.
        var step = Math.Max(1, (int)Math.Ceiling(c.Track.Count / (double)TrackPointsPerCandidate));
        var track = c.Track.Where((_, i) => i % step == 0 || i == c.Track.Count - 1)
            .Select(p => new ForensicTrackPointDto(DateTimeOffset.FromUnixTimeMilliseconds(p.TimeMs), p.Longitude, p.Latitude, float.IsNaN(p.SpeedKnots) ? null : Math.Round(p.SpeedKnots, 1)))
            .ToList();
        return new ForensicCandidateDto(c.Rank, c.Mmsi, c.Name, c.Imo, Math.Round(c.Score, 3), c.Reasons, Math.Round(c.ClosestApproachMeters, 0), c.ClosestApproachAt,
            c.ClosestApproachInterpolated, Math.Round(c.MinutesNearAsset, 1), c.Factors, track);
    }
}
