using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace Bolwerk.Grading;

/// <summary>
/// An Admiralty (NATO) grade of a piece of evidence: source reliability and information
/// credibility judged separately, written as a letter and a digit, e.g. "B2".
/// </summary>
/// <remarks>The default value is F6 ("cannot be judged"). Immutable and thread-safe.</remarks>
[JsonConverter(typeof(AdmiraltyGradeJsonConverter))]
public readonly record struct AdmiraltyGrade
{
    private readonly SourceReliability _reliability;
    private readonly InformationCredibility _credibility;

    /// <summary>Creates a grade.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value outside A–F or 1–6.</exception>
    public AdmiraltyGrade(SourceReliability reliability, InformationCredibility credibility)
    {
        if (reliability is < SourceReliability.A or > SourceReliability.F)
        {
            throw new ArgumentOutOfRangeException(nameof(reliability), reliability, "Source reliability is A to F.");
        }

        if (credibility is < InformationCredibility.Confirmed or > InformationCredibility.CannotBeJudged)
        {
            throw new ArgumentOutOfRangeException(nameof(credibility), credibility, "Information credibility is 1 to 6.");
        }

        _reliability = reliability;
        _credibility = credibility;
    }

    /// <summary>How far the source has proved reliable.</summary>
    public SourceReliability Reliability => _reliability == 0 ? SourceReliability.F : _reliability;

    /// <summary>How far the information itself is corroborated.</summary>
    public InformationCredibility Credibility => _credibility == 0 ? InformationCredibility.CannotBeJudged : _credibility;

    /// <summary>
    /// The STIX 2.1 confidence (0–100) for the credibility digit, per STIX 2.1 Appendix A's
    /// Admiralty mapping (1→90, 2→70, 3→50, 4→30, 5→10); 6 has no value there and maps to null.
    /// </summary>
    [JsonIgnore]
    public int? StixConfidence => Credibility switch
    {
        InformationCredibility.Confirmed => 90,
        InformationCredibility.ProbablyTrue => 70,
        InformationCredibility.PossiblyTrue => 50,
        InformationCredibility.Doubtful => 30,
        InformationCredibility.Improbable => 10,
        _ => null,
    };

    /// <summary>Parses "B2" (letter then digit, letter in any case).</summary>
    /// <exception cref="FormatException">Not a grade; the message quotes the input.</exception>
    public static AdmiraltyGrade Parse(string text) =>
        TryParse(text, out var grade) ? grade : throw new FormatException($"'{text}' is not an Admiralty grade: expected a letter A-F and a digit 1-6, e.g. B2.");

    /// <summary>Parses without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out AdmiraltyGrade grade) => TryParse(text.AsSpan(), out grade);

    /// <summary>Parses "B2" from a span without allocating.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out AdmiraltyGrade grade)
    {
        grade = default;
        var span = text.Trim();
        if (span.Length != 2)
        {
            return false;
        }

        var letter = char.ToUpperInvariant(span[0]);
        var digit = span[1];
        if (letter is < 'A' or > 'F' || digit is < '1' or > '6')
        {
            return false;
        }

        grade = new AdmiraltyGrade((SourceReliability)(letter - 'A' + 1), (InformationCredibility)(digit - '0'));
        return true;
    }

    /// <summary>"B2".</summary>
    public override string ToString() => $"{Reliability}{(int)Credibility}";
}
