using System.Security.Claims;
using Bolwerk.Geodesy;
using Bolwerk.Host.Server;
using Bolwerk.Security;
using Bolwerk.Storage.Audit;
using Bolwerk.Storage.Tracks;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bolwerk.Host.Api.Maritime;

/// <summary>A stored position, as the API returns it.</summary>
public sealed record PositionDto(DateTimeOffset Time, double Longitude, double Latitude, double? SpeedKnots, double? CourseDegrees, int? Heading, int Status);

/// <summary>A vessel that came within the radius.</summary>
public sealed record PassageDto(uint Mmsi, double ClosestMetres, PositionDto Closest, int PositionsInside, DateTimeOffset FirstInside, DateTimeOffset LastInside);

/// <summary>One stretch of an identity field's value.</summary>
public sealed record IdentityChangeDto(string Field, string Value, DateTimeOffset FirstSeen, DateTimeOffset LastSeen);

/// <summary>/api/v1/maritime: the track store's questions (who was where, a vessel's track and identity history).</summary>
internal static class MaritimeApi
{
    public static IEndpointRouteBuilder MapMaritimeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/maritime").WithTags("Maritime").RequireAuthorization(RolePolicies.Viewer);
        group.MapGet("/near", Near).WithName("VesselsNear").WithSummary("Every vessel with a stored position within radius metres of lon,lat between from and to, closest first");
        group.MapGet("/vessels/{mmsi}/track", Track).WithName("VesselTrack").WithSummary("A vessel's stored positions between from and to, oldest first");
        group.MapGet("/vessels/{mmsi}/dossier", Dossier).WithName("VesselDossier").WithSummary("Identities across every MMSI of the vessel's IMO, the maritime alerts the caller may read, and the shadow-fleet risk score with its factors");
        group.MapGet("/vessels/{mmsi}/identity", Identity).WithName("VesselIdentityHistory").WithSummary("Every name, call sign, IMO and ship type a vessel reported, with first and last seen");
        return app;
    }

    internal static async Task<Results<Ok<IReadOnlyList<PassageDto>>, ValidationProblem>> Near(
        double lon, double lat, double radius, DateTimeOffset from, DateTimeOffset to, ClaimsPrincipal user, HttpContext context, TrackStore tracks, AuditRecorder audit, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!GeoPoint.TryCreate(lat, lon, out var centre))
        {
            errors["lon,lat"] = ["Longitude −180…180 and latitude −90…90 degrees."];
        }

        if (radius is <= 0 or > 200_000)
        {
            errors["radius"] = ["Metres, more than 0 and at most 200,000."];
        }

        if (to < from)
        {
            errors["to"] = ["Must not be before 'from'."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The area query is invalid", type: ProblemTypes.Validation);
        }

        var passages = await tracks.NearAsync(centre, radius, from, to, cancellationToken);
        await audit.RecordAsync(context, user.ToPrincipal(), "query", "vessel-track", null, AuditOutcome.Allowed, $"{passages.Count} vessels within {radius:0} m of {lon},{lat}");
        return TypedResults.Ok<IReadOnlyList<PassageDto>>([.. passages.Select(p => new PassageDto(p.Mmsi, Math.Round(p.ClosestMetres, 1), ToDto(p.Closest), p.PositionsInside, p.FirstInside, p.LastInside))]);
    }

    internal static async Task<Ok<IReadOnlyList<PositionDto>>> Track(
        uint mmsi, DateTimeOffset from, DateTimeOffset to, ClaimsPrincipal user, HttpContext context, TrackStore tracks, AuditRecorder audit, CancellationToken cancellationToken)
    {
        var track = await tracks.TrackAsync(mmsi, from, to, cancellationToken);
        await audit.RecordAsync(context, user.ToPrincipal(), "read", "vessel-track", mmsi.ToString("D9", System.Globalization.CultureInfo.InvariantCulture), AuditOutcome.Allowed, $"{track.Count} positions");
        return TypedResults.Ok<IReadOnlyList<PositionDto>>([.. track.Select(ToDto)]);
    }

    internal static async Task<Ok<IReadOnlyList<IdentityChangeDto>>> Identity(uint mmsi, TrackStore tracks, CancellationToken cancellationToken)
    {
        var history = await tracks.IdentityHistoryAsync(mmsi, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<IdentityChangeDto>>([.. history.Select(h => new IdentityChangeDto(h.Field, h.Value, h.FirstSeen, h.LastSeen))]);
    }

    internal static async Task<Results<Ok<Bolwerk.Maritime.Dossiers.VesselDossier>, ProblemHttpResult>> Dossier(
        uint mmsi, ClaimsPrincipal user, HttpContext context, TrackStore tracks, Bolwerk.Storage.Alerts.AlertStore alerts, AuditRecorder audit, CancellationToken cancellationToken)
    {
        var principal = user.ToPrincipal();
        var dossier = await new Bolwerk.Host.Maritime.DossierBuilder(tracks, alerts).BuildAsync(mmsi, null, null, principal, cancellationToken);
        await audit.RecordAsync(context, principal, "read", "vessel-dossier", mmsi.ToString("D9", System.Globalization.CultureInfo.InvariantCulture), AuditOutcome.Allowed, dossier is null ? "nothing stored" : $"risk {dossier.Risk.Score}");
        return dossier is null
            ? TypedResults.Problem(title: "Not found", detail: $"Nothing is stored for MMSI {mmsi}.", statusCode: StatusCodes.Status404NotFound, type: ProblemTypes.NotFound)
            : TypedResults.Ok(dossier);
    }

    private static PositionDto ToDto(StoredPosition p) => new(p.Time, p.Longitude, p.Latitude, p.SpeedKnots, p.CourseDegrees, p.Heading, p.Status);
}
