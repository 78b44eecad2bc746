using Bolwerk.Maritime.Tracking;

namespace Bolwerk.Maritime.Detection;

/// <summary>
/// One episode of suspicious behaviour: what, who, when, where, how sure and why, with the track
/// slice and the thresholds that produced it, so an officer can check the reasoning.
/// </summary>
public sealed record MaritimeAlert
{
    /// <summary>One of <see cref="MaritimeAlertKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The vessel the alert is about.</summary>
    public required uint Mmsi { get; init; }

    /// <summary>The other vessel (rendezvous), when known.</summary>
    public uint? OtherMmsi { get; init; }

    /// <summary>Start of the episode (message time).</summary>
    public required DateTimeOffset Start { get; init; }

    /// <summary>End of the episode (message time).</summary>
    public required DateTimeOffset End { get; init; }

    /// <summary>The infrastructure asset involved, when there is one.</summary>
    public string? AssetId { get; init; }

    /// <summary>Name of that asset, when it has one.</summary>
    public string? AssetName { get; init; }

    /// <summary>How strongly the evidence points to the behaviour, 0–1.</summary>
    public required double Score { get; init; }

    /// <summary>The reasons in words and numbers.</summary>
    public required string Explanation { get; init; }

    /// <summary>The thresholds in force for this rule, by name.</summary>
    public IReadOnlyDictionary<string, double> Thresholds { get; init; } = new Dictionary<string, double>();

    /// <summary>The track slice the alert rests on (thinned to at most a few hundred points).</summary>
    public IReadOnlyList<TrackPoint> Evidence { get; init; } = [];

    /// <summary>Vessel name at the time of the alert, when known.</summary>
    public string? VesselName { get; init; }

    /// <summary>Vessel IMO at the time of the alert, when known.</summary>
    public int? Imo { get; init; }
}
