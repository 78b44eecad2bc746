using Bolwerk.Storage.Audit;

namespace Bolwerk.Host.Cli;

/// <summary>Audit entries for actions taken on the command line (local, so no remote address).</summary>
internal static class CliAudit
{
    public static string Actor => $"cli:{Environment.UserName}";

    public static Task RecordAsync(AuditLog log, TimeProvider time, string action, string? objectType, string? objectId, string? reason, CancellationToken cancellationToken) =>
        log.AppendAsync(new AuditEntry(0, time.GetUtcNow(), null, Actor, null, action, objectType, objectId, AuditOutcome.Allowed, reason, null), cancellationToken);
}
