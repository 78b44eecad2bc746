using System.Globalization;
using System.Runtime.CompilerServices;
using Bolwerk.Maritime.Ais.Decoding;
using Bolwerk.Maritime.Ais.Messages;

namespace Bolwerk.Maritime.Ais.Output;

public sealed partial class GpsdJsonWriter
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimised from the first call (docs/performance.md)
    public override void OnPositionReportClassA(in AisContext context, in PositionReportClassA message)
    {
        // Two thirds of real traffic: written with the position in a local (JsonFields).
        Begin(context, message.Header);
        var fields = new JsonFields(_json.Reserve(512));
        fields.Number(",\"status\":"u8, message.Status);
        fields.Text(",\"status_text\":"u8, GpsdLegends.StatusUtf8(message.Status));
        fields.Number(",\"turn\":"u8, message.Turn);
        fields.Number(",\"speed\":"u8, message.Speed);
        fields.Boolean(",\"accuracy\":"u8, message.Accuracy);
        fields.Number(",\"lon\":"u8, message.Lon);
        fields.Number(",\"lat\":"u8, message.Lat);
        fields.Number(",\"course\":"u8, message.Course);
        fields.Number(",\"heading\":"u8, message.Heading);
        fields.Number(",\"second\":"u8, message.Second);
        fields.Number(",\"maneuver\":"u8, message.Maneuver);
        fields.Boolean(",\"raim\":"u8, message.Raim);
        fields.Number(",\"radio\":"u8, message.Radio);
        _json.Advance(fields.Length);
        End();
    }

    /// <inheritdoc/>
    public override void OnBaseStationReport(in AisContext context, in BaseStationReport message)
    {
        Begin(context, message.Header);
        _json.WriteString("timestamp"u8, string.Create(CultureInfo.InvariantCulture, $"{message.Year:D4}-{message.Month:D2}-{message.Day:D2}T{message.Hour:D2}:{message.Minute:D2}:{message.Second:D2}Z"));
        _json.WriteBoolean("accuracy"u8, message.Accuracy);
        _json.WriteNumber("lon"u8, message.Lon);
        _json.WriteNumber("lat"u8, message.Lat);
        Epfd(message.Epfd);
        _json.WriteBoolean("raim"u8, message.Raim);
        _json.WriteNumber("radio"u8, message.Radio);
        End();
    }

    /// <inheritdoc/>
    public override void OnStaticAndVoyageData(in AisContext context, in StaticAndVoyageData message)
    {
        Begin(context, message.Header);
        _json.WriteNumber("imo"u8, message.Imo);
        _json.WriteNumber("ais_version"u8, message.AisVersion);
        _json.WriteString("callsign"u8, message.CallSign);
        _json.WriteString("shipname"u8, message.ShipName);
        ShipType(message.ShipType);
        Dimensions(message.ToBow, message.ToStern, message.ToPort, message.ToStarboard);
        Epfd(message.Epfd);
        _json.WriteString("eta"u8, string.Create(CultureInfo.InvariantCulture, $"{message.Month:D2}-{message.Day:D2}T{message.Hour:D2}:{message.Minute:D2}Z"));
        _json.WriteNumber("draught"u8, message.Draught);
        _json.WriteString("destination"u8, message.Destination);
        _json.WriteNumber("dte"u8, message.Dte);
        End();
    }

    /// <inheritdoc/>
    public override void OnAddressedBinaryMessage(in AisContext context, in AddressedBinaryMessage message)
    {
        Begin(context, message.Header);
        _json.WriteNumber("seqno"u8, message.Sequence);
        _json.WriteNumber("dest_mmsi"u8, message.DestinationMmsi);
        _json.WriteBoolean("retransmit"u8, message.Retransmit);
        _json.WriteNumber("dac"u8, message.Dac);
        _json.WriteNumber("fid"u8, message.Fid);
        ApplicationOrData(message.Application, message.Data);
        End();
    }

    /// <inheritdoc/>
    public override void OnAcknowledge(in AisContext context, in Acknowledge message)
    {
        Begin(context, message.Header);
        _json.WriteNumber("mmsi1"u8, message.Mmsi1);
        _json.WriteNumber("mmsi2"u8, message.Mmsi2);
        _json.WriteNumber("mmsi3"u8, message.Mmsi3);
        _json.WriteNumber("mmsi4"u8, message.Mmsi4);
        End();
    }

    /// <inheritdoc/>
    public override void OnBinaryBroadcastMessage(in AisContext context, in BinaryBroadcastMessage message)
    {
        Begin(context, message.Header);
        _json.WriteNumber("dac"u8, message.Dac);
        _json.WriteNumber("fid"u8, message.Fid);
        ApplicationOrData(message.Application, message.Data);
        End();
    }

    /// <inheritdoc/>
    public override void OnSarAircraftPositionReport(in AisContext context, in SarAircraftPositionReport message)
    {
        Begin(context, message.Header);
        _json.WriteNumber("alt"u8, message.Altitude);
        _json.WriteNumber("speed"u8, message.Speed);
        _json.WriteBoolean("accuracy"u8, message.Accuracy);
        _json.WriteNumber("lon"u8, message.Lon);
        _json.WriteNumber("lat"u8, message.Lat);
        _json.WriteNumber("course"u8, message.Course);
        _json.WriteNumber("second"u8, message.Second);
        _json.WriteNumber("regional"u8, message.Regional);
        _json.WriteNumber("dte"u8, message.Dte);
        _json.WriteBoolean("raim"u8, message.Raim);
        _json.WriteNumber("radio"u8, message.Radio);
        End();
    }

    /// <inheritdoc/>
    public override void OnUtcDateInquiry(in AisContext context, in UtcDateInquiry message)
    {
        Begin(context, message.Header);
        _json.WriteNumber("dest_mmsi"u8, message.DestinationMmsi);
        End();
    }

    /// <inheritdoc/>
    public override void OnAddressedSafetyMessage(in AisContext context, in AddressedSafetyMessage message)
    {
        Begin(context, message.Header);
        _json.WriteNumber("seqno"u8, message.Sequence);
        _json.WriteNumber("dest_mmsi"u8, message.DestinationMmsi);
        _json.WriteBoolean("retransmit"u8, message.Retransmit);
        _json.WriteString("text"u8, message.Text);
        End();
    }

    /// <inheritdoc/>
    public override void OnSafetyBroadcastMessage(in AisContext context, in SafetyBroadcastMessage message)
    {
        Begin(context, message.Header);
        _json.WriteString("text"u8, message.Text);
        End();
    }

    /// <inheritdoc/>
    public override void OnInterrogation(in AisContext context, in Interrogation message)
    {
        Begin(context, message.Header);
        _json.WriteNumber("mmsi1"u8, message.Mmsi1);
        _json.WriteNumber("type1_1"u8, message.FirstType);
        _json.WriteNumber("offset1_1"u8, message.FirstOffset);
        _json.WriteNumber("type1_2"u8, message.SecondType);
        _json.WriteNumber("offset1_2"u8, message.SecondOffset);
        _json.WriteNumber("mmsi2"u8, message.Mmsi2);
        _json.WriteNumber("type2_1"u8, message.SecondStationType);
        _json.WriteNumber("offset2_1"u8, message.SecondStationOffset);
        End();
    }

    /// <inheritdoc/>
    public override void OnAssignedModeCommand(in AisContext context, in AssignedModeCommand message)
    {
        Begin(context, message.Header);
        _json.WriteNumber("mmsi1"u8, message.Mmsi1);
        _json.WriteNumber("offset1"u8, message.Offset1);
        _json.WriteNumber("increment1"u8, message.Increment1);
        _json.WriteNumber("mmsi2"u8, message.Mmsi2);
        _json.WriteNumber("offset2"u8, message.Offset2);
        _json.WriteNumber("increment2"u8, message.Increment2);
        End();
    }

    /// <inheritdoc/>
    public override void OnGnssBroadcast(in AisContext context, in GnssBroadcast message)
    {
        Begin(context, message.Header);
        _json.WriteNumber("lon"u8, message.Lon);
        _json.WriteNumber("lat"u8, message.Lat);
        Data(message.Data);
        End();
    }
}
