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

/// <summary>A vessel on the picture: its latest position in the window and what is known of it.</summary>
public sealed record PictureVesselDto(uint Mmsi, string? Name, int? ShipType, bool ClassB, DateTimeOffset Time, double Longitude, double Latitude, double? SpeedKnots, double? CourseDegrees, int? Heading);

/// <summary>The picture at a time, and the span of the archive it can be replayed over.</summary>
public sealed record PictureDto(DateTimeOffset At, DateTimeOffset? ArchiveFrom, DateTimeOffset? ArchiveTo, IReadOnlyList<PictureVesselDto> Vessels);

/// <summary>/api/v1/maritime: the track store's questions (who was where, a vessel's track and identity history).</summary>
internal static class MaritimeApi
{
    public static IEndpointRouteBuilder MapMaritimeApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/maritime").WithTags("Maritime").RequireAuthorization(RolePolicies.Viewer);
        group.MapGet("/near", Near).WithName("VesselsNear").WithSummary("Every vessel with a stored position within radius metres of lon,lat between from and to, closest first");
        group.MapGet("/vessels/{mmsi}/track", Track).WithName("VesselTrack").WithSummary("A vessel's stored positions between from and to, oldest first");
        group.MapGet("/vessels/{mmsi}/dossier", Dossier).WithName("VesselDossier").WithSummary("Identities across every MMSI of the vessel's IMO, the maritime alerts the caller may read, and the shadow-fleet risk score with its factors");
        group.MapGet("/picture", Picture).WithName("MaritimePicture").WithSummary("Every vessel's latest stored position in the window before at (default: the end of the archive), with name, type and class; and the archive's span for replay");
        group.MapGet("/assets", Assets).WithName("MaritimeAssets").WithSummary("The infrastructure layers the server watches (GeoJSON per layer: cables, anchorages, TSS, wind farms, platforms)");
        group.MapGet("/vessels/{mmsi}/identity", Identity).WithName("VesselIdentityHistory").WithSummary("Every name, call sign, IMO and ship type a vessel reported, with first and last seen");
        return app;
    }

    internal static async Task<Results<Ok<PictureDto>, ValidationProblem>> Picture(TrackStore tracks, CancellationToken cancellationToken, DateTimeOffset? at = null, int windowMinutes = 30)
    {
        if (windowMinutes is < 1 or > 24 * 60)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["windowMinutes"] = ["1 to 1440."] }, type: ProblemTypes.Validation);
        }

        var span = await tracks.SpanAsync(cancellationToken);
        var when = at ?? span?.To ?? DateTimeOffset.UnixEpoch;
        var picture = await tracks.PictureAsync(when, TimeSpan.FromMinutes(windowMinutes), cancellationToken);
        return TypedResults.Ok(new PictureDto(when, span?.From, span?.To, [.. picture.Select(v => new PictureVesselDto(v.Position.Mmsi, v.Name, v.ShipType, v.ClassB, v.Position.Time,
            v.Position.Longitude, v.Position.Latitude, v.Position.SpeedKnots, v.Position.CourseDegrees, v.Position.Heading))]));
    }

    internal static IResult Assets()
    {
        // The shipped layers, as served to the map: read per request (they are small and may be replaced on disk).
        var layers = new System.Text.Json.Nodes.JsonArray();
        foreach (var file in Bolwerk.Host.Cli.Maritime.ShippedLayers.BalticInfrastructure)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var text = File.ReadAllText(file);
            var geojson = System.Text.Json.Nodes.JsonNode.Parse(text)!;
            // Each feature carries the asset id the server knows it by (properties.bolwerkId): what a forensic query names.
            using var document = System.Text.Json.JsonDocument.Parse(text);
            if (geojson["features"] is System.Text.Json.Nodes.JsonArray features && document.RootElement.TryGetProperty("features", out var elements))
            {
                var index = 0;
                foreach (var element in elements.EnumerateArray())
                {
                    if (features[index] is System.Text.Json.Nodes.JsonObject feature)
                    {
                        if (feature["properties"] is not System.Text.Json.Nodes.JsonObject properties)
                        {
                            feature["properties"] = properties = [];
                        }

                        properties["bolwerkId"] = Bolwerk.Maritime.Infrastructure.AssetLayerReader.IdOf(element, index, name);
                    }

                    index++;
                }
            }

            layers.Add(new System.Text.Json.Nodes.JsonObject { ["name"] = name, ["geojson"] = geojson });
        }

        return Results.Text(new System.Text.Json.Nodes.JsonObject { ["layers"] = layers }.ToJsonString(), "application/json");
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
