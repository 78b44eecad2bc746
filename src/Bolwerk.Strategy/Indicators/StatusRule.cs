namespace Bolwerk.Strategy.Indicators;

/// <summary>
/// How a status is decided (docs/strategy.md). With the change still needed per year to reach the
/// target from the latest value (required), and the change over the latest year (recent): on track
/// when recent ≥ required; at risk when recent ≥ <see cref="AtRiskShare"/> × required; off track
/// otherwise; achieved when the target is met. For "down" indicators the same on the negated values.
/// </summary>
public sealed record StatusRule
{
    /// <summary>The shipped rule.</summary>
    public static StatusRule Default { get; } = new();

    /// <summary>The share of the required yearly change that still counts as at risk rather than off track.</summary>
    public double AtRiskShare { get; init; } = 0.5;

    /// <summary>
    /// Lower bounds of the pace ratio (recent ÷ required change) for Amber/Green, Amber and
    /// Amber/Red on the five-level delivery-confidence scale; below the last is Red.
    /// </summary>
    public IReadOnlyList<double> ConfidenceBands { get; init; } = [0.75, 0.5, 0.25];
}
