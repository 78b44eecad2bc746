namespace Bolwerk.Maritime.Dossiers;

/// <summary>
/// The shadow-fleet risk factors' weights and thresholds (data, not code; normalised by their
/// sum). Our synthesis of the traits public reporting gives shadow-fleet tankers: flags of
/// convenience and reflagging, age, going dark, ship-to-ship transfers, identity games, listings.
/// </summary>
public sealed record ShadowFleetRiskWeights
{
    /// <summary>Flying a flag of convenience (data/maritime/flags-of-convenience.csv).</summary>
    public double FlagOfConvenience { get; init; } = 0.10;

    /// <summary>More than one flag for the IMO number (several MMSIs with different MIDs): reflagging.</summary>
    public double FlagChanges { get; init; } = 0.15;

    /// <summary>An old ship by its IMO number's era (below <see cref="OldImoBelow"/>).</summary>
    public double Age { get; init; } = 0.10;

    /// <summary>IMO numbers below this were issued to ships built before about 2008 (the shadow fleet's ships are mostly 15+ years old).</summary>
    public int OldImoBelow { get; init; } = 9_400_000;

    /// <summary>AIS gaps raised by the watch: 1 from three.</summary>
    public double AisGaps { get; init; } = 0.15;

    /// <summary>Rendezvous (ship-to-ship) raised by the watch: 1 from two.</summary>
    public double ShipToShip { get; init; } = 0.15;

    /// <summary>Identity conflicts, and name or call-sign changes: 1 from two.</summary>
    public double Identity { get; init; } = 0.10;

    /// <summary>On a watch list (e.g. EU Annex XLII): the strongest single sign.</summary>
    public double WatchListed { get; init; } = 0.25;

    /// <summary>Sum of the weights.</summary>
    public double Total => FlagOfConvenience + FlagChanges + Age + AisGaps + ShipToShip + Identity + WatchListed;
}
