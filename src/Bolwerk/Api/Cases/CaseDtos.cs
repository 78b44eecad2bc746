namespace Bolwerk.Host.Api.Cases;

/// <summary>A new case; its owner is the caller's organisation.</summary>
public sealed record NewCaseRequest(string Title, string Type, string Domain, DateTimeOffset? OccurredAt, string? Place, IReadOnlyList<string>? AffectedAssets, IReadOnlyList<string>? Sectors, string? Tlp);

/// <summary>A move to another state.</summary>
public sealed record MoveRequest(string To, string? Reason);

/// <summary>Evidence: a stored alert in one step (alertId), or a source with its reference.</summary>
public sealed record EvidenceRequest(string? AlertId, string? Source, string? Reference, string? Summary, string? Grade, string? Sha256, string? Tlp, bool Releasable);

/// <summary>An attribution.</summary>
public sealed record AttributionRequest(string Actor, string Kind, string Confidence, string Basis, string? Dissent, bool Declassifiable);

/// <summary>A decided response.</summary>
public sealed record DecisionRequest(string Option, string Rationale, string Decider, IReadOnlyList<string>? Partners, string? FollowUp, string? ReviewOn);

/// <summary>A case in a list.</summary>
public sealed record CaseSummaryDto(string Id, string Title, string Type, string State, string Owner, string Tlp, int Events, DateTimeOffset UpdatedAt);

/// <summary>An item of evidence.</summary>
public sealed record EvidenceDto(string Id, string Source, string Reference, string Summary, string Grade, string? Sha256, string Tlp, bool Releasable, IReadOnlyList<string> Custody);

/// <summary>An attribution with its confidence in words and range.</summary>
public sealed record AttributionDto(string Actor, string Kind, string Confidence, string Describe, string Basis, string? Dissent, bool Declassifiable, DateTimeOffset At, string By);

/// <summary>A decision.</summary>
public sealed record DecisionDto(string Option, string Rationale, string Decider, DateTimeOffset At, IReadOnlyList<string> Partners, string? FollowUp, string? ReviewOn, IReadOnlyList<string> PrerequisitesMissing);

/// <summary>A case as the caller may see it: items marked beyond the caller's rights are withheld and counted.</summary>
public sealed record CaseDto(
    string Id, string Title, string Type, string Domain, string State, string Owner, string Tlp, DateTimeOffset? OccurredAt, string? Place,
    IReadOnlyList<string> AffectedAssets, IReadOnlyList<string> Sectors, IReadOnlyList<EvidenceDto> Evidence, int EvidenceWithheld,
    IReadOnlyList<AttributionDto> Attributions, IReadOnlyList<DecisionDto> Decisions, IReadOnlyList<string> NextStates, IReadOnlyList<CaseTechniqueDto> Techniques);

/// <summary>A DISARM technique decision on a case (the latest per technique).</summary>
public sealed record CaseTechniqueDto(string Technique, string Decision, string By, DateTimeOffset At, string? Note, string? Source);

/// <summary>Confirm or reject a DISARM technique for a case, or carry over a stored FIMI network's confirmed techniques.</summary>
/// <param name="Technique">DISARM technique id, e.g. T0049.003 (not with fromNetwork).</param>
/// <param name="Decision">"confirm" (default) or "reject".</param>
/// <param name="Note">Why.</param>
/// <param name="FromNetwork">A stored FIMI network whose confirmed techniques the case takes over.</param>
public sealed record CaseTechniqueRequest(string? Technique, string? Decision, string? Note, string? FromNetwork);

/// <summary>An option assessed for the case.</summary>
public sealed record OptionDto(string Option, string Name, int Level, string Category, string LegalBasis, string DecisionMaker, string DecisionRule, bool Available, IReadOnlyList<string> Reasons, IReadOnlyList<string> Missing, bool AwaitsLegalReview);
