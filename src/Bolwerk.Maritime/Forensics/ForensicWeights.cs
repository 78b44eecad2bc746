namespace Bolwerk.Maritime.Forensics;

/// <summary>
/// How much each kind of evidence weighs in a candidate's score (the weights are normalised by
/// their sum, so only their ratios matter). Data, not code: documented in docs/detection.md and
/// overridable. Each factor itself is 0–1 and stated in the candidate's reasons.
/// </summary>
public sealed record ForensicWeights
{
    /// <summary>Closest approach: 1 on the asset, 0 at the radius.</summary>
    public double Proximity { get; init; } = 0.10;

    /// <summary>Being there near the fault time: 1 at the fault time, halving every 2 hours away.</summary>
    public double AtFaultTime { get; init; } = 0.15;

    /// <summary>Time spent near the asset: 1 from an hour.</summary>
    public double Dwell { get; init; } = 0.10;

    /// <summary>Speed reduction near the asset against the vessel's own speed elsewhere in the window.</summary>
    public double SlowOverAsset { get; init; } = 0.20;

    /// <summary>An AIS silence of 10 minutes or more whose interpolated passage crosses the radius (Eagle S).</summary>
    public double DarkOverAsset { get; init; } = 0.15;

    /// <summary>Heading zig-zag or "at anchor" while moving near the asset.</summary>
    public double AnchorSigns { get; init; } = 0.05;

    /// <summary>An anchor-drag or loitering alert from the watch in the window.</summary>
    public double WatchAlerts { get; init; } = 0.15;

    /// <summary>On the watch list, or an identity conflict in the window.</summary>
    public double IdentityAndListing { get; init; } = 0.10;

    /// <summary>Sum of the weights.</summary>
    public double Total => Proximity + AtFaultTime + Dwell + SlowOverAsset + DarkOverAsset + AnchorSigns + WatchAlerts + IdentityAndListing;
}
