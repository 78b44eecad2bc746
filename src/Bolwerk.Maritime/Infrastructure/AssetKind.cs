namespace Bolwerk.Maritime.Infrastructure;

/// <summary>What an infrastructure feature is, as far as the watch cares.</summary>
public enum AssetKind
{
    /// <summary>Not recognised: kept and indexed, but no detector treats it specially.</summary>
    Other,

    /// <summary>Submarine power or telecom cable.</summary>
    Cable,

    /// <summary>Submarine pipeline.</summary>
    Pipeline,

    /// <summary>Offshore wind farm (area or turbine position).</summary>
    WindFarm,

    /// <summary>Offshore platform or substation.</summary>
    Platform,

    /// <summary>Designated anchorage: where anchoring is expected.</summary>
    Anchorage,

    /// <summary>Traffic separation scheme lane, zone or line.</summary>
    TrafficSeparation,

    /// <summary>Strait or approach that controls access to a sea area.</summary>
    Chokepoint,
}
