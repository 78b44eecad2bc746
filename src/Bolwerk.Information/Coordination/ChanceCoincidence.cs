namespace Bolwerk.Information.Coordination;

/// <summary>
/// How surprising an edge is, given how active its two accounts are. Under the null that accounts
/// act independently, the within-window coincidences of one signal (P_W pairs between different
/// accounts, out of S actions in all) fall on account pairs in proportion to the product of their
/// activity: λ_ab = 2·s_a·s_b·P_W / S². (This follows from P(a acts on item i) ≈ s_a·n_i / S and
/// summing over items the chance that two acts on the same item fall within the window.) An edge's
/// p-value is P(Poisson(λ_ab) ≥ distinct items co-shared). Two heavy accounts that met on viral
/// items twice are expected to; two quiet accounts that met twice are not. With
/// <see cref="DetectionOptions.Significance"/> an edge enters a network only when its p-value is
/// below α divided by the number of edges tested (Bonferroni).
/// </summary>
public static class ChanceCoincidence
{
    /// <summary>Sets <see cref="CoordinationEdge.ChanceP"/> on every edge of one signal.</summary>
    /// <param name="edges">The signal's edges (loops are skipped).</param>
    /// <param name="actions">Actions per account in this signal (shares, link posts, replies, texts).</param>
    public static void Assess(IReadOnlyList<CoordinationEdge> edges, IReadOnlyDictionary<int, int> actions)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(actions);
        double total = actions.Values.Sum(v => (long)v);
        double pairs = edges.Where(e => e.A != e.B).Sum(e => (long)e.PairCount);
        foreach (var e in edges.Where(e => e.A != e.B))
        {
            var lambda = total == 0 ? 0 : 2.0 * actions.GetValueOrDefault(e.A) * actions.GetValueOrDefault(e.B) * pairs / (total * total);
            e.ChanceP = PoissonAtLeast(e.Objects, lambda);
        }
    }

    /// <summary>P(X ≥ k) for X ~ Poisson(λ), summed from the upper side's complement without cancellation for small λ.</summary>
    public static double PoissonAtLeast(int k, double lambda)
    {
        if (k <= 0)
        {
            return 1;
        }

        if (lambda <= 0)
        {
            return 0;
        }

        // For λ well below k the tail is dominated by its first terms: sum them directly (1 − CDF would cancel to 0).
        if (lambda < k)
        {
            var term = Math.Exp(-lambda + (k * Math.Log(lambda)) - LogFactorial(k));
            var sum = 0.0;
            for (var j = k; j < k + 200 && term > sum * 1e-17; j++)
            {
                sum += term;
                term *= lambda / (j + 1);
            }

            return Math.Min(1, sum);
        }

        var cdf = 0.0;
        var t = Math.Exp(-lambda);
        for (var j = 0; j < k; j++)
        {
            cdf += t;
            t *= lambda / (j + 1);
        }

        return Math.Clamp(1 - cdf, 0, 1);
    }

    /// <summary>Fisher's combination of independent p-values: P(χ²(2n) ≥ −2 Σ ln p) = P(Poisson(−Σ ln p) ≤ n − 1).</summary>
    public static double Fisher(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        var half = -pValues.Sum(p => Math.Log(Math.Max(p, double.Epsilon)));
        return 1 - PoissonAtLeast(pValues.Count, half);
    }

    private static double LogFactorial(int n)
    {
        var sum = 0.0;
        for (var i = 2; i <= n; i++)
        {
            sum += Math.Log(i);
        }

        return sum;
    }
}
