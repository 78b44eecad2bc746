using Bolwerk.Maritime.Ais.Decoding;
using Bolwerk.Maritime.Ais.Messages;

namespace Bolwerk.Maritime.Ais.Output;

public sealed partial class GpsdJsonWriter
{
    /// <inheritdoc/>
    public override void OnPositionReportClassB(in AisContext context, in PositionReportClassB message)
    {
        Begin(context, message.Header);
        ClassBPosition(message.Reserved, message.Speed, message.Accuracy, message.Lon, message.Lat, message.Course, message.Heading, message.Second, message.Regional);
        _json.WriteBoolean("cs"u8, message.CarrierSense);
        _json.WriteBoolean("display"u8, message.Display);
        _json.WriteBoolean("dsc"u8, message.Dsc);
        _json.WriteBoolean("band"u8, message.Band);
        _json.WriteBoolean("msg22"u8, message.Message22);
        _json.WriteBoolean("raim"u8, message.Raim);
        _json.WriteNumber("radio"u8, message.Radio);
        End();
    }

    /// <inheritdoc/>
    public override void OnExtendedPositionReportClassB(in AisContext context, in ExtendedPositionReportClassB message)
    {
        Begin(context, message.Header);
        ClassBPosition(message.Reserved, message.Speed, message.Accuracy, message.Lon, message.Lat, message.Course, message.Heading, message.Second, message.Regional);
        _json.WriteString("shipname"u8, message.ShipName);
        ShipType(message.ShipType);
        Dimensions(message.ToBow, message.ToStern, message.ToPort, message.ToStarboard);
        Epfd(message.Epfd);
        _json.WriteBoolean("raim"u8, message.Raim);
        _json.WriteNumber("dte"u8, message.Dte ? 1 : 0);
        _json.WriteBoolean("assigned"u8, message.Assigned);
        End();
    }

    /// <inheritdoc/>
    public override void OnDataLinkManagement(in AisContext context, in DataLinkManagement message)
    {
        Begin(context, message.Header);
        Reservation("1", message.First);
        Reservation("2", message.Second);
        Reservation("3", message.Third);
        Reservation("4", message.Fourth);
        End();
    }

    /// <inheritdoc/>
    public override void OnAidToNavigationReport(in AisContext context, in AidToNavigationReport message)
    {
        Begin(context, message.Header);
        _json.WriteNumber("aid_type"u8, message.AidType);
        _json.WriteString("aid_type_text"u8, GpsdLegends.AidTypeText(message.AidType));
        _json.WriteString("name"u8, message.Name);
        _json.WriteBoolean("accuracy"u8, message.Accuracy);
        _json.WriteNumber("lon"u8, message.Lon);
        _json.WriteNumber("lat"u8, message.Lat);
        Dimensions(message.ToBow, message.ToStern, message.ToPort, message.ToStarboard);
        Epfd(message.Epfd);
        _json.WriteNumber("second"u8, message.Second);
        _json.WriteNumber("regional"u8, message.Regional);
        _json.WriteBoolean("off_position"u8, message.OffPosition);
        _json.WriteBoolean("raim"u8, message.Raim);
        _json.WriteBoolean("virtual_aid"u8, message.VirtualAid);
        End();
    }

    /// <inheritdoc/>
    public override void OnChannelManagement(in AisContext context, in ChannelManagement message)
    {
        Begin(context, message.Header);
        _json.WriteNumber("channel_a"u8, message.ChannelA);
        _json.WriteNumber("channel_b"u8, message.ChannelB);
        _json.WriteNumber("txrx"u8, message.TxRx);
        _json.WriteBoolean("power"u8, message.Power);
        if (message.Addressed)
        {
            _json.WriteNumber("dest1"u8, message.Destination1);
            _json.WriteNumber("dest2"u8, message.Destination2);
        }
        else
        {
            _json.WriteNumber("ne_lon"u8, message.NorthEastLon);
            _json.WriteNumber("ne_lat"u8, message.NorthEastLat);
            _json.WriteNumber("sw_lon"u8, message.SouthWestLon);
            _json.WriteNumber("sw_lat"u8, message.SouthWestLat);
        }

        _json.WriteBoolean("addressed"u8, message.Addressed);
        _json.WriteBoolean("band_a"u8, message.BandA);
        _json.WriteBoolean("band_b"u8, message.BandB);
        _json.WriteNumber("zonesize"u8, message.ZoneSize);
        End();
    }

    /// <inheritdoc/>
    public override void OnGroupAssignmentCommand(in AisContext context, in GroupAssignmentCommand message)
    {
        Begin(context, message.Header);
        _json.WriteNumber("ne_lon"u8, message.NorthEastLon);
        _json.WriteNumber("ne_lat"u8, message.NorthEastLat);
        _json.WriteNumber("sw_lon"u8, message.SouthWestLon);
        _json.WriteNumber("sw_lat"u8, message.SouthWestLat);
        _json.WriteNumber("stationtype"u8, message.StationType);
        _json.WriteString("stationtype_text"u8, GpsdLegends.StationTypeText(message.StationType));
        ShipType(message.ShipType);
        _json.WriteNumber("interval"u8, message.Interval);
        _json.WriteNumber("quiet"u8, message.Quiet);
        End();
    }

    /// <inheritdoc/>
    public override void OnStaticDataReport(in AisContext context, in StaticDataReport message)
    {
        Begin(context, message.Header);
        if (message.Part != StaticDataPart.Both)
        {
            _json.WriteString("part"u8, message.Part == StaticDataPart.A ? "A" : "B");
        }

        if (message.Part != StaticDataPart.B)
        {
            _json.WriteString("shipname"u8, message.ShipName);
        }

        if (message.Part != StaticDataPart.A)
        {
            ShipType(message.ShipType);
            _json.WriteString("vendorid"u8, message.VendorId);
            _json.WriteNumber("model"u8, message.Model);
            _json.WriteNumber("serial"u8, message.Serial);
            _json.WriteString("callsign"u8, message.CallSign);
            if (message.Header.Mmsi / 10_000_000 == 98)
            {
                _json.WriteNumber("mothership_mmsi"u8, message.MothershipMmsi);
            }
            else
            {
                Dimensions(message.ToBow, message.ToStern, message.ToPort, message.ToStarboard);
            }
        }

        End();
    }

    /// <inheritdoc/>
    public override void OnSlotBinaryMessage(in AisContext context, in SlotBinaryMessage message)
    {
        Begin(context, message.Header);
        _json.WriteBoolean("addressed"u8, message.Addressed);
        _json.WriteBoolean("structured"u8, message.Structured);
        _json.WriteNumber("dest_mmsi"u8, message.DestinationMmsi);
        _json.WriteNumber("app_id"u8, message.ApplicationId);
        Data(message.Data);
        if (message.Header.MessageType == 26)
        {
            _json.WriteNumber("radio"u8, message.Radio);
        }

        End();
    }

    /// <inheritdoc/>
    public override void OnLongRangePositionReport(in AisContext context, in LongRangePositionReport message)
    {
        Begin(context, message.Header);
        _json.WriteNumber("status"u8, message.Status);
        _json.WriteBoolean("accuracy"u8, message.Accuracy);
        _json.WriteNumber("lon"u8, message.Lon);
        _json.WriteNumber("lat"u8, message.Lat);
        _json.WriteNumber("speed"u8, message.Speed);
        _json.WriteNumber("course"u8, message.Course);
        _json.WriteBoolean("raim"u8, message.Raim);
        _json.WriteBoolean("gnss"u8, message.Gnss);
        End();
    }

    // Types 18 and 19 share their first nine fields.
    private void ClassBPosition(int reserved, int speed, bool accuracy, int lon, int lat, int course, int heading, int second, int regional)
    {
        _json.WriteNumber("reserved"u8, reserved);
        _json.WriteNumber("speed"u8, speed);
        _json.WriteBoolean("accuracy"u8, accuracy);
        _json.WriteNumber("lon"u8, lon);
        _json.WriteNumber("lat"u8, lat);
        _json.WriteNumber("course"u8, course);
        _json.WriteNumber("heading"u8, heading);
        _json.WriteNumber("second"u8, second);
        _json.WriteNumber("regional"u8, regional);
    }

    private void Reservation(string index, SlotReservation slot)
    {
        _json.WriteNumber("offset" + index, slot.Offset);
        _json.WriteNumber("number" + index, slot.Number);
        _json.WriteNumber("timeout" + index, slot.Timeout);
        _json.WriteNumber("increment" + index, slot.Increment);
    }
}
