namespace Bolwerk.Maritime.Detection;

/// <summary>The alert kinds of the maritime watch, spelled as the command-line contract spells them.</summary>
public static class MaritimeAlertKinds
{
    /// <summary>Sustained unexplained reduced speed across or along a cable/pipeline corridor.</summary>
    public const string AnchorDrag = "anchor-drag";

    /// <summary>Long low-speed presence near a cable/pipeline outside anchorages.</summary>
    public const string InfrastructureLoitering = "infrastructure-loitering";

    /// <summary>A silence far longer than the vessel's cadence and the area's usual reception gaps.</summary>
    public const string AisGap = "ais-gap";

    /// <summary>A short excursion of positions at an impossible speed.</summary>
    public const string PositionJump = "position-jump";

    /// <summary>One MMSI used by two ships, or identity data that contradicts itself or is invalid.</summary>
    public const string IdentityConflict = "identity-conflict";

    /// <summary>Two vessels close together at very low speed for hours away from anchorages.</summary>
    public const string Rendezvous = "rendezvous";

    /// <summary>A vessel whose IMO or MMSI is on a watch list.</summary>
    public const string WatchlistedVessel = "watchlisted-vessel";

    /// <summary>All kinds, in the order documentation lists them.</summary>
    public static IReadOnlyList<string> All { get; } =
        [AnchorDrag, InfrastructureLoitering, AisGap, PositionJump, IdentityConflict, Rendezvous, WatchlistedVessel];
}
