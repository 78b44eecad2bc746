using Bolwerk.Marking;

namespace Bolwerk.Response.Cases;

/// <summary>
/// Something that happened to a case. A case is the sum of its events, oldest first; nothing is
/// overwritten, so a changed attribution or a reopened case keeps what came before.
/// </summary>
/// <param name="Sequence">1, 2, 3 … within the case.</param>
/// <param name="At">When.</param>
/// <param name="By">Who.</param>
public abstract record CaseEvent(int Sequence, DateTimeOffset At, string By);

/// <summary>The case was opened.</summary>
public sealed record CaseOpened(int Sequence, DateTimeOffset At, string By, string CaseId, string Title, IncidentType Type, string Domain,
    DateTimeOffset? OccurredAt, string? Place, IReadOnlyList<string> AffectedAssets, IReadOnlyList<string> Sectors, string OwnerOrganisation, Tlp Tlp)
    : CaseEvent(Sequence, At, By);

/// <summary>The case moved from one state to another.</summary>
public sealed record CaseMoved(int Sequence, DateTimeOffset At, string By, CaseState From, CaseState To, string? Reason) : CaseEvent(Sequence, At, By);

/// <summary>Evidence was added.</summary>
public sealed record EvidenceAdded(int Sequence, DateTimeOffset At, string By, CaseEvidence Evidence) : CaseEvent(Sequence, At, By);

/// <summary>A step in an item's custody (verification, release) was recorded.</summary>
public sealed record CustodyRecorded(int Sequence, DateTimeOffset At, string By, string EvidenceId, string Action) : CaseEvent(Sequence, At, By);

/// <summary>An attribution was stated (or restated with another confidence).</summary>
public sealed record AttributionStated(int Sequence, DateTimeOffset At, string By, Attribution Attribution) : CaseEvent(Sequence, At, By);

/// <summary>A response was decided.</summary>
public sealed record DecisionRecorded(int Sequence, DateTimeOffset At, string By, Decision Decision) : CaseEvent(Sequence, At, By);

/// <summary>A note (a coordination step), or an effect observed of a decided response when <paramref name="EffectOf"/> names its option.</summary>
public sealed record NoteAdded(int Sequence, DateTimeOffset At, string By, string Text, Tlp Tlp, string? EffectOf = null) : CaseEvent(Sequence, At, By);

/// <summary>
/// An analyst confirmed (or rejected) a DISARM technique for the case, perhaps carried over from a
/// stored FIMI network (<paramref name="Source"/>). The latest decision per technique stands.
/// </summary>
public sealed record TechniqueTagged(int Sequence, DateTimeOffset At, string By, string Technique, bool Confirmed, string? Note, string? Source) : CaseEvent(Sequence, At, By);
