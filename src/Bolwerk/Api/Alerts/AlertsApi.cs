using System.Security.Claims;
using Bolwerk.Alerts;
using Bolwerk.Host.Server;
using Bolwerk.Security;
using Bolwerk.Storage.Alerts;
using Bolwerk.Storage.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Bolwerk.Host.Api.Alerts;

/// <summary>/api/v1/alerts: read alerts the caller's marking rights allow; ingest batches idempotently.</summary>
internal static class AlertsApi
{
    private const string ObjectType = "alert";

    public static IEndpointRouteBuilder MapAlertsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/alerts").WithTags("Alerts");
        group.MapGet("/", ListAlerts)
            .WithName("ListAlerts")
            .WithSummary("Newest alerts the caller may read")
            .RequireAuthorization(RolePolicies.Viewer);
        group.MapGet("/{id}", GetAlert)
            .WithName("GetAlert")
            .WithSummary("One alert, if its TLP marking allows the caller to read it")
            .RequireAuthorization(RolePolicies.Viewer);
        group.MapPost("/{id}/acknowledgement", Acknowledge)
            .WithName("AcknowledgeAlert")
            .WithSummary("Acknowledge an alert the caller may read (seen and handled); the first acknowledgement stands")
            .RequireAuthorization(RolePolicies.Analyst);
        group.MapPost("/", IngestAlerts)
            .WithName("IngestAlerts")
            .WithSummary("Store a batch of alerts; replaying a batch (same Idempotency-Key) stores nothing twice")
            .RequireAuthorization(RolePolicies.Analyst);
        return app;
    }

    internal static async Task<Results<Ok<AlertResponse>, ProblemHttpResult>> GetAlert(
        string id, ClaimsPrincipal user, HttpContext context, AlertStore alerts, AlertAcknowledgements acknowledgements, AuditRecorder audit, CancellationToken cancellationToken)
    {
        var principal = user.ToPrincipal();
        var stored = await alerts.FindAsync(id, cancellationToken);
        if (stored is null)
        {
            return TypedResults.Problem(title: "Not found", detail: $"No alert with id '{id}'.", statusCode: StatusCodes.Status404NotFound, type: ProblemTypes.NotFound);
        }

        var decision = AccessPolicy.CanRead(principal, stored.Marking);
        await audit.RecordAsync(context, principal, "read", ObjectType, id, decision.Allowed ? AuditOutcome.Allowed : AuditOutcome.Denied, decision.Reason);
        if (!decision.Allowed)
        {
            return TypedResults.Problem(
                title: "Marking forbids access",
                detail: $"{decision.Reason}. The attempt has been recorded in the audit log.",
                statusCode: StatusCodes.Status403Forbidden,
                type: ProblemTypes.ForbiddenMarking);
        }

        var acknowledged = await acknowledgements.ForAsync([id], cancellationToken);
        return TypedResults.Ok(AlertMapping.ToResponse(stored, acknowledged.GetValueOrDefault(id)));
    }

    internal static async Task<Results<Ok<AlertResponse>, ProblemHttpResult>> Acknowledge(
        string id, AcknowledgeRequest request, ClaimsPrincipal user, HttpContext context, AlertStore alerts, AlertAcknowledgements acknowledgements, AuditRecorder audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var principal = user.ToPrincipal();
        var stored = await alerts.FindAsync(id, cancellationToken);
        if (stored is null)
        {
            return TypedResults.Problem(title: "Not found", detail: $"No alert with id '{id}'.", statusCode: StatusCodes.Status404NotFound, type: ProblemTypes.NotFound);
        }

        var decision = AccessPolicy.CanRead(principal, stored.Marking);
        if (!decision.Allowed)
        {
            await audit.RecordAsync(context, principal, "acknowledge", ObjectType, id, AuditOutcome.Denied, decision.Reason);
            return TypedResults.Problem(title: "Marking forbids access", detail: $"{decision.Reason}. The attempt has been recorded in the audit log.", statusCode: StatusCodes.Status403Forbidden, type: ProblemTypes.ForbiddenMarking);
        }

        var acknowledgement = await acknowledgements.AcknowledgeAsync(id, principal.UserName, time.GetUtcNow(), request?.Note, cancellationToken);
        await audit.RecordAsync(context, principal, "acknowledge", ObjectType, id, AuditOutcome.Allowed, acknowledgement.By == principal.UserName ? request?.Note : $"already acknowledged by {acknowledgement.By}");
        return TypedResults.Ok(AlertMapping.ToResponse(stored, acknowledgement));
    }

    internal static async Task<Ok<AlertListResponse>> ListAlerts(
        ClaimsPrincipal user, HttpContext context, AlertStore alerts, AlertAcknowledgements acknowledgements, AuditRecorder audit, CancellationToken cancellationToken, int limit = 100)
    {
        var principal = user.ToPrincipal();
        var page = await alerts.ListAsync(Math.Clamp(limit, 1, 1000), cancellationToken);
        var readable = page.Where(stored => AccessPolicy.CanRead(principal, stored.Marking).Allowed).ToList();
        await audit.RecordAsync(context, principal, "list", ObjectType, null, AuditOutcome.Allowed, $"{readable.Count} returned, {page.Count - readable.Count} withheld by marking");
        var acknowledged = await acknowledgements.ForAsync([.. readable.Select(a => a.Id)], cancellationToken);
        return TypedResults.Ok(new AlertListResponse(readable.Select(a => AlertMapping.ToResponse(a, acknowledged.GetValueOrDefault(a.Id))).ToList(), page.Count - readable.Count));
    }

    internal static async Task<Results<Ok<AlertBatchResponse>, ValidationProblem>> IngestAlerts(
        AlertBatchRequest request,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ClaimsPrincipal user,
        HttpContext context,
        AlertStore alerts,
        AuditRecorder audit,
        CancellationToken cancellationToken)
    {
        var principal = user.ToPrincipal();
        var (converted, errors) = AlertMapping.FromRequest(request);
        if (idempotencyKey is { Length: > 200 })
        {
            errors["Idempotency-Key"] = ["At most 200 characters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The alert batch is invalid", type: ProblemTypes.Validation);
        }

        // Without a header the batch is named by its contents, so an identical resend is still a replay.
        var batchKey = string.IsNullOrWhiteSpace(idempotencyKey) ? IngestKeys.From([.. converted.Select(a => a.IngestKey)]) : idempotencyKey;
        var result = await alerts.IngestAsync($"user:{principal.UserId}", batchKey, converted, principal.OrganisationId, principal.UserId, cancellationToken);
        await audit.RecordAsync(context, principal, "write", "alert-batch", batchKey, AuditOutcome.Allowed,
            $"{result.Inserted} inserted, {result.Skipped} already stored{(result.BatchReplayed ? ", batch replayed" : "")}");
        return TypedResults.Ok(new AlertBatchResponse(batchKey, result.Inserted, result.Skipped, result.BatchReplayed));
    }
}
