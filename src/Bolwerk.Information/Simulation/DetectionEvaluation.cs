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
    public static IReadOnlyList<PairScore> Evaluate(DetectionResult result, SimulatedCorpus corpus, int minWeight) => Evaluate(result, corpus, new DetectionOptions { MinWeight = minWeight });

    /// <summary>One score per planted signal, counting the edges that pass <paramref name="options"/> (weight and significance).</summary>
    public static IReadOnlyList<PairScore> Evaluate(DetectionResult result, SimulatedCorpus corpus, DetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return Evaluate(result, corpus.Planted, options);
    }

    /// <summary>One score per signal of <paramref name="plantedPairs"/> (e.g. read from a truth file).</summary>
    public static IReadOnlyList<PairScore> Evaluate(DetectionResult result, IReadOnlyDictionary<CoordinationKind, IReadOnlySet<(string A, string B)>> plantedPairs, DetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(plantedPairs);
        var scores = new List<PairScore>();
        foreach (var (kind, planted) in plantedPairs)
        {
            var detected = result.Edges.TryGetValue(kind, out var edges)
                ? EdgeFilter.Passing(edges, options).Select(e => Ordered(result.Accounts.Name(e.A), result.Accounts.Name(e.B))).ToHashSet()
                : [];
            scores.Add(new PairScore(kind, planted.Count, detected.Count, detected.Count(planted.Contains)));
        }

        return scores;
    }

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}

/// <summary>Reads a truth file written by <c>bolwerk fimi simulate --truth</c>: <c>kind,account,account_y</c>.</summary>
public static class TruthFile
{
    /// <summary>The planted pairs per signal.</summary>
    public static IReadOnlyDictionary<CoordinationKind, IReadOnlySet<(string A, string B)>> Read(string path)
    {
        var pairs = new Dictionary<CoordinationKind, HashSet<(string, string)>>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            if (line++ == 0 || text.Length == 0)
            {
                continue;
            }

            var f = text.Split(',');
            if (f.Length != 3 || !CoordinationKinds.TryParse(f[0], out var kind))
            {
                throw new FormatException($"{path}: line {line}: expected kind,account,account_y");
            }

            if (!pairs.TryGetValue(kind, out var set))
            {
                pairs[kind] = set = [];
            }

            set.Add(string.CompareOrdinal(f[1], f[2]) < 0 ? (f[1], f[2]) : (f[2], f[1]));
        }

        return pairs.ToDictionary(p => p.Key, p => (IReadOnlySet<(string A, string B)>)p.Value);
    }
}
