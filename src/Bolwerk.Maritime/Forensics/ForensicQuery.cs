using Bolwerk.Geodesy;
using Bolwerk.Maritime.Infrastructure;

namespace Bolwerk.Maritime.Forensics;

/// <summary>
/// A fault to investigate: the asset, when it failed (± the window) and, when known, where along
/// it (± the radius around that position instead of around the whole asset).
/// </summary>
public sealed record ForensicQuery
{
    /// <summary>The damaged cable, pipeline or other asset.</summary>
    public required InfrastructureAsset Asset { get; init; }

    /// <summary>Time of the fault (as reported by the operator).</summary>
    public required DateTimeOffset FaultTime { get; init; }

    /// <summary>Vessels are searched from this long before the fault to this long after it.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromHours(12);

    /// <summary>Estimated fault position, when the operator has one.</summary>
    public GeoPoint? FaultPosition { get; init; }

    /// <summary>How close to the asset (or the fault position) counts as "there", metres.</summary>
    public double RadiusMetres { get; init; } = 2_000;

    /// <summary>Start of the search window.</summary>
    public DateTimeOffset From => FaultTime - Window;

    /// <summary>End of the search window.</summary>
    public DateTimeOffset To => FaultTime + Window;
}
