using Bolwerk.Maritime.Ais.Messages;

namespace Bolwerk.Maritime.Ais.Decoding;

/// <summary>
/// Passes every message to one handler (e.g. a writer) and every error and decoded header to a
/// second (e.g. statistics), so one decoding pass feeds both.
/// </summary>
public sealed class AisHandlerPair(AisMessageHandler messages, AisMessageHandler accounting) : AisMessageHandler
{
    /// <inheritdoc/>
    public override void OnError(in AisError failure) => accounting.OnError(failure);

    /// <inheritdoc/>
    public override void OnDecoded(in AisContext context, in AisHeader header) => accounting.OnDecoded(context, header);

    /// <inheritdoc/>
    public override void OnPositionReportClassA(in AisContext context, in PositionReportClassA message) => messages.OnPositionReportClassA(context, message);

    /// <inheritdoc/>
    public override void OnBaseStationReport(in AisContext context, in BaseStationReport message) => messages.OnBaseStationReport(context, message);

    /// <inheritdoc/>
    public override void OnStaticAndVoyageData(in AisContext context, in StaticAndVoyageData message) => messages.OnStaticAndVoyageData(context, message);

    /// <inheritdoc/>
    public override void OnAddressedBinaryMessage(in AisContext context, in AddressedBinaryMessage message) => messages.OnAddressedBinaryMessage(context, message);

    /// <inheritdoc/>
    public override void OnAcknowledge(in AisContext context, in Acknowledge message) => messages.OnAcknowledge(context, message);

    /// <inheritdoc/>
    public override void OnBinaryBroadcastMessage(in AisContext context, in BinaryBroadcastMessage message) => messages.OnBinaryBroadcastMessage(context, message);

    /// <inheritdoc/>
    public override void OnSarAircraftPositionReport(in AisContext context, in SarAircraftPositionReport message) => messages.OnSarAircraftPositionReport(context, message);

    /// <inheritdoc/>
    public override void OnUtcDateInquiry(in AisContext context, in UtcDateInquiry message) => messages.OnUtcDateInquiry(context, message);

    /// <inheritdoc/>
    public override void OnAddressedSafetyMessage(in AisContext context, in AddressedSafetyMessage message) => messages.OnAddressedSafetyMessage(context, message);

    /// <inheritdoc/>
    public override void OnSafetyBroadcastMessage(in AisContext context, in SafetyBroadcastMessage message) => messages.OnSafetyBroadcastMessage(context, message);

    /// <inheritdoc/>
    public override void OnInterrogation(in AisContext context, in Interrogation message) => messages.OnInterrogation(context, message);

    /// <inheritdoc/>
    public override void OnAssignedModeCommand(in AisContext context, in AssignedModeCommand message) => messages.OnAssignedModeCommand(context, message);

    /// <inheritdoc/>
    public override void OnGnssBroadcast(in AisContext context, in GnssBroadcast message) => messages.OnGnssBroadcast(context, message);

    /// <inheritdoc/>
    public override void OnPositionReportClassB(in AisContext context, in PositionReportClassB message) => messages.OnPositionReportClassB(context, message);

    /// <inheritdoc/>
    public override void OnExtendedPositionReportClassB(in AisContext context, in ExtendedPositionReportClassB message) => messages.OnExtendedPositionReportClassB(context, message);

    /// <inheritdoc/>
    public override void OnDataLinkManagement(in AisContext context, in DataLinkManagement message) => messages.OnDataLinkManagement(context, message);

    /// <inheritdoc/>
    public override void OnAidToNavigationReport(in AisContext context, in AidToNavigationReport message) => messages.OnAidToNavigationReport(context, message);

    /// <inheritdoc/>
    public override void OnChannelManagement(in AisContext context, in ChannelManagement message) => messages.OnChannelManagement(context, message);

    /// <inheritdoc/>
    public override void OnGroupAssignmentCommand(in AisContext context, in GroupAssignmentCommand message) => messages.OnGroupAssignmentCommand(context, message);

    /// <inheritdoc/>
    public override void OnStaticDataReport(in AisContext context, in StaticDataReport message) => messages.OnStaticDataReport(context, message);

    /// <inheritdoc/>
    public override void OnSlotBinaryMessage(in AisContext context, in SlotBinaryMessage message) => messages.OnSlotBinaryMessage(context, message);

    /// <inheritdoc/>
    public override void OnLongRangePositionReport(in AisContext context, in LongRangePositionReport message) => messages.OnLongRangePositionReport(context, message);
}
