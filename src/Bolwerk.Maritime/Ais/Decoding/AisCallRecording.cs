using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Bolwerk.Maritime.Ais.Messages;

namespace Bolwerk.Maritime.Ais.Decoding;

/// <summary>
/// Records the calls a decoder makes on its handler, in order, and plays them back onto another
/// handler later (on another thread, in <see cref="PipelinedAisDecoder"/>). Messages are copied
/// into one list per message family, so recording allocates only when a list grows.
/// </summary>
/// <remarks>Not thread-safe: one thread records, then (after a hand-over) one thread replays.</remarks>
public sealed class AisCallRecording : AisMessageHandler
{
    private readonly List<Call> _calls = [];
    private readonly List<AisError> _errors = [];
    private readonly List<PositionReportClassA> _positionReportClassA = [];
    private readonly List<BaseStationReport> _baseStationReport = [];
    private readonly List<StaticAndVoyageData> _staticAndVoyageData = [];
    private readonly List<AddressedBinaryMessage> _addressedBinaryMessage = [];
    private readonly List<Acknowledge> _acknowledge = [];
    private readonly List<BinaryBroadcastMessage> _binaryBroadcastMessage = [];
    private readonly List<SarAircraftPositionReport> _sarAircraftPositionReport = [];
    private readonly List<UtcDateInquiry> _utcDateInquiry = [];
    private readonly List<AddressedSafetyMessage> _addressedSafetyMessage = [];
    private readonly List<SafetyBroadcastMessage> _safetyBroadcastMessage = [];
    private readonly List<Interrogation> _interrogation = [];
    private readonly List<AssignedModeCommand> _assignedModeCommand = [];
    private readonly List<GnssBroadcast> _gnssBroadcast = [];
    private readonly List<PositionReportClassB> _positionReportClassB = [];
    private readonly List<ExtendedPositionReportClassB> _extendedPositionReportClassB = [];
    private readonly List<DataLinkManagement> _dataLinkManagement = [];
    private readonly List<AidToNavigationReport> _aidToNavigationReport = [];
    private readonly List<ChannelManagement> _channelManagement = [];
    private readonly List<GroupAssignmentCommand> _groupAssignmentCommand = [];
    private readonly List<StaticDataReport> _staticDataReport = [];
    private readonly List<SlotBinaryMessage> _slotBinaryMessage = [];
    private readonly List<LongRangePositionReport> _longRangePositionReport = [];

    private enum Kind : byte
    {
        Decoded,
        Error,
        PositionReportClassA,
        BaseStationReport,
        StaticAndVoyageData,
        AddressedBinaryMessage,
        Acknowledge,
        BinaryBroadcastMessage,
        SarAircraftPositionReport,
        UtcDateInquiry,
        AddressedSafetyMessage,
        SafetyBroadcastMessage,
        Interrogation,
        AssignedModeCommand,
        GnssBroadcast,
        PositionReportClassB,
        ExtendedPositionReportClassB,
        DataLinkManagement,
        AidToNavigationReport,
        ChannelManagement,
        GroupAssignmentCommand,
        StaticDataReport,
        SlotBinaryMessage,
        LongRangePositionReport,
    }

    /// <summary>Handler calls recorded since the last <see cref="Clear"/>.</summary>
    public int Count => _calls.Count;

    /// <summary>Makes every recorded call on <paramref name="target"/>, in the order they were recorded.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimised from the first call (docs/performance.md)
    public void Replay(AisMessageHandler target)
    {
        ArgumentNullException.ThrowIfNull(target);
        foreach (ref readonly var call in CollectionsMarshal.AsSpan(_calls))
        {
            switch (call.Kind)
            {
                case Kind.Decoded:
                    target.OnDecoded(call.Context, call.Header);
                    break;
                case Kind.Error:
                    target.OnError(CollectionsMarshal.AsSpan(_errors)[call.Index]);
                    break;
                case Kind.PositionReportClassA:
                    target.OnPositionReportClassA(call.Context, CollectionsMarshal.AsSpan(_positionReportClassA)[call.Index]);
                    break;
                case Kind.BaseStationReport:
                    target.OnBaseStationReport(call.Context, CollectionsMarshal.AsSpan(_baseStationReport)[call.Index]);
                    break;
                case Kind.StaticAndVoyageData:
                    target.OnStaticAndVoyageData(call.Context, CollectionsMarshal.AsSpan(_staticAndVoyageData)[call.Index]);
                    break;
                case Kind.AddressedBinaryMessage:
                    target.OnAddressedBinaryMessage(call.Context, CollectionsMarshal.AsSpan(_addressedBinaryMessage)[call.Index]);
                    break;
                case Kind.Acknowledge:
                    target.OnAcknowledge(call.Context, CollectionsMarshal.AsSpan(_acknowledge)[call.Index]);
                    break;
                case Kind.BinaryBroadcastMessage:
                    target.OnBinaryBroadcastMessage(call.Context, CollectionsMarshal.AsSpan(_binaryBroadcastMessage)[call.Index]);
                    break;
                case Kind.SarAircraftPositionReport:
                    target.OnSarAircraftPositionReport(call.Context, CollectionsMarshal.AsSpan(_sarAircraftPositionReport)[call.Index]);
                    break;
                case Kind.UtcDateInquiry:
                    target.OnUtcDateInquiry(call.Context, CollectionsMarshal.AsSpan(_utcDateInquiry)[call.Index]);
                    break;
                case Kind.AddressedSafetyMessage:
                    target.OnAddressedSafetyMessage(call.Context, CollectionsMarshal.AsSpan(_addressedSafetyMessage)[call.Index]);
                    break;
                case Kind.SafetyBroadcastMessage:
                    target.OnSafetyBroadcastMessage(call.Context, CollectionsMarshal.AsSpan(_safetyBroadcastMessage)[call.Index]);
                    break;
                case Kind.Interrogation:
                    target.OnInterrogation(call.Context, CollectionsMarshal.AsSpan(_interrogation)[call.Index]);
                    break;
                case Kind.AssignedModeCommand:
                    target.OnAssignedModeCommand(call.Context, CollectionsMarshal.AsSpan(_assignedModeCommand)[call.Index]);
                    break;
                case Kind.GnssBroadcast:
                    target.OnGnssBroadcast(call.Context, CollectionsMarshal.AsSpan(_gnssBroadcast)[call.Index]);
                    break;
                case Kind.PositionReportClassB:
                    target.OnPositionReportClassB(call.Context, CollectionsMarshal.AsSpan(_positionReportClassB)[call.Index]);
                    break;
                case Kind.ExtendedPositionReportClassB:
                    target.OnExtendedPositionReportClassB(call.Context, CollectionsMarshal.AsSpan(_extendedPositionReportClassB)[call.Index]);
                    break;
                case Kind.DataLinkManagement:
                    target.OnDataLinkManagement(call.Context, CollectionsMarshal.AsSpan(_dataLinkManagement)[call.Index]);
                    break;
                case Kind.AidToNavigationReport:
                    target.OnAidToNavigationReport(call.Context, CollectionsMarshal.AsSpan(_aidToNavigationReport)[call.Index]);
                    break;
                case Kind.ChannelManagement:
                    target.OnChannelManagement(call.Context, CollectionsMarshal.AsSpan(_channelManagement)[call.Index]);
                    break;
                case Kind.GroupAssignmentCommand:
                    target.OnGroupAssignmentCommand(call.Context, CollectionsMarshal.AsSpan(_groupAssignmentCommand)[call.Index]);
                    break;
                case Kind.StaticDataReport:
                    target.OnStaticDataReport(call.Context, CollectionsMarshal.AsSpan(_staticDataReport)[call.Index]);
                    break;
                case Kind.SlotBinaryMessage:
                    target.OnSlotBinaryMessage(call.Context, CollectionsMarshal.AsSpan(_slotBinaryMessage)[call.Index]);
                    break;
                case Kind.LongRangePositionReport:
                    target.OnLongRangePositionReport(call.Context, CollectionsMarshal.AsSpan(_longRangePositionReport)[call.Index]);
                    break;
            }
        }
    }

    /// <summary>Forgets the recorded calls, keeping the lists' capacity for the next batch.</summary>
    public void Clear()
    {
        _calls.Clear();
        _errors.Clear();
        _positionReportClassA.Clear();
        _baseStationReport.Clear();
        _staticAndVoyageData.Clear();
        _addressedBinaryMessage.Clear();
        _acknowledge.Clear();
        _binaryBroadcastMessage.Clear();
        _sarAircraftPositionReport.Clear();
        _utcDateInquiry.Clear();
        _addressedSafetyMessage.Clear();
        _safetyBroadcastMessage.Clear();
        _interrogation.Clear();
        _assignedModeCommand.Clear();
        _gnssBroadcast.Clear();
        _positionReportClassB.Clear();
        _extendedPositionReportClassB.Clear();
        _dataLinkManagement.Clear();
        _aidToNavigationReport.Clear();
        _channelManagement.Clear();
        _groupAssignmentCommand.Clear();
        _staticDataReport.Clear();
        _slotBinaryMessage.Clear();
        _longRangePositionReport.Clear();
    }

    /// <inheritdoc/>
    public override void OnDecoded(in AisContext context, in AisHeader header) => _calls.Add(new Call(Kind.Decoded, 0, context, header));

    /// <inheritdoc/>
    public override void OnError(in AisError failure)
    {
        _calls.Add(new Call(Kind.Error, _errors.Count, default, default));
        _errors.Add(failure);
    }

    /// <inheritdoc/>
    public override void OnPositionReportClassA(in AisContext context, in PositionReportClassA message) => Record(Kind.PositionReportClassA, context, _positionReportClassA, message);

    /// <inheritdoc/>
    public override void OnBaseStationReport(in AisContext context, in BaseStationReport message) => Record(Kind.BaseStationReport, context, _baseStationReport, message);

    /// <inheritdoc/>
    public override void OnStaticAndVoyageData(in AisContext context, in StaticAndVoyageData message) => Record(Kind.StaticAndVoyageData, context, _staticAndVoyageData, message);

    /// <inheritdoc/>
    public override void OnAddressedBinaryMessage(in AisContext context, in AddressedBinaryMessage message) => Record(Kind.AddressedBinaryMessage, context, _addressedBinaryMessage, message);

    /// <inheritdoc/>
    public override void OnAcknowledge(in AisContext context, in Acknowledge message) => Record(Kind.Acknowledge, context, _acknowledge, message);

    /// <inheritdoc/>
    public override void OnBinaryBroadcastMessage(in AisContext context, in BinaryBroadcastMessage message) => Record(Kind.BinaryBroadcastMessage, context, _binaryBroadcastMessage, message);

    /// <inheritdoc/>
    public override void OnSarAircraftPositionReport(in AisContext context, in SarAircraftPositionReport message) => Record(Kind.SarAircraftPositionReport, context, _sarAircraftPositionReport, message);

    /// <inheritdoc/>
    public override void OnUtcDateInquiry(in AisContext context, in UtcDateInquiry message) => Record(Kind.UtcDateInquiry, context, _utcDateInquiry, message);

    /// <inheritdoc/>
    public override void OnAddressedSafetyMessage(in AisContext context, in AddressedSafetyMessage message) => Record(Kind.AddressedSafetyMessage, context, _addressedSafetyMessage, message);

    /// <inheritdoc/>
    public override void OnSafetyBroadcastMessage(in AisContext context, in SafetyBroadcastMessage message) => Record(Kind.SafetyBroadcastMessage, context, _safetyBroadcastMessage, message);

    /// <inheritdoc/>
    public override void OnInterrogation(in AisContext context, in Interrogation message) => Record(Kind.Interrogation, context, _interrogation, message);

    /// <inheritdoc/>
    public override void OnAssignedModeCommand(in AisContext context, in AssignedModeCommand message) => Record(Kind.AssignedModeCommand, context, _assignedModeCommand, message);

    /// <inheritdoc/>
    public override void OnGnssBroadcast(in AisContext context, in GnssBroadcast message) => Record(Kind.GnssBroadcast, context, _gnssBroadcast, message);

    /// <inheritdoc/>
    public override void OnPositionReportClassB(in AisContext context, in PositionReportClassB message) => Record(Kind.PositionReportClassB, context, _positionReportClassB, message);

    /// <inheritdoc/>
    public override void OnExtendedPositionReportClassB(in AisContext context, in ExtendedPositionReportClassB message) => Record(Kind.ExtendedPositionReportClassB, context, _extendedPositionReportClassB, message);

    /// <inheritdoc/>
    public override void OnDataLinkManagement(in AisContext context, in DataLinkManagement message) => Record(Kind.DataLinkManagement, context, _dataLinkManagement, message);

    /// <inheritdoc/>
    public override void OnAidToNavigationReport(in AisContext context, in AidToNavigationReport message) => Record(Kind.AidToNavigationReport, context, _aidToNavigationReport, message);

    /// <inheritdoc/>
    public override void OnChannelManagement(in AisContext context, in ChannelManagement message) => Record(Kind.ChannelManagement, context, _channelManagement, message);

    /// <inheritdoc/>
    public override void OnGroupAssignmentCommand(in AisContext context, in GroupAssignmentCommand message) => Record(Kind.GroupAssignmentCommand, context, _groupAssignmentCommand, message);

    /// <inheritdoc/>
    public override void OnStaticDataReport(in AisContext context, in StaticDataReport message) => Record(Kind.StaticDataReport, context, _staticDataReport, message);

    /// <inheritdoc/>
    public override void OnSlotBinaryMessage(in AisContext context, in SlotBinaryMessage message) => Record(Kind.SlotBinaryMessage, context, _slotBinaryMessage, message);

    /// <inheritdoc/>
    public override void OnLongRangePositionReport(in AisContext context, in LongRangePositionReport message) => Record(Kind.LongRangePositionReport, context, _longRangePositionReport, message);

    private void Record<T>(Kind kind, in AisContext context, List<T> messages, in T message)
    {
        _calls.Add(new Call(kind, messages.Count, context, default));
        messages.Add(message);
    }

    private readonly record struct Call(Kind Kind, int Index, AisContext Context, AisHeader Header);
}
