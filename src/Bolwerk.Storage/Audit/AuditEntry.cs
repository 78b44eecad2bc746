namespace Bolwerk.Storage.Audit;

/// <summary>Whether an audited action went through.</summary>
public enum AuditOutcome
{
    /// <summary>Done.</summary>
    Allowed,

    /// <summary>Refused by authorisation.</summary>
    Denied,

    /// <summary>Attempted and failed for another reason.</summary>
    Failed,
}

/// <summary>One line of the append-only audit log: who did what to which object, when, from where.</summary>
/// <param name="Sequence">Position in the log (assigned on append; 0 before).</param>
/// <param name="At">When.</param>
/// <param name="ActorUserId">User id, or null for the system or an unauthenticated caller.</param>
/// <param name="ActorName">User name, "system", or "anonymous".</param>
/// <param name="OrganisationId">The actor's organisation, or null.</param>
/// <param name="Action">Verb, e.g. "read", "write", "export", "login", "user.create".</param>
/// <param name="ObjectType">Kind of object, e.g. "alert", or null.</param>
/// <param name="ObjectId">Object id, or null.</param>
/// <param name="Outcome">Allowed, denied or failed.</param>
/// <param name="Reason">Why (the access decision's reason), or null.</param>
/// <param name="RemoteAddress">Client address, or null for local CLI actions.</param>
public sealed record AuditEntry(
    long Sequence,
    DateTimeOffset At,
    string? ActorUserId,
    string ActorName,
    string? OrganisationId,
    string Action,
    string? ObjectType,
    string? ObjectId,
    AuditOutcome Outcome,
    string? Reason,
    string? RemoteAddress);

/// <summary>A filter over the audit log; null fields do not filter.</summary>
/// <param name="From">Earliest time, inclusive.</param>
/// <param name="To">Latest time, exclusive.</param>
/// <param name="ActorUserId">Only this actor.</param>
/// <param name="Action">Only this action.</param>
/// <param name="ObjectId">Only this object.</param>
/// <param name="Outcome">Only this outcome.</param>
/// <param name="AfterSequence">Only entries after this sequence number (for paging).</param>
/// <param name="Limit">At most this many entries, 1–1000.</param>
public sealed record AuditQuery(
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? ActorUserId = null,
    string? Action = null,
    string? ObjectId = null,
    AuditOutcome? Outcome = null,
    long? AfterSequence = null,
    int Limit = 100);
