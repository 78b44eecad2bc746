using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using Bolwerk.Host.Server;
using Bolwerk.Security;
using Bolwerk.Storage.Alerts;
using Bolwerk.Storage.Audit;
using Microsoft.AspNetCore.Mvc;

namespace Bolwerk.Host.Api.Alerts;

/// <summary>
/// /api/v1/alerts/stream: new alerts as server-sent events, filtered by the caller's marking
/// rights. The stream follows the alert table (not an in-process queue), so alerts stored by a
/// `bolwerk maritime ingest` in another process arrive too; Last-Event-ID resumes after a drop.
/// </summary>
internal static class AlertStreamApi
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    public static IEndpointRouteBuilder MapAlertStreamApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/alerts/stream", Stream)
            .WithTags("Alerts")
            .WithName("StreamAlerts")
            .WithSummary("New alerts the caller may read, as server-sent events: first 'ready', then 'alert' events (id = alert id); ?from=start replays stored alerts first")
            .RequireAuthorization(RolePolicies.Viewer);
        return app;
    }

    internal static async Task<IResult> Stream(
        ClaimsPrincipal user,
        HttpContext context,
        AlertStore alerts,
        AuditRecorder audit,
        [FromHeader(Name = "Last-Event-ID")] string? lastEventId,
        CancellationToken cancellationToken,
        string? from = null)
    {
        var principal = user.ToPrincipal();
        var cursor = lastEventId ?? (from == "start" ? null : await alerts.LatestIdAsync(cancellationToken));
        await audit.RecordAsync(context, principal, "subscribe", "alert-stream", null, AuditOutcome.Allowed, cursor is null ? "from the first stored alert" : $"after {cursor}");
        return TypedResults.ServerSentEvents(Events(principal, alerts, cursor, cancellationToken));
    }

    private static async IAsyncEnumerable<SseItem<object>> Events(Principal principal, AlertStore alerts, string? cursor, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A first event sends the response headers at once, so a client knows it is subscribed
        // (and from where) before any alert exists.
        yield return new SseItem<object>(new StreamReady(cursor), "ready");
        while (!cancellationToken.IsCancellationRequested)
        {
            var page = await alerts.ListAfterAsync(cursor, 200, cancellationToken);
            foreach (var stored in page)
            {
                cursor = stored.Id;
                if (AccessPolicy.CanRead(principal, stored.Marking).Allowed)
                {
                    yield return new SseItem<object>(AlertMapping.ToResponse(stored), "alert") { EventId = stored.Id };
                }
            }

            if (page.Count < 200)
            {
                try
                {
                    await Task.Delay(PollInterval, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    yield break;
                }
            }
        }
    }
}

/// <summary>The stream's first event: alerts after this cursor (an alert id) follow; null means from the first stored alert.</summary>
public sealed record StreamReady(string? After);
