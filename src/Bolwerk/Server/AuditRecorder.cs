using Bolwerk.Security;
using Bolwerk.Storage.Audit;

namespace Bolwerk.Host.Server;

/// <summary>Writes audit entries for HTTP requests, filling in who, when and from where.</summary>
internal sealed class AuditRecorder(AuditLog log, TimeProvider timeProvider)
{
    public Task RecordAsync(HttpContext context, Principal principal, string action, string? objectType, string? objectId, AuditOutcome outcome, string? reason) =>
        log.AppendAsync(
            new AuditEntry(0, timeProvider.GetUtcNow(), principal.UserId, principal.UserName, principal.OrganisationId, action, objectType, objectId, outcome, reason, RemoteAddress(context)),
            CancellationToken.None);

    public Task RecordAnonymousAsync(HttpContext context, string action, AuditOutcome outcome, string reason) =>
        log.AppendAsync(
            new AuditEntry(0, timeProvider.GetUtcNow(), null, "anonymous", null, action, null, null, outcome, reason, RemoteAddress(context)),
            CancellationToken.None);

    // Audit writes are not cancelled with the request: a client that hangs up must not erase its trace.
    private static string? RemoteAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString();
}
