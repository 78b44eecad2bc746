using System.Globalization;

namespace Bolwerk.Grading;

/// <summary>
/// Maps between <see cref="Likelihood"/> terms and probabilities.
/// </summary>
/// <remarks>
/// The yardstick leaves deliberate gaps between its ranges (5–10 %, 20–25 %, …) so that
/// analysts do not imply spurious precision. A computed probability that falls in a gap is
/// given the term whose range is nearer; exactly midway, the lower term, because an assessment
/// should not overstate. Pure and thread-safe.
/// </remarks>
public static class ProbabilityYardstick
{
    private static readonly (Likelihood Term, double Low, double High, string Words)[] Terms =
    [
        (Likelihood.RemoteChance, 0.00, 0.05, "remote chance"),
        (Likelihood.HighlyUnlikely, 0.10, 0.20, "highly unlikely"),
        (Likelihood.Unlikely, 0.25, 0.35, "unlikely"),
        (Likelihood.RealisticPossibility, 0.40, 0.50, "realistic possibility"),
        (Likelihood.Likely, 0.55, 0.75, "likely"),
        (Likelihood.HighlyLikely, 0.80, 0.90, "highly likely"),
        (Likelihood.AlmostCertain, 0.95, 1.00, "almost certain"),
    ];

    /// <summary>The lowest probability of the term's range, 0–1.</summary>
    public static double LowerBound(this Likelihood term) => Entry(term).Low;

    /// <summary>The highest probability of the term's range, 0–1.</summary>
    public static double UpperBound(this Likelihood term) => Entry(term).High;

    /// <summary>Reads a term as written ("highly likely") or as a key ("highly-likely"), in any letter case.</summary>
    public static bool TryParseTerm(string? text, out Likelihood term)
    {
        foreach (var entry in Terms)
        {
            if (text is not null && (string.Equals(text.Trim(), entry.Words, StringComparison.OrdinalIgnoreCase)
                || string.Equals(text.Trim(), entry.Words.Replace(' ', '-'), StringComparison.OrdinalIgnoreCase)))
            {
                term = entry.Term;
                return true;
            }
        }

        term = default;
        return false;
    }

    /// <summary>The term as written in an assessment, e.g. "highly likely".</summary>
    public static string Words(this Likelihood term) => Entry(term).Words;

    /// <summary>The term with its range, e.g. "highly likely (80–90 %)".</summary>
    public static string Describe(this Likelihood term)
    {
        var entry = Entry(term);
        return string.Create(CultureInfo.InvariantCulture, $"{entry.Words} ({entry.Low * 100:0}–{entry.High * 100:0} %)");
    }

    /// <summary>A STIX 2.1 confidence value (0–100): the midpoint of the term's range.</summary>
    public static int StixConfidence(this Likelihood term)
    {
        var entry = Entry(term);
        return (int)Math.Round((entry.Low + entry.High) * 50, MidpointRounding.AwayFromZero);
    }

    /// <summary>The term for a probability in [0, 1].</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside [0, 1] or NaN.</exception>
    public static Likelihood FromProbability(double probability)
    {
        if (!(probability is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A probability is between 0 and 1.");
        }

        for (var i = 0; i < Terms.Length; i++)
        {
            if (probability > Terms[i].High)
            {
                continue;
            }

            if (i == 0 || probability >= Terms[i].Low)
            {
                return Terms[i].Term;
            }

            // In the gap below term i: the nearer range wins, a tie goes to the lower term. The
            // tolerance keeps binary rounding (0.95 - 0.925 vs 0.925 - 0.9) from breaking ties.
            var aboveLower = probability - Terms[i - 1].High;
            var belowUpper = Terms[i].Low - probability;
            return belowUpper < aboveLower - 1e-9 ? Terms[i].Term : Terms[i - 1].Term;
        }

        return Likelihood.AlmostCertain;
    }

    private static (Likelihood Term, double Low, double High, string Words) Entry(Likelihood term) =>
        term is >= Likelihood.RemoteChance and <= Likelihood.AlmostCertain
            ? Terms[(int)term]
            : throw new ArgumentOutOfRangeException(nameof(term), term, "Unknown likelihood term.");
}
