namespace Bolwerk.Information.Coordination;

/// <summary>The one rule for which edges count as coordination: not a loop, at least the minimum weight, and (when asked) not explained by chance.</summary>
public static class EdgeFilter
{
    /// <summary>The edges of one signal that pass <paramref name="options"/>.</summary>
    public static IEnumerable<CoordinationEdge> Passing(IReadOnlyList<CoordinationEdge> edges, DetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(options);
        var candidates = edges.Where(e => e.A != e.B).ToList();

        // Bonferroni over every edge of the signal that was tested, not only the heavy ones.
        return candidates.Where(e => e.Objects >= options.MinWeight && (options.Significance is not { } alpha || e.ChanceP < alpha / candidates.Count));
    }
}
