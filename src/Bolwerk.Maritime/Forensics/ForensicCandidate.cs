using Bolwerk.Maritime.Tracking;

namespace Bolwerk.Maritime.Forensics;

/// <summary>A vessel whose (interpolated) track came within the radius in the window, with its evidence.</summary>
public sealed record ForensicCandidate
{
    /// <summary>1 for the strongest evidence.</summary>
    public int Rank { get; init; }

    /// <summary>The vessel.</summary>
    public required uint Mmsi { get; init; }

    /// <summary>Name, when reported.</summary>
    public string? Name { get; init; }

    /// <summary>IMO, when reported.</summary>
    public int? Imo { get; init; }

    /// <summary>Weighted evidence, 0–1.</summary>
    public required double Score { get; init; }

    /// <summary>The evidence in words and numbers, strongest first.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }

    /// <summary>Closest approach of the interpolated track, metres.</summary>
    public required double ClosestApproachMeters { get; init; }

    /// <summary>When it was closest.</summary>
    public required DateTimeOffset ClosestApproachAt { get; init; }

    /// <summary>Minutes the interpolated track spent within the radius.</summary>
    public required double MinutesNearAsset { get; init; }

    /// <summary>True when that closest approach falls in an AIS silence (interpolated, not reported).</summary>
    public bool ClosestApproachInterpolated { get; init; }

    /// <summary>Each factor's value 0–1, by name.</summary>
    public required IReadOnlyDictionary<string, double> Factors { get; init; }

    /// <summary>The vessel's reported positions in the window (the track behind the evidence).</summary>
    public IReadOnlyList<TrackPoint> Track { get; init; } = [];
}

/// <summary>How well the area around the fault was covered by AIS reception, so that no candidates is never mistaken for no suspects.</summary>
/// <param name="Positions">Reported positions within five radii of the asset (or fault position) in the hour either side of the fault.</param>
/// <param name="Vessels">Distinct vessels among them.</param>
/// <param name="Thin">True when fewer than 20 positions: the data cannot rule anyone out.</param>
/// <param name="Statement">The coverage in words.</param>
public sealed record ForensicCoverage(int Positions, int Vessels, bool Thin, string Statement);
