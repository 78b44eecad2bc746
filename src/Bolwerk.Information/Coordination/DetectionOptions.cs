namespace Bolwerk.Information.Coordination;

/// <summary>Every parameter of a detection run; printed with the result.</summary>
public sealed record DetectionOptions
{
    /// <summary>Two actions pair when |Δt| ≤ this (inclusive).</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>An edge enters a network when the two accounts co-shared at least this many distinct items (repetition is what separates coordination from coincidence).</summary>
    public int MinWeight { get; init; } = 2;

    /// <summary>Similarity threshold of co-text.</summary>
    public double Similarity { get; init; } = 0.8;

    /// <summary>How co-text compares word sets.</summary>
    public SimilarityMeasure SimilarityMeasure { get; init; } = SimilarityMeasure.Dice;

    /// <summary>Minimum distinct words of a text for co-text.</summary>
    public int MinTokens { get; init; } = 5;

    /// <summary>CooRTweet's min_participation (1: no filter).</summary>
    public int MinParticipation { get; init; } = 1;

    /// <summary>
    /// When set (e.g. 0.01), an edge enters a network only when chance is an unlikely explanation:
    /// its <see cref="CoordinationEdge.ChanceP"/> is below this divided by the number of edges of
    /// its signal. Null: the peers' definition (minimum weight only).
    /// </summary>
    public double? Significance { get; init; }

    /// <summary>How accounts are grouped into networks.</summary>
    public Clustering Clustering { get; init; } = Clustering.Components;

    /// <summary>The signals to run.</summary>
    public IReadOnlySet<CoordinationKind> Kinds { get; init; } = new HashSet<CoordinationKind>(Enum.GetValues<CoordinationKind>());
}
