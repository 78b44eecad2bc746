using Bolwerk.Information.Coordination;

namespace Bolwerk.Information.Simulation;

/// <summary>Precision and recall of account pairs for one signal.</summary>
public sealed record PairScore(CoordinationKind Kind, int Planted, int Detected, int TruePositives)
{
    /// <summary>Share of detected pairs that were planted.</summary>
    public double Precision => Detected == 0 ? 1 : (double)TruePositives / Detected;

    /// <summary>Share of planted pairs that were detected.</summary>
    public double Recall => Planted == 0 ? 1 : (double)TruePositives / Planted;
}

/// <summary>Scores a detection run against a simulated corpus's planted pairs: an account pair counts as detected for a signal when its edge of that signal passed the weight filter.</summary>
public static class DetectionEvaluation
{
    /// <summary>One score per planted signal.</summary>
    public static IReadOnlyList<PairScore> Evaluate(DetectionResult result, SimulatedCorpus corpus, int minWeight)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(corpus);
        var scores = new List<PairScore>();
        foreach (var (kind, planted) in corpus.Planted)
        {
            var detected = result.Edges.TryGetValue(kind, out var edges)
                ? edges.Where(e => e.A != e.B && e.Objects >= minWeight).Select(e => Ordered(result.Accounts.Name(e.A), result.Accounts.Name(e.B))).ToHashSet()
                : [];
            scores.Add(new PairScore(kind, planted.Count, detected.Count, detected.Count(planted.Contains)));
        }

        return scores;
    }

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
