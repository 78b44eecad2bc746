using Bolwerk.Identifiers;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Snapshots;

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

    internal void WriteTo(WatchStateWriter writer)
    {
        writer.WriteNullable(Identity.Name);
        writer.WriteNullable(Identity.CallSign);
        writer.WriteNullable(Identity.Imo);
        writer.WriteNullable(Identity.ShipType);
        writer.WriteNullable(Identity.LengthMetres);
        writer.WriteNullable(Identity.BeamMetres);
        History.WriteTo(writer);
        writer.Write(Last);
        writer.Write(HasPosition);
        writer.Write(FirstTimeMs);
        writer.Write(Positions);
        writer.Write(IsClassB);
        Cadence.WriteTo(writer);
        Speeds.WriteTo(writer);
        writer.Write(AnchorDrag is not null);
        AnchorDrag?.WriteTo(writer);
        writer.Write(Loitering is not null);
        Loitering?.WriteTo(writer);
        writer.Write(SecondTrack is not null);
        SecondTrack?.WriteTo(writer);
        writer.Write(Rendezvous is not null);
        Rendezvous?.WriteTo(writer);
        writer.Write(LastAnchorDragMinute);
        writer.WriteNullable(LastConflictMs);
        writer.Write(IdentityAlertsRaised is not null);
        if (IdentityAlertsRaised is not null)
        {
            writer.WriteAll([.. IdentityAlertsRaised.Order(StringComparer.Ordinal)], writer.Write);
        }
    }

    internal void ReadFrom(WatchStateReader reader)
    {
        Identity = new VesselIdentity
        {
            Name = reader.ReadNullableString(),
            CallSign = reader.ReadNullableString(),
            Imo = reader.ReadNullableInt32(),
            ShipType = reader.ReadNullableInt32(),
            LengthMetres = reader.ReadNullableInt32(),
            BeamMetres = reader.ReadNullableInt32(),
        };
        History.ReadFrom(reader);
        Last = reader.ReadPoint();
        HasPosition = reader.ReadBoolean();
        FirstTimeMs = reader.ReadInt64();
        Positions = reader.ReadInt64();
        IsClassB = reader.ReadBoolean();
        Cadence.ReadFrom(reader);
        Speeds.ReadFrom(reader);
        AnchorDrag = reader.ReadBoolean() ? AnchorDragEpisode.ReadFrom(reader) : null;
        Loitering = reader.ReadBoolean() ? LoiteringEpisode.ReadFrom(reader) : null;
        SecondTrack = reader.ReadBoolean() ? Detection.SecondTrack.ReadFrom(reader) : null;
        Rendezvous = reader.ReadBoolean() ? RendezvousPresence.ReadFrom(reader) : null;
        LastAnchorDragMinute = reader.ReadInt64();
        LastConflictMs = reader.ReadNullableInt64();
        if (reader.ReadBoolean())
        {
            IdentityAlertsRaised = new HashSet<string>(reader.ReadAll(reader.ReadString), StringComparer.Ordinal);
        }
    }
}
