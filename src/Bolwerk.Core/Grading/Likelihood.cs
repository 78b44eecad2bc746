namespace Bolwerk.Grading;

/// <summary>
/// The terms of the UK Professional Head of Intelligence Assessment probability yardstick
/// (2019 edition), used to state confidence in an assessment in words with a numeric range.
/// </summary>
public enum Likelihood
{
    /// <summary>Remote chance: 0–5 %.</summary>
    RemoteChance = 0,

    /// <summary>Highly unlikely: 10–20 %.</summary>
    HighlyUnlikely,

    /// <summary>Unlikely: 25–35 %.</summary>
    Unlikely,

    /// <summary>Realistic possibility: 40–50 %.</summary>
    RealisticPossibility,

    /// <summary>Likely or probably: 55–75 %.</summary>
    Likely,

    /// <summary>Highly likely: 80–90 %.</summary>
    HighlyLikely,

    /// <summary>Almost certain: 95–100 %.</summary>
    AlmostCertain,
}
