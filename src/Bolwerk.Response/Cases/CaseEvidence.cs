using Bolwerk.Grading;
using Bolwerk.Marking;

namespace Bolwerk.Response.Cases;

/// <summary>Where an item of evidence comes from.</summary>
public enum EvidenceSource
{
    /// <summary>An alert of a Bolwerk module (maritime watch, FIMI detection).</summary>
    Alert,

    /// <summary>A document (report, statement, publication).</summary>
    Document,

    /// <summary>An intelligence report.</summary>
    Intelligence,

    /// <summary>A sanctions screening match.</summary>
    SanctionsMatch,

    /// <summary>A forensic analysis (ranked candidates, evidence pack).</summary>
    Forensics,
}

/// <summary>One step in an item's chain of custody.</summary>
/// <param name="At">When.</param>
/// <param name="By">Who (user name).</param>
/// <param name="Action">What was done ("added", "hash verified", "released to partner").</param>
public sealed record CustodyStep(DateTimeOffset At, string By, string Action);

/// <summary>
/// An item of evidence in a case: its source, graded with the Admiralty code, hashed, marked with
/// TLP, and whether it may be released for public use (declassifiable).
/// </summary>
/// <param name="Id">Id within the case ("E1").</param>
/// <param name="Source">What sort of source.</param>
/// <param name="Reference">The source object (alert id, document reference, report number).</param>
/// <param name="Summary">What it shows, in one sentence.</param>
/// <param name="Grade">Source reliability A–F and information credibility 1–6.</param>
/// <param name="Sha256">SHA-256 of the underlying file or record, when there is one.</param>
/// <param name="Tlp">Its marking; reports to partners leave out what is above theirs.</param>
/// <param name="Releasable">Whether it may be disclosed in a public attribution or a statement of reasons.</param>
/// <param name="Custody">Chain of custody, oldest first.</param>
public sealed record CaseEvidence(
    string Id,
    EvidenceSource Source,
    string Reference,
    string Summary,
    AdmiraltyGrade Grade,
    string? Sha256,
    Tlp Tlp,
    bool Releasable,
    IReadOnlyList<CustodyStep> Custody)
{
    /// <summary>Adequately graded: reliability A–C and credibility 1–3.</summary>
    public bool WellGraded => Grade.Reliability <= SourceReliability.C && Grade.Credibility <= InformationCredibility.PossiblyTrue;
}
