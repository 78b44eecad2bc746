using System.Globalization;
using System.Text;

namespace Bolwerk.Sanctions.Matching;

/// <summary>Two words (or a word and two written apart) paired by the comparison, with their similarity.</summary>
public sealed record PairedWords(string Query, string Candidate, double Similarity);

/// <summary>How a query name compared with a listed name, with the pairing that produced the score.</summary>
public sealed record NameComparison(
    double Score,
    string QueryName,
    string CandidateName,
    string Method,
    IReadOnlyList<PairedWords> Pairs,
    IReadOnlyList<string> UnpairedQuery,
    IReadOnlyList<string> UnpairedCandidate,
    bool NumbersDiffer)
{
    /// <summary>One line an analyst can check: which words met, which were left over, and why.</summary>
    public string Explain()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"name \"{QueryName}\" ~ \"{CandidateName}\" {Score:0.00} ({Method}");
        if (Pairs.Count > 0)
        {
            text.Append(": ");
            text.AppendJoin(", ", Pairs.Select(p => p.Similarity >= 1.0
                ? $"{p.Query}={p.Candidate}"
                : string.Create(CultureInfo.InvariantCulture, $"{p.Query}~{p.Candidate} {p.Similarity:0.00}")));
        }

        if (UnpairedQuery.Count > 0)
        {
            text.Append("; query only: ").AppendJoin(' ', UnpairedQuery);
        }

        if (UnpairedCandidate.Count > 0)
        {
            text.Append("; listed only: ").AppendJoin(' ', UnpairedCandidate);
        }

        if (NumbersDiffer)
        {
            text.Append("; numbers differ");
        }

        return text.Append(')').ToString();
    }
}
