namespace Bolwerk.Strategy.Indicators;

/// <summary>Where an indicator stands against its trajectory.</summary>
public enum Standing
{
    /// <summary>No data: the reason is stated, nothing is guessed.</summary>
    NoData,

    /// <summary>Measured, but the strategy states no quantified target: the value and its direction are shown.</summary>
    Measured,

    /// <summary>The target is already met.</summary>
    Achieved,

    /// <summary>Recent progress meets or beats what the target still needs each year.</summary>
    OnTrack,

    /// <summary>Progress, but slower than needed.</summary>
    AtRisk,

    /// <summary>Too little progress, or going the wrong way.</summary>
    OffTrack,
}

/// <summary>An indicator's computed status, with every number behind it.</summary>
/// <param name="IndicatorId">The indicator.</param>
/// <param name="Standing">On track, at risk, off track, achieved or no data.</param>
/// <param name="Latest">The latest value used and its year.</param>
/// <param name="TrajectoryValue">Where the linear path from baseline to target stands in that year.</param>
/// <param name="RequiredAnnualChange">The change per year still needed from the latest value to reach the target in time.</param>
/// <param name="RecentAnnualChange">The change over the last year of data.</param>
/// <param name="Explanation">The rule applied, in words and numbers, or why there is no data.</param>
/// <param name="Edition">The data edition used.</param>
public sealed record IndicatorStatus(
    string IndicatorId,
    Standing Standing,
    (int Year, double Value)? Latest,
    double? TrajectoryValue,
    double? RequiredAnnualChange,
    double? RecentAnnualChange,
    string Explanation,
    string? Edition);
