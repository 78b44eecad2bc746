namespace Bolwerk.Information.Networks;

/// <summary>An analyst's decision on a DISARM technique for a network: confirmed or rejected, with who, when and why.</summary>
/// <param name="Technique">DISARM technique id (T0049.003).</param>
/// <param name="Confirmed">True: the analyst confirms it; false: rejects a suggestion.</param>
/// <param name="Analyst">Who decided.</param>
/// <param name="At">When.</param>
/// <param name="Note">Why, in the analyst's words.</param>
public sealed record TechniqueTag(string Technique, bool Confirmed, string Analyst, DateTimeOffset At, string? Note)
{
    /// <summary>The standing decisions: the latest per technique.</summary>
    public static IReadOnlyList<TechniqueTag> Current(IEnumerable<TechniqueTag> history) =>
        [.. history.GroupBy(t => t.Technique, StringComparer.Ordinal).Select(g => g.MaxBy(t => t.At)!).OrderBy(t => t.Technique, StringComparer.Ordinal)];
}
