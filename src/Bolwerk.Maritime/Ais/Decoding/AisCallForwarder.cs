using Bolwerk.Maritime.Ais.Messages;

namespace Bolwerk.Maritime.Ais.Decoding;

/// <summary>Passes every call on to <see cref="Target"/>, which may change between calls.</summary>
public abstract class AisCallForwarder : AisMessageHandler
{
    /// <summary>Where the next call goes.</summary>
    protected abstract AisMessageHandler Target { get; }

    /// <inheritdoc/>
    public sealed override void OnDecoded(in AisContext context, in AisHeader header) => Target.OnDecoded(context, header);

    /// <inheritdoc/>
    public sealed override void OnError(in AisError failure) => Target.OnError(failure);

    /// <inheritdoc/>
    public sealed override void OnPositionReportClassA(in AisContext context, in PositionReportClassA message) => Target.OnPositionReportClassA(context, message);

    /// <inheritdoc/>
    public sealed override void OnBaseStationReport(in AisContext context, in BaseStationReport message) => Target.OnBaseStationReport(context, message);

    /// <inheritdoc/>
    public sealed override void OnStaticAndVoyageData(in AisContext context, in StaticAndVoyageData message) => Target.OnStaticAndVoyageData(context, message);

    /// <inheritdoc/>
    public sealed override void OnAddressedBinaryMessage(in AisContext context, in AddressedBinaryMessage message) => Target.OnAddressedBinaryMessage(context, message);

    /// <inheritdoc/>
    public sealed override void OnAcknowledge(in AisContext context, in Acknowledge message) => Target.OnAcknowledge(context, message);

    /// <inheritdoc/>
    public sealed override void OnBinaryBroadcastMessage(in AisContext context, in BinaryBroadcastMessage message) => Target.OnBinaryBroadcastMessage(context, message);

    /// <inheritdoc/>
    public sealed override void OnSarAircraftPositionReport(in AisContext context, in SarAircraftPositionReport message) => Target.OnSarAircraftPositionReport(context, message);

    /// <inheritdoc/>
    public sealed override void OnUtcDateInquiry(in AisContext context, in UtcDateInquiry message) => Target.OnUtcDateInquiry(context, message);

    /// <inheritdoc/>
    public sealed override void OnAddressedSafetyMessage(in AisContext context, in AddressedSafetyMessage message) => Target.OnAddressedSafetyMessage(context, message);

    /// <inheritdoc/>
    public sealed override void OnSafetyBroadcastMessage(in AisContext context, in SafetyBroadcastMessage message) => Target.OnSafetyBroadcastMessage(context, message);

    /// <inheritdoc/>
    public sealed override void OnInterrogation(in AisContext context, in Interrogation message) => Target.OnInterrogation(context, message);

    /// <inheritdoc/>
    public sealed override void OnAssignedModeCommand(in AisContext context, in AssignedModeCommand message) => Target.OnAssignedModeCommand(context, message);

    /// <inheritdoc/>
    public sealed override void OnGnssBroadcast(in AisContext context, in GnssBroadcast message) => Target.OnGnssBroadcast(context, message);

    /// <inheritdoc/>
    public sealed override void OnPositionReportClassB(in AisContext context, in PositionReportClassB message) => Target.OnPositionReportClassB(context, message);

    /// <inheritdoc/>
    public sealed override void OnExtendedPositionReportClassB(in AisContext context, in ExtendedPositionReportClassB message) => Target.OnExtendedPositionReportClassB(context, message);

    /// <inheritdoc/>
    public sealed override void OnDataLinkManagement(in AisContext context, in DataLinkManagement message) => Target.OnDataLinkManagement(context, message);

    /// <inheritdoc/>
    public sealed override void OnAidToNavigationReport(in AisContext context, in AidToNavigationReport message) => Target.OnAidToNavigationReport(context, message);

    /// <inheritdoc/>
    public sealed override void OnChannelManagement(in AisContext context, in ChannelManagement message) => Target.OnChannelManagement(context, message);

    /// <inheritdoc/>
    public sealed override void OnGroupAssignmentCommand(in AisContext context, in GroupAssignmentCommand message) => Target.OnGroupAssignmentCommand(context, message);

    /// <inheritdoc/>
    public sealed override void OnStaticDataReport(in AisContext context, in StaticDataReport message) => Target.OnStaticDataReport(context, message);

    /// <inheritdoc/>
    public sealed override void OnSlotBinaryMessage(in AisContext context, in SlotBinaryMessage message) => Target.OnSlotBinaryMessage(context, message);

    /// <inheritdoc/>
    public sealed override void OnLongRangePositionReport(in AisContext context, in LongRangePositionReport message) => Target.OnLongRangePositionReport(context, message);
}
