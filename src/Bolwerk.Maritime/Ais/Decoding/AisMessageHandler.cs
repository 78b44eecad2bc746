using Bolwerk.Maritime.Ais.Messages;

namespace Bolwerk.Maritime.Ais.Decoding;

/// <summary>
/// Receives decoded messages, one virtual method per message family, so the decoder hands over
/// value types without boxing or allocating. Override what you need; the rest are ignored.
/// Messages are passed by reference and valid only during the call: copy what you keep.
/// </summary>
public abstract class AisMessageHandler
{
    /// <summary>Every decoded message, after its type-specific method: for counting and routing by header.</summary>
    public virtual void OnDecoded(in AisContext context, in AisHeader header) { }

    /// <summary>Types 1–3.</summary>
    public virtual void OnPositionReportClassA(in AisContext context, in PositionReportClassA message) { }

    /// <summary>Types 4 and 11.</summary>
    public virtual void OnBaseStationReport(in AisContext context, in BaseStationReport message) { }

    /// <summary>Type 5.</summary>
    public virtual void OnStaticAndVoyageData(in AisContext context, in StaticAndVoyageData message) { }

    /// <summary>Type 6.</summary>
    public virtual void OnAddressedBinaryMessage(in AisContext context, in AddressedBinaryMessage message) { }

    /// <summary>Types 7 and 13.</summary>
    public virtual void OnAcknowledge(in AisContext context, in Acknowledge message) { }

    /// <summary>Type 8.</summary>
    public virtual void OnBinaryBroadcastMessage(in AisContext context, in BinaryBroadcastMessage message) { }

    /// <summary>Type 9.</summary>
    public virtual void OnSarAircraftPositionReport(in AisContext context, in SarAircraftPositionReport message) { }

    /// <summary>Type 10.</summary>
    public virtual void OnUtcDateInquiry(in AisContext context, in UtcDateInquiry message) { }

    /// <summary>Type 12.</summary>
    public virtual void OnAddressedSafetyMessage(in AisContext context, in AddressedSafetyMessage message) { }

    /// <summary>Type 14.</summary>
    public virtual void OnSafetyBroadcastMessage(in AisContext context, in SafetyBroadcastMessage message) { }

    /// <summary>Type 15.</summary>
    public virtual void OnInterrogation(in AisContext context, in Interrogation message) { }

    /// <summary>Type 16.</summary>
    public virtual void OnAssignedModeCommand(in AisContext context, in AssignedModeCommand message) { }

    /// <summary>Type 17.</summary>
    public virtual void OnGnssBroadcast(in AisContext context, in GnssBroadcast message) { }

    /// <summary>Type 18.</summary>
    public virtual void OnPositionReportClassB(in AisContext context, in PositionReportClassB message) { }

    /// <summary>Type 19.</summary>
    public virtual void OnExtendedPositionReportClassB(in AisContext context, in ExtendedPositionReportClassB message) { }

    /// <summary>Type 20.</summary>
    public virtual void OnDataLinkManagement(in AisContext context, in DataLinkManagement message) { }

    /// <summary>Type 21.</summary>
    public virtual void OnAidToNavigationReport(in AisContext context, in AidToNavigationReport message) { }

    /// <summary>Type 22.</summary>
    public virtual void OnChannelManagement(in AisContext context, in ChannelManagement message) { }

    /// <summary>Type 23.</summary>
    public virtual void OnGroupAssignmentCommand(in AisContext context, in GroupAssignmentCommand message) { }

    /// <summary>Type 24 (part A alone, part B alone, or B merged with A).</summary>
    public virtual void OnStaticDataReport(in AisContext context, in StaticDataReport message) { }

    /// <summary>Types 25 and 26.</summary>
    public virtual void OnSlotBinaryMessage(in AisContext context, in SlotBinaryMessage message) { }

    /// <summary>Type 27.</summary>
    public virtual void OnLongRangePositionReport(in AisContext context, in LongRangePositionReport message) { }

    /// <summary>A line or message that could not be decoded.</summary>
    public virtual void OnError(in AisError failure) { }
}
