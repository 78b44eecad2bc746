using Bolwerk.Grading;
using Bolwerk.Response.Cases;

namespace Bolwerk.Response.Toolbox;

/// <summary>What evidence an option needs.</summary>
public enum EvidenceNeed
{
    /// <summary>Nothing specific.</summary>
    None,

    /// <summary>At least one item of evidence in the case.</summary>
    Any,

    /// <summary>Evidence that may be released, adequately graded (A–C, 1–3): public attribution.</summary>
    Releasable,

    /// <summary>Releasable, adequately graded evidence and an attribution to a listable actor (not a state): a listing.</summary>
    Listing,
}

/// <summary>
/// One response option of the toolbox (data/response-options.yaml): what it is, its legal basis
/// and the strategy section it serves, who decides and by what rule, what it needs (attribution
/// confidence, evidence, kind of actor, incident types), where it sits on the escalation ladder,
/// lead time, partners, reversibility and risks.
/// </summary>
public sealed record ResponseOption(
    string Id,
    string Name,
    int Level,
    string Category,
    string LegalBasis,
    string StrategySection,
    string DecisionMaker,
    string DecisionRule,
    Likelihood? AttributionNeeded,
    EvidenceNeed EvidenceNeeded,
    IReadOnlyList<ActorKind> Targets,
    IReadOnlyList<IncidentType> IncidentTypes,
    string LeadTime,
    IReadOnlyList<string> Partners,
    bool Reversible,
    string Risks,
    bool AwaitsLegalReview);

/// <summary>One rung of the escalation ladder.</summary>
public sealed record LadderLevel(int Level, string Name);
