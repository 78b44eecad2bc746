using System.Security.Claims;
using Bolwerk.Host.Server;
using Bolwerk.Storage.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bolwerk.Host.Api;

/// <summary>GET /api/v1/audit: the audit log, for admins. Reading it is itself audited.</summary>
internal static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/audit", QueryAudit)
            .WithName("QueryAudit")
            .WithSummary("Audit entries, oldest first, filtered and paged by sequence number")
            .WithTags("Audit")
            .RequireAuthorization(RolePolicies.Admin);
        return app;
    }

    internal static async Task<Results<Ok<AuditPage>, ValidationProblem>> QueryAudit(
        ClaimsPrincipal user,
        HttpContext context,
        AuditLog log,
        AuditRecorder audit,
        CancellationToken cancellationToken,
        DateTimeOffset? from = null,
        DateTimeOffset? to = null,
        string? actor = null,
        string? action = null,
        string? objectId = null,
        string? outcome = null,
        long? after = null,
        int limit = 100)
    {
        AuditOutcome? parsedOutcome = null;
        if (outcome is not null)
        {
            if (!Enum.TryParse<AuditOutcome>(outcome, ignoreCase: true, out var value))
            {
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { ["outcome"] = [$"'{outcome}' is not an outcome: expected allowed, denied or failed."] },
                    type: ProblemTypes.Validation);
            }

            parsedOutcome = value;
        }

        if (limit is < 1 or > 1000)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["Between 1 and 1000."] }, type: ProblemTypes.Validation);
        }

        var principal = user.ToPrincipal();
        var entries = await log.QueryAsync(new AuditQuery(from, to, actor, action, objectId, parsedOutcome, after, limit), cancellationToken);
        await audit.RecordAsync(context, principal, "read", "audit-log", null, AuditOutcome.Allowed, $"{entries.Count} entries");
        var next = entries.Count == limit ? entries[^1].Sequence : (long?)null;
        return TypedResults.Ok(new AuditPage(entries.Select(AuditEntryResponse.From).ToList(), next));
    }
}

/// <summary>A page of audit entries; pass <see cref="NextAfter"/> as ?after= for the next page.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntryResponse> Items, long? NextAfter);

/// <summary>One audit entry.</summary>
public sealed record AuditEntryResponse(
    long Sequence, DateTimeOffset At, string? ActorUserId, string ActorName, string? Organisation, string Action,
    string? ObjectType, string? ObjectId, string Outcome, string? Reason, string? RemoteAddress)
{
    internal static AuditEntryResponse From(AuditEntry e) => new(
        e.Sequence, e.At, e.ActorUserId, e.ActorName, e.OrganisationId, e.Action, e.ObjectType, e.ObjectId,
        e.Outcome.ToString().ToLowerInvariant(), e.Reason, e.RemoteAddress);
}
