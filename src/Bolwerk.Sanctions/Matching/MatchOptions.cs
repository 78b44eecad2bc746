namespace Bolwerk.Sanctions.Matching;

/// <summary>
/// Every weight and threshold of the matcher in one place, so a desk can state which it used.
/// Defaults and their reasons are in docs/sanctions.md ("Matching"); the qualifier values follow
/// OpenSanctions logic-v2 (docs/sanctions.md, "The entity score").
/// </summary>
public sealed record MatchOptions
{
    /// <summary>The shipped defaults.</summary>
    public static MatchOptions Default { get; } = new();

    /// <summary>Matches at or above this score are reported.</summary>
    public double Threshold { get; init; } = 0.70;

    /// <summary>
    /// How much a word replaced by a different word counts against the name score (per unit of
    /// word weight, both sides): "Barack Obama" is not "Michelle Obama".
    /// </summary>
    public double SubstitutedWordWeight { get; init; } = 1.5;

    /// <summary>How much a query word missing from a listed person's name counts against the score.</summary>
    public double OmittedQueryWordWeight { get; init; } = 0.3;

    /// <summary>How much a listed word missing from a person query counts: lists carry full names with patronymics, queries often less.</summary>
    public double OmittedCandidateWordWeight { get; init; } = 0.3;

    /// <summary>How much an extra query word counts for organisations and vessels, whose names have no optional parts.</summary>
    public double OmittedQueryWordWeightOrganisation { get; init; } = 0.8;

    /// <summary>How much an extra listed word counts for organisations and vessels.</summary>
    public double OmittedCandidateWordWeightOrganisation { get; init; } = 0.5;

    /// <summary>How much a word on one side only of a vessel's name counts: "Andromeda Star" is another ship than "Andromeda".</summary>
    public double OmittedWordWeightVessel { get; init; } = 1.5;

    /// <summary>Factor on an organisation's name score when both name different legal forms (AG vs GmbH, LLC vs ANO).</summary>
    public double LegalFormMismatchFactor { get; init; } = 0.65;

    /// <summary>Two words are paired only from this similarity up.</summary>
    public double MinimumPairSimilarity { get; init; } = 0.5;

    /// <summary>Similarity of two words that share a symbol (nickname, cross-script spelling, translated company word).</summary>
    public double SymbolSimilarity { get; init; } = 0.9;

    /// <summary>Similarity of an initial and a word starting with that letter.</summary>
    public double InitialSimilarity { get; init; } = 0.8;

    /// <summary>Similarity of the masculine and feminine form of one name ("Antonio"/"Antonia", "Ivanov"/"Ivanova"): below the pairing minimum, so they count as replaced words.</summary>
    public double GenderedFormSimilarity { get; init; } = 0.45;

    /// <summary>Similarity of words whose consonants agree but whose vowels differ beyond the typo budget.</summary>
    public double SkeletonSimilarity { get; init; } = 0.8;

    /// <summary>Factor on a vessel's (or aircraft's) name score when numbers differ: "Victory" and "Victory 3" are different ships.</summary>
    public double NumberMismatchFactor { get; init; } = 0.6;

    /// <summary>
    /// Factor on other names' scores when numbers differ ("Fund VII" vs "Fund VIII"): related
    /// entities of one series, scored into the review band rather than away from it.
    /// </summary>
    public double NumberMismatchFactorOrganisation { get; init; } = 0.75;

    /// <summary>Factor on a person's name score when two names of several words share only one full word.</summary>
    public double SingleSharedWordFactor { get; init; } = 0.75;

    /// <summary>Factor on the similarity of a word that names the father (after "bin") on one side and the person on the other.</summary>
    public double PatronymicMismatchFactor { get; init; } = 0.4;

    /// <summary>Score of an equal IMO number or MMSI: the hull's identity, whatever the name.</summary>
    public double VesselIdentifierScore { get; init; } = 0.95;

    /// <summary>Score of another equal identifier (passport, tax or registration number).</summary>
    public double IdentifierScore { get; init; } = 0.85;

    /// <summary>Factor on name scores reached through a weak (low-quality) alias.</summary>
    public double WeakAliasFactor { get; init; } = 0.8;

    /// <summary>Added when the query's IMO number differs from the listed vessel's: another hull.</summary>
    public double IdentifierMismatch { get; init; } = -0.4;

    /// <summary>Added when both sides state countries and none agree.</summary>
    public double CountryMismatch { get; init; } = -0.2;

    /// <summary>Added when both sides state birth years and none agree.</summary>
    public double BirthYearMismatch { get; init; } = -0.15;

    /// <summary>Added when full birth dates share the year but not the day.</summary>
    public double BirthDayMismatch { get; init; } = -0.25;

    /// <summary>Candidates scored per query, taken best-first from the index.</summary>
    public int CandidateLimit { get; init; } = 32;
}
