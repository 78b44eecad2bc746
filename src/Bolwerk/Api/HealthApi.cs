using Bolwerk.Storage.Infrastructure;
using Bolwerk.Storage.Migrations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bolwerk.Host.Api;

/// <summary>GET /healthz: is the server up and its database reachable and current? No authentication.</summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", GetHealth)
            .WithName("GetHealth")
            .WithSummary("Liveness and database readiness")
            .WithTags("Health")
            .AllowAnonymous();
        return app;
    }

    internal static async Task<Results<Ok<HealthResponse>, ProblemHttpResult>> GetHealth(BolwerkDatabase database, Migrator migrator, CancellationToken cancellationToken)
    {
        try
        {
            var version = await migrator.ReadCurrentVersionAsync(cancellationToken);
            var status = version == migrator.LatestKnownVersion ? "ok" : "degraded";
            return TypedResults.Ok(new HealthResponse(status, database.Engine.ToString().ToLowerInvariant(), version, migrator.LatestKnownVersion));
        }
        catch (StorageException e)
        {
            return TypedResults.Problem(
                title: "Database unavailable",
                detail: e.Message,
                statusCode: StatusCodes.Status503ServiceUnavailable,
                type: Server.ProblemTypes.StorageUnavailable);
        }
    }
}

/// <summary>Health of the server.</summary>
/// <param name="Status">"ok", or "degraded" when the schema is not at this build's version.</param>
/// <param name="Engine">"sqlite" or "postgres".</param>
/// <param name="SchemaVersion">Applied schema version.</param>
/// <param name="ExpectedSchemaVersion">The version this build expects.</param>
public sealed record HealthResponse(string Status, string Engine, int SchemaVersion, int ExpectedSchemaVersion);
