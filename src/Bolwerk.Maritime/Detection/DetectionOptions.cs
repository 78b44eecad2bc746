namespace Bolwerk.Maritime.Detection;

/// <summary>
/// Every threshold of the maritime watch. Defaults are our synthesis of published methods
/// (Global Fishing Watch, Skylight, MarineTraffic) and the incident record; docs/detection.md
/// gives the source of each. All are configurable (JSON, see <c>--thresholds</c>).
/// </summary>
public sealed record DetectionOptions
{
    /// <summary>Shared geometry: how near counts as "at" an asset or anchorage.</summary>
    public CorridorOptions Corridor { get; init; } = new();

    /// <summary>anchor-drag.</summary>
    public AnchorDragOptions AnchorDrag { get; init; } = new();

    /// <summary>infrastructure-loitering.</summary>
    public LoiteringOptions Loitering { get; init; } = new();

    /// <summary>ais-gap.</summary>
    public AisGapOptions AisGap { get; init; } = new();

    /// <summary>position-jump and the two-track identity-conflict.</summary>
    public TrackConsistencyOptions TrackConsistency { get; init; } = new();

    /// <summary>rendezvous.</summary>
    public RendezvousOptions Rendezvous { get; init; } = new();
}

/// <summary>Corridor geometry shared by the detectors.</summary>
public sealed record CorridorOptions
{
    /// <summary>Half-width of a cable/pipeline corridor, metres (notes: start at 500 m–2 km).</summary>
    public double BufferMetres { get; init; } = 1_000;

    /// <summary>Within this distance of a designated anchorage, slow or anchored ships are explained, metres.</summary>
    public double AnchorageExclusionMetres { get; init; } = 3_000;
}

/// <summary>anchor-drag: reduced but non-zero speed across or along a corridor.</summary>
public sealed record AnchorDragOptions
{
    /// <summary>Below this the ship is loitering or stopped, not dragging, knots (GFW loitering: below 2 kn).</summary>
    public double MinimumSpeedKnots { get; init; } = 2.0;

    /// <summary>A silence counts as reduced speed when the distance covered implies at least this, knots (Eagle S: 3 nm in 1.5 h = 2 kn).</summary>
    public double MinimumSilenceSpeedKnots { get; init; } = 0.5;

    /// <summary>A minute counts as reduced when its mean speed is at most this fraction of the baseline (Eagle S: 6.3/8.5 = 0.74).</summary>
    public double ReducedFraction { get; init; } = 0.82;

    /// <summary>The baseline must show a ship in transit, knots.</summary>
    public double MinimumBaselineKnots { get; init; } = 5.0;

    /// <summary>The baseline is the median minute speed from this many minutes ago …</summary>
    public int BaselineFromMinutesAgo { get; init; } = 60;

    /// <summary>… to this many minutes ago, so a slow-down does not drag its own baseline down.</summary>
    public int BaselineToMinutesAgo { get; init; } = 12;

    /// <summary>Minutes of data the baseline needs.</summary>
    public int BaselineMinimumMinutes { get; init; } = 15;

    /// <summary>Shortest episode, minutes (notes: 15–20 min).</summary>
    public double MinimumMinutes { get; init; } = 15;

    /// <summary>Reduced minutes the reports themselves must show: a silence alone (a ship decelerating to drift during a reception gap) is not a drag.</summary>
    public int MinimumReportedMinutes { get; init; } = 5;

    /// <summary>Fewest positions in an episode.</summary>
    public int MinimumPositions { get; init; } = 5;

    /// <summary>Consecutive unreduced minutes that end an episode.</summary>
    public int RecoveryMinutes { get; init; } = 4;

    /// <summary>A silence inside an episode longer than this ends it, minutes (Eagle S was silent 90 min).</summary>
    public double MaximumGapMinutes { get; init; } = 150;
}

/// <summary>infrastructure-loitering: low speed near an asset for a long time.</summary>
public sealed record LoiteringOptions
{
    /// <summary>Loitering speed, knots (GFW: average below 2 kn).</summary>
    public double MaximumSpeedKnots { get; init; } = 2.0;

    /// <summary>Distance from the asset, metres.</summary>
    public double RadiusMetres { get; init; } = 1_000;

    /// <summary>Shortest episode, minutes (GFW: 2 h).</summary>
    public double MinimumMinutes { get; init; } = 120;

    /// <summary>Time away (fast or far) that ends an episode, minutes; silences end it only when longer than the ais-gap minimum.</summary>
    public double BreakMinutes { get; init; } = 20;
}

/// <summary>ais-gap: a silence far longer than the vessel's cadence and the area's gaps.</summary>
public sealed record AisGapOptions
{
    /// <summary>No gap shorter than this is reported, minutes (offshore reception loses ships for tens of minutes).</summary>
    public double MinimumMinutes { get; init; } = 60;

    /// <summary>… nor shorter than this many times the vessel's own median report interval.</summary>
    public double CadenceMultiple { get; init; } = 12;

    /// <summary>… nor shorter than this many times the area's 95th-percentile ordinary silence (those below the minimum), once learned.</summary>
    public double AreaMultiple { get; init; } = 2;

    /// <summary>Gaps of at least this many minutes teach the area statistic.</summary>
    public double AreaLearnFromMinutes { get; init; } = 3;

    /// <summary>Gaps the area needs before its statistic is used.</summary>
    public int AreaMinimumSamples { get; init; } = 30;

    /// <summary>Size of an area cell, degrees.</summary>
    public double AreaCellDegrees { get; init; } = 0.5;

    /// <summary>A gap whose implied speed exceeds this is a position or identity error, not a silence, knots (notes: ~30 kn).</summary>
    public double MaximumImpliedSpeedKnots { get; init; } = 30;

    /// <summary>A gap at least this long scores fully on duration, minutes (GFW disabling: 12 h).</summary>
    public double FullScoreMinutes { get; init; } = 360;
}

/// <summary>position-jump and simultaneous two-track identity-conflict.</summary>
public sealed record TrackConsistencyOptions
{
    /// <summary>Highest plausible speed between two reports, knots.</summary>
    public double MaximumSpeedKnots { get; init; } = 50;

    /// <summary>Distance allowed on top of that for GPS noise and time rounding, metres.</summary>
    public double ToleranceMetres { get; init; } = 1_000;

    /// <summary>A second track with at most this many positions that the first track outlives is a jump.</summary>
    public int JumpMaximumPositions { get; init; } = 4;

    /// <summary>Switches between the two tracks that make them two ships at once.</summary>
    public int ConflictMinimumSwitches { get; init; } = 4;

    /// <summary>Positions the second track needs to be a ship of its own.</summary>
    public int ConflictMinimumPositions { get; init; } = 4;

    /// <summary>A second track within this many hours of a two-ship conflict belongs to that episode (one alert per episode).</summary>
    public double ConflictEpisodeHours { get; init; } = 6;

    /// <summary>A track silent this long is closed, minutes.</summary>
    public double TrackTimeoutMinutes { get; init; } = 30;
}

/// <summary>rendezvous: two vessels close and slow for hours away from anchorages.</summary>
public sealed record RendezvousOptions
{
    /// <summary>Distance between the two, metres (GFW encounters: 500 m).</summary>
    public double MaximumDistanceMetres { get; init; } = 500;

    /// <summary>Both slower than this, knots (GFW: 2 kn).</summary>
    public double MaximumSpeedKnots { get; init; } = 2.0;

    /// <summary>Shortest encounter, minutes (GFW: 2 h).</summary>
    public double MinimumMinutes { get; init; } = 120;

    /// <summary>Away from anchorages by at least this, metres (GFW: 10 km).</summary>
    public double AnchorageExclusionMetres { get; init; } = 10_000;

    /// <summary>Time without a sighting together that ends an encounter, minutes (longer than an ordinary reception silence).</summary>
    public double BreakMinutes { get; init; } = 60;
}
