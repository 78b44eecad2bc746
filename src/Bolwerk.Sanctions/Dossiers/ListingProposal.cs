using Bolwerk.Grading;
using Bolwerk.Sanctions.Model;

namespace Bolwerk.Sanctions.Dossiers;

/// <summary>One item of evidence: where it comes from, how it is graded, and whether it may be used in public.</summary>
/// <param name="Id">Short id the facts refer to ("E1").</param>
/// <param name="Title">What it is.</param>
/// <param name="Source">Who or what produced it (a Bolwerk alert, a service report, an open source).</param>
/// <param name="Grade">Admiralty code: source reliability A–F and information credibility 1–6.</param>
/// <param name="Date">When it was produced or observed (YYYY-MM-DD).</param>
/// <param name="Reference">Its reference (alert id, report number, URL).</param>
/// <param name="Sha256">SHA-256 of the file it is, when a file is attached.</param>
/// <param name="PublicUse">Whether it may be disclosed in the statement of reasons (declassifiable).</param>
public sealed record EvidenceItem(string Id, string Title, string Source, AdmiraltyGrade Grade, string? Date, string? Reference, string? Sha256, bool PublicUse);

/// <summary>A fact offered for a criterion, with the evidence that supports it.</summary>
public sealed record ProposedFact(string Text, IReadOnlyList<string> Evidence);

/// <summary>A criterion of the regime the subject is said to meet, with the facts that meet it.</summary>
public sealed record ProposedGround(string Criterion, IReadOnlyList<ProposedFact> Facts);

/// <summary>
/// A listing proposal as the sanctions officer writes it (a YAML file, see docs/sanctions.md):
/// the regime, the subject (a listed or screened entity's id, or its identifying facts), the
/// grounds with facts, the graded evidence, and optionally the statement of reasons.
/// </summary>
public sealed record ListingProposal(
    string Regime,
    string ProposedBy,
    string Date,
    string? SubjectEntityId,
    SanctionedEntity? Subject,
    IReadOnlyList<ProposedGround> Grounds,
    IReadOnlyList<EvidenceItem> Evidence,
    string? StatementOfReasons);
