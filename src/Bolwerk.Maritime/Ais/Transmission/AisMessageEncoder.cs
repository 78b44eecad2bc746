using Bolwerk.Maritime.Ais.Messages;

namespace Bolwerk.Maritime.Ais.Transmission;

/// <summary>
/// The messages the simulator sends, laid out bit by bit as ITU-R M.1371-5 tables 46 (types
/// 1–3), 52 (type 5), 70 (type 18) and 85/86 (type 24 parts A and B) give them. Raw units, as
/// the decoder's records carry them.
/// </summary>
public sealed class AisMessageEncoder
{
    private readonly AisPayloadWriter _writer = new();

    /// <summary>Types 1–3.</summary>
    public (string Payload, int FillBits) Encode(in PositionReportClassA m) =>
        Header(m.Header)
            .Field((ulong)m.Status, 4).TwosComplement(m.Turn, 8).Field((ulong)m.Speed, 10).Bool(m.Accuracy)
            .TwosComplement(m.Lon, 28).TwosComplement(m.Lat, 27).Field((ulong)m.Course, 12).Field((ulong)m.Heading, 9)
            .Field((ulong)m.Second, 6).Field((ulong)m.Maneuver, 2).Field(0, 3).Bool(m.Raim).Field((ulong)m.Radio, 19)
            .Armour();

    /// <summary>Type 5 (424 bits, two sentences).</summary>
    public (string Payload, int FillBits) Encode(in StaticAndVoyageData m) =>
        Header(m.Header)
            .Field((ulong)m.AisVersion, 2).Field((ulong)m.Imo, 30).Text(m.CallSign, 7).Text(m.ShipName, 20)
            .Field((ulong)m.ShipType, 8).Field((ulong)m.ToBow, 9).Field((ulong)m.ToStern, 9)
            .Field((ulong)m.ToPort, 6).Field((ulong)m.ToStarboard, 6).Field((ulong)m.Epfd, 4)
            .Field((ulong)m.Month, 4).Field((ulong)m.Day, 5).Field((ulong)m.Hour, 5).Field((ulong)m.Minute, 6)
            .Field((ulong)m.Draught, 8).Text(m.Destination, 20).Field((ulong)m.Dte, 1).Field(0, 1)
            .Armour();

    /// <summary>Type 18.</summary>
    public (string Payload, int FillBits) Encode(in PositionReportClassB m) =>
        Header(m.Header)
            .Field((ulong)m.Reserved, 8).Field((ulong)m.Speed, 10).Bool(m.Accuracy).TwosComplement(m.Lon, 28).TwosComplement(m.Lat, 27)
            .Field((ulong)m.Course, 12).Field((ulong)m.Heading, 9).Field((ulong)m.Second, 6).Field((ulong)m.Regional, 2)
            .Bool(m.CarrierSense).Bool(m.Display).Bool(m.Dsc).Bool(m.Band).Bool(m.Message22).Bool(m.Assigned).Bool(m.Raim).Field((ulong)m.Radio, 20)
            .Armour();

    /// <summary>Type 24 part A (name) when <see cref="StaticDataPart.A"/>, else part B.</summary>
    public (string Payload, int FillBits) Encode(in StaticDataReport m)
    {
        var writer = Header(m.Header);
        if (m.Part == StaticDataPart.A)
        {
            return writer.Field(0, 2).Text(m.ShipName, 20).Field(0, 8).Armour();
        }

        return writer.Field(1, 2).Field((ulong)m.ShipType, 8).Text(m.VendorId, 3).Field((ulong)m.Model, 4).Field((ulong)m.Serial, 20)
            .Text(m.CallSign, 7).Field((ulong)m.ToBow, 9).Field((ulong)m.ToStern, 9).Field((ulong)m.ToPort, 6).Field((ulong)m.ToStarboard, 6)
            .Field(0, 6).Armour();
    }

    private AisPayloadWriter Header(in AisHeader header) =>
        _writer.Reset().Field((ulong)header.MessageType, 6).Field((ulong)header.Repeat, 2).Field(header.Mmsi, 30);
}
