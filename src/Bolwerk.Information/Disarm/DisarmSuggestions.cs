using Bolwerk.Information.Coordination;

namespace Bolwerk.Information.Disarm;

/// <summary>A DISARM technique suggested for a network: inferred from the signal until an analyst confirms it.</summary>
/// <param name="Technique">The technique.</param>
/// <param name="Reason">Why the detector suggests it.</param>
/// <param name="Countermeasures">The blue framework's countermeasures linked to it (or to its parent technique).</param>
public sealed record DisarmSuggestion(DisarmTechnique Technique, string Reason, IReadOnlyList<DisarmCountermeasure> Countermeasures);

/// <summary>
/// Which DISARM techniques a detected network points to (docs/fimi.md): co-share at machine speed
/// (mean Δt ≤ 5 s) → bots amplifying by automated reposting; at human speed → trolls amplifying,
/// swarming, amplifying a narrative; co-link → cross-posting, inauthentic sites amplifying news;
/// co-reply → commenting or replying; co-text → copypasta, reusing content. Every suggestion is
/// inferred; the ids are checked against the framework at first use (a test fails if DISARM
/// retires one).
/// </summary>
public static class DisarmSuggestions
{
    /// <summary>Mean Δt at or under which co-sharing looks automated (QUT docs: under 5 s suggests automation).</summary>
    public const double MachineSpeedSeconds = 5;

    private static readonly Dictionary<string, string[]> ByRule = new(StringComparer.Ordinal)
    {
        ["co-share-fast"] = ["T0049.003", "T0049"],
        ["co-share"] = ["T0049.001", "T0049.005", "T0118"],
        ["co-link"] = ["T0119", "T0049.007"],
        ["co-reply"] = ["T0116", "T0116.001"],
        ["co-text"] = ["T0084.001", "T0084"],
    };

    /// <summary>Every technique id the rules can suggest.</summary>
    public static IEnumerable<string> AllIds => ByRule.Values.SelectMany(v => v).Distinct(StringComparer.Ordinal);

    /// <summary>The suggestions for <paramref name="network"/>.</summary>
    public static IReadOnlyList<DisarmSuggestion> For(CoordinatedNetwork network, DisarmFramework framework)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(framework);
        var suggestions = new List<DisarmSuggestion>();
        foreach (var kind in network.Kinds)
        {
            var (rule, reason) = kind switch
            {
                CoordinationKind.CoShare when network.MeanDeltaSeconds <= MachineSpeedSeconds => ("co-share-fast", $"co-share at machine speed (mean Δt {network.MeanDeltaSeconds:0.#} s)"),
                CoordinationKind.CoShare => ("co-share", $"co-share at human speed (mean Δt {network.MeanDeltaSeconds:0.#} s)"),
                CoordinationKind.CoLink => ("co-link", "the same links posted together"),
                CoordinationKind.CoReply => ("co-reply", "replies to the same posts together"),
                CoordinationKind.CoText => ("co-text", "near-identical texts posted together"),
                _ => (null, null),
            };
            if (rule is null)
            {
                continue;
            }

            foreach (var id in ByRule[rule])
            {
                var technique = framework.Techniques.TryGetValue(id, out var t) ? t : throw new InvalidOperationException($"DISARM technique {id} of rule {rule} is not in the framework");
                suggestions.Add(new DisarmSuggestion(technique, reason!, framework.CountermeasuresFor(id)));
            }
        }

        return [.. suggestions.DistinctBy(s => s.Technique.Id)];
    }
}
