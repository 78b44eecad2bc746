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
/// rights. The stream follows the alert table by creation time (not an in-process queue), so
/// alerts stored by `bolwerk maritime ingest` in another process arrive too. Because concurrent
/// transactions commit out of order, each poll looks back a few seconds and skips ids already
/// sent; delivery is at least once across reconnects (Last-Event-ID), so clients key on the id.
/// </summary>
internal static class AlertStreamApi
{
    private const int PageSize = 1_000;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LookBack = TimeSpan.FromSeconds(10);

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
        TimeProvider time,
        [FromHeader(Name = "Last-Event-ID")] string? lastEventId,
        CancellationToken cancellationToken,
        string? from = null)
    {
        var principal = user.ToPrincipal();
        DateTimeOffset since;
        var alreadySent = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        if (lastEventId is not null && await alerts.FindAsync(lastEventId, cancellationToken) is { } last)
        {
            since = last.CreatedAt;
            alreadySent[last.Id] = last.CreatedAt;
        }
        else if (from == "start")
        {
            since = DateTimeOffset.UnixEpoch;
        }
        else
        {
            // From now: what is already stored counts as sent.
            since = time.GetUtcNow();
            foreach (var stored in await alerts.ListCreatedSinceAsync(since - LookBack, PageSize, cancellationToken))
            {
                alreadySent[stored.Id] = stored.CreatedAt;
            }
        }

        await audit.RecordAsync(context, principal, "subscribe", "alert-stream", null, AuditOutcome.Allowed, $"alerts created from {since:O}");
        return TypedResults.ServerSentEvents(Events(principal, alerts, since, alreadySent, cancellationToken));
    }

    private static async IAsyncEnumerable<SseItem<object>> Events(
        Principal principal, AlertStore alerts, DateTimeOffset since, Dictionary<string, DateTimeOffset> sent, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A first event sends the response headers at once, so a client knows it is subscribed
        // before any alert exists.
        yield return new SseItem<object>(new StreamReady(since), "ready");
        DateTimeOffset? continueAt = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            var page = await alerts.ListCreatedSinceAsync(continueAt ?? since - LookBack, PageSize, cancellationToken);
            continueAt = null;
            foreach (var stored in page)
            {
                if (!sent.TryAdd(stored.Id, stored.CreatedAt))
                {
                    continue;
                }

                if (stored.CreatedAt > since)
                {
                    since = stored.CreatedAt;
                }

                if (AccessPolicy.CanRead(principal, stored.Marking).Allowed)
                {
                    yield return new SseItem<object>(AlertMapping.ToResponse(stored), "alert") { EventId = stored.Id };
                }
            }

            foreach (var old in sent.Where(entry => entry.Value < since - LookBack - LookBack).Select(entry => entry.Key).ToList())
            {
                sent.Remove(old);
            }

            if (page.Count < PageSize)
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
            else
            {
                // A full page: carry on from its end instead of looking back into it again.
                continueAt = page[^1].CreatedAt;
            }
        }
    }
}

/// <summary>The stream's first event: alerts created from this time follow.</summary>
public sealed record StreamReady(DateTimeOffset From);
