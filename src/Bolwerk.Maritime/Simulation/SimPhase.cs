namespace Bolwerk.Maritime.Simulation;

/// <summary>
/// A stretch of a simulated vessel's day that departs from plain transit: a speed, a status, a
/// silence, a zig-zag, a drift or a displaced position. Fields left null keep the transit value.
/// </summary>
internal sealed record SimPhase(long StartMs, long EndMs)
{
    /// <summary>Speed in knots, replacing the vessel's transit speed.</summary>
    public double? Knots { get; init; }

    /// <summary>Navigational status reported.</summary>
    public byte? Status { get; init; }

    /// <summary>The transponder sends nothing (the vessel keeps moving).</summary>
    public bool Silent { get; init; }

    /// <summary>Heading swings this many degrees either side of the course, report by report.</summary>
    public double ZigZagDegrees { get; init; }

    /// <summary>Steer this course instead of following the route (drifting, loitering).</summary>
    public double? Course { get; init; }

    /// <summary>Reports are displaced by this many metres east and north (spoofing), the ship is not.</summary>
    public (double East, double North)? Displacement { get; init; }

    /// <summary>Static reports in this phase alternate between these names.</summary>
    public IReadOnlyList<string>? AlternateNames { get; init; }

    public bool Covers(long timeMs) => timeMs >= StartMs && timeMs < EndMs;
}
