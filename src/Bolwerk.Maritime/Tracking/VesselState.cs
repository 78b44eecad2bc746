using Bolwerk.Identifiers;

namespace Bolwerk.Maritime.Tracking;

/// <summary>
/// Everything the watch knows about one MMSI: its latest accepted position, what it says about
/// itself and how that changed, its reporting rhythm and recent speeds. Detectors keep their
/// per-vessel episode state here too (internal fields), so a position costs one dictionary
/// lookup rather than one per detector.
/// </summary>
public sealed class VesselState(uint mmsi)
{
    /// <summary>The MMSI every report of this state carried.</summary>
    public uint Mmsi { get; } = mmsi;

    /// <summary>Flag state from the MMSI's MID, when it has one.</summary>
    public FlagState? Flag => Mmsi <= Identifiers.Mmsi.MaxValue ? Identifiers.Mmsi.FromValue(Mmsi).FlagState : null;

    /// <summary>Latest identity; fields stay null until reported.</summary>
    public VesselIdentity Identity { get; internal set; } = new();

    /// <summary>Every change of name, call sign, IMO and ship type.</summary>
    public IdentityHistory History { get; } = new();

    /// <summary>Latest accepted position (positions diverted as a second track are not accepted).</summary>
    public TrackPoint Last { get; internal set; }

    /// <summary>True once a position was accepted.</summary>
    public bool HasPosition { get; internal set; }

    /// <summary>Time of the first accepted position, Unix ms.</summary>
    public long FirstTimeMs { get; internal set; }

    /// <summary>Accepted positions.</summary>
    public long Positions { get; internal set; }

    /// <summary>True when the vessel reports as Class B (types 18, 19, 24).</summary>
    public bool IsClassB { get; internal set; }

    /// <summary>The vessel's own reporting rhythm.</summary>
    public ReportCadence Cadence { get; } = new();

    /// <summary>Minute mean speeds of the last hour.</summary>
    public MinuteSpeeds Speeds { get; } = new();

    // Detector episode state, owned by the detector of the same name.
    internal Detection.AnchorDragEpisode? AnchorDrag;
    internal Detection.LoiteringEpisode? Loitering;
    internal Detection.SecondTrack? SecondTrack;
    internal Detection.RendezvousPresence? Rendezvous;
    internal long LastAnchorDragMinute = long.MinValue;
    internal long? LastConflictMs;
    internal HashSet<string>? IdentityAlertsRaised;
}
