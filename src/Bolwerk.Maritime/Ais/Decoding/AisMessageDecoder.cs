using System.Globalization;
using System.Runtime.CompilerServices;
using Bolwerk.Maritime.Ais.Applications;
using Bolwerk.Maritime.Ais.Messages;

namespace Bolwerk.Maritime.Ais.Decoding;

/// <summary>
/// Decodes a de-armoured payload into the ITU-R M.1371-5 message it carries and hands it to a
/// <see cref="AisMessageHandler"/>. Length rules follow gpsd (permissive where real transmitters
/// deviate, e.g. type 5 of 420–422 bits, type 24 part A of 160 bits).
/// Not thread-safe: it keeps the recent type 24 part A names to merge with part B.
/// </summary>
public sealed class AisMessageDecoder
{
    private readonly Type24NameCache _type24Names = new();

    /// <summary>Decodes one message.</summary>
    /// <returns>Null when a message was delivered, else the reason (also delivered to <see cref="AisMessageHandler.OnError"/>).</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimised from the first call (docs/performance.md)
    public AisErrorReason? Decode(in AisBits bits, in AisContext context, AisMessageHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        if (bits.Length < 38)
        {
            return TooShortForHeader(handler, context, bits.Length);
        }

        var header = new AisHeader(bits.ReadUInt(0, 6), bits.ReadUInt(6, 2), unchecked((uint)bits.ReadUInt64(8, 30)));
        var outcome = DecodeBody(bits, context, header, handler);
        if (outcome is null)
        {
            handler.OnDecoded(context, header);
        }

        return outcome;
    }

    // One small method per message family: a single method with every family's record locals
    // made the JIT zero a large frame on every call (a third of a position report's decode).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimised from the first call (docs/performance.md)
    private AisErrorReason? DecodeBody(in AisBits bits, in AisContext context, AisHeader header, AisMessageHandler handler)
    {
        switch (header.MessageType)
        {
            case 1 or 2 or 3:
                return ClassAPosition(bits, context, header, handler);

            case 4 or 11:
                return BaseStation(bits, context, header, handler);

            case 5:
                return StaticAndVoyage(bits, context, header, handler);

            case 6:
                return AddressedBinary(bits, context, header, handler);

            case 7 or 13:
                return Acknowledge(bits, context, header, handler);

            case 8:
                return BinaryBroadcast(bits, context, header, handler);

            case 9:
                return SarAircraft(bits, context, header, handler);

            case 10:
                return UtcDateInquiry(bits, context, header, handler);

            case 12:
                return AddressedSafety(bits, context, header, handler);

            case 14:
                return SafetyBroadcast(bits, context, header, handler);

            case 15:
                return Interrogation(bits, context, header, handler);

            case 16:
                return AssignedMode(bits, context, header, handler);

            case 17:
                return Gnss(bits, context, header, handler);

            case 18:
                return ClassBPosition(bits, context, header, handler);

            case 19:
                return ExtendedClassB(bits, context, header, handler);

            case 20:
                return DataLinkManagement(bits, context, header, handler);

            case 21:
                return AidToNavigation(bits, context, header, handler);

            case 22:
                return ChannelManagement(bits, context, header, handler);

            case 23:
                return GroupAssignment(bits, context, header, handler);

            case 24:
                return DecodeType24(bits, context, header, handler);

            case 25:
                return DecodeSlotBinary(bits, context, header, handler, multiSlot: false);

            case 26:
                return DecodeSlotBinary(bits, context, header, handler, multiSlot: true);

            case 27:
                return LongRange(bits, context, header, handler);

            default:
                return Fail(handler, context, AisErrorReason.UnknownMessageType, $"message type {header.MessageType} is not defined by ITU-R M.1371-5 (MMSI {header.Mmsi})");
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // hot path: optimised from the first call (docs/performance.md)
    private static AisErrorReason? ClassAPosition(in AisBits bits, in AisContext context, AisHeader header, AisMessageHandler handler)
    {
        var n = bits.Length;
        if (n is < 163 or > 204)
        {
            return BadLength(handler, context, header, n, "163-204");
        }

        // Fields cut from the first three words with constant shifts (AisBits.Cut): a third of
        // this method's time went to thirteen bounds-checked reads.
        bits.FirstThreeWords(out var w0, out var w1, out var w2);
        var classA = unchecked(new PositionReportClassA(header, (int)AisBits.Cut(w0, w1, w2, 38, 4), AisBits.CutSigned(w0, w1, w2, 42, 8),
            (int)AisBits.Cut(w0, w1, w2, 50, 10), AisBits.Cut(w0, w1, w2, 60, 1) != 0, AisBits.CutSigned(w0, w1, w2, 61, 28),
            AisBits.CutSigned(w0, w1, w2, 89, 27), (int)AisBits.Cut(w0, w1, w2, 116, 12), (int)AisBits.Cut(w0, w1, w2, 128, 9),
            (int)AisBits.Cut(w0, w1, w2, 137, 6), (int)AisBits.Cut(w0, w1, w2, 143, 2), AisBits.Cut(w0, w1, w2, 148, 1) != 0,
            n >= 168 ? (int)AisBits.Cut(w0, w1, w2, 149, 19) : bits.ReadUInt(149, n - 149)));
        handler.OnPositionReportClassA(context, classA);
        return null;
    }

    private static AisErrorReason? BaseStation(in AisBits bits, in AisContext context, AisHeader header, AisMessageHandler handler)
    {
        var n = bits.Length;
        if (n < 168)
        {
            return BadLength(handler, context, header, n, "168");
        }

        var station = new BaseStationReport(header, bits.ReadUInt(38, 14), bits.ReadUInt(52, 4), bits.ReadUInt(56, 5), bits.ReadUInt(61, 5),
            bits.ReadUInt(66, 6), bits.ReadUInt(72, 6), bits.ReadBool(78), bits.ReadInt(79, 28), bits.ReadInt(107, 27), bits.ReadUInt(134, 4),
            bits.ReadBool(148), bits.ReadUInt(149, 19));
        handler.OnBaseStationReport(context, station);
        return null;
    }

    private static AisErrorReason? StaticAndVoyage(in AisBits bits, in AisContext context, AisHeader header, AisMessageHandler handler)
    {
        var n = bits.Length;
        // Many transmitters send 420 or 422 bits instead of 424; the missing tail is spare.
        if (n < 420)
        {
            return BadLength(handler, context, header, n, "420-424");
        }

        var voyage = new StaticAndVoyageData(header, bits.ReadUInt(38, 2), bits.ReadUInt(40, 30), bits.ReadText(70, 7), bits.ReadText(112, 20),
            bits.ReadUInt(232, 8), bits.ReadUInt(240, 9), bits.ReadUInt(249, 9), bits.ReadUInt(258, 6), bits.ReadUInt(264, 6), bits.ReadUInt(270, 4),
            bits.ReadUInt(274, 4), bits.ReadUInt(278, 5), bits.ReadUInt(283, 5), bits.ReadUInt(288, 6), bits.ReadUInt(294, 8), bits.ReadText(302, 20),
            n >= 423 ? bits.ReadUInt(422, 1) : 0);
        handler.OnStaticAndVoyageData(context, voyage);
        return null;
    }

    private static AisErrorReason? AddressedBinary(in AisBits bits, in AisContext context, AisHeader header, AisMessageHandler handler)
    {
        var n = bits.Length;
        if (n is < 88 or > 1008)
        {
            return BadLength(handler, context, header, n, "88-1008");
        }

        var dac6 = bits.ReadUInt(72, 10);
        var fid6 = bits.ReadUInt(82, 6);
        handler.OnAddressedBinaryMessage(context, new AddressedBinaryMessage(header, bits.ReadUInt(38, 2), (uint)bits.ReadUInt64(40, 30),
            bits.ReadBool(70), dac6, fid6, Payload(bits, 88, n - 88), AisApplicationDecoder.Decode(bits, 6, dac6, fid6)));
        return null;
    }

    private static AisErrorReason? Acknowledge(in AisBits bits, in AisContext context, AisHeader header, AisMessageHandler handler)
    {
        var n = bits.Length;
        if (n is < 72 or > 168)
        {
            return BadLength(handler, context, header, n, "72-168");
        }

        handler.OnAcknowledge(context, new Acknowledge(header,
            AckMmsi(bits, 0), AckSequence(bits, 0), AckMmsi(bits, 1), AckSequence(bits, 1),
            AckMmsi(bits, 2), AckSequence(bits, 2), AckMmsi(bits, 3), AckSequence(bits, 3)));
        return null;
    }

    private static AisErrorReason? BinaryBroadcast(in AisBits bits, in AisContext context, AisHeader header, AisMessageHandler handler)
    {
        var n = bits.Length;
        if (n is < 56 or > 1008)
        {
            return BadLength(handler, context, header, n, "56-1008");
        }

        var dac8 = bits.ReadUInt(40, 10);
        var fid8 = bits.ReadUInt(50, 6);
        handler.OnBinaryBroadcastMessage(context, new BinaryBroadcastMessage(header, dac8, fid8, Payload(bits, 56, n - 56), AisApplicationDecoder.Decode(bits, 8, dac8, fid8)));
        return null;
    }

    private static AisErrorReason? SarAircraft(in AisBits bits, in AisContext context, AisHeader header, AisMessageHandler handler)
    {
        var n = bits.Length;
        if (n < 168)
        {
            return BadLength(handler, context, header, n, "168");
        }

        handler.OnSarAircraftPositionReport(context, new SarAircraftPositionReport(header, bits.ReadUInt(38, 12), bits.ReadUInt(50, 10),
            bits.ReadBool(60), bits.ReadInt(61, 28), bits.ReadInt(89, 27), bits.ReadUInt(116, 12), bits.ReadUInt(128, 6), bits.ReadUInt(134, 8),
            bits.ReadUInt(142, 1), bits.ReadBool(146), bits.ReadBool(147), bits.ReadUInt(148, 20)));
        return null;
    }

    private static AisErrorReason? UtcDateInquiry(in AisBits bits, in AisContext context, AisHeader header, AisMessageHandler handler)
    {
        var n = bits.Length;
        if (n < 72)
        {
            return BadLength(handler, context, header, n, "72");
        }

        handler.OnUtcDateInquiry(context, new UtcDateInquiry(header, (uint)bits.ReadUInt64(40, 30)));
        return null;
    }

    private static AisErrorReason? AddressedSafety(in AisBits bits, in AisContext context, AisHeader header, AisMessageHandler handler)
    {
        var n = bits.Length;
        if (n is < 72 or > 1008)
        {
            return BadLength(handler, context, header, n, "72-1008");
        }

        handler.OnAddressedSafetyMessage(context, new AddressedSafetyMessage(header, bits.ReadUInt(38, 2), (uint)bits.ReadUInt64(40, 30), bits.ReadBool(70), bits.ReadTextToEnd(72)));
        return null;
    }

    private static AisErrorReason? SafetyBroadcast(in AisBits bits, in AisContext context, AisHeader header, AisMessageHandler handler)
    {
        var n = bits.Length;
        if (n is < 40 or > 1008)
        {
            return BadLength(handler, context, header, n, "40-1008");
        }

        handler.OnSafetyBroadcastMessage(context, new SafetyBroadcastMessage(header, bits.ReadTextToEnd(40)));
        return null;
    }

    private static AisErrorReason? Interrogation(in AisBits bits, in AisContext context, AisHeader header, AisMessageHandler handler)
    {
        var n = bits.Length;
        if (n is < 88 or > 168)
        {
            return BadLength(handler, context, header, n, "88-168");
        }

        var second = n > 90;
        var third = n > 110;
        handler.OnInterrogation(context, new Interrogation(header, (uint)bits.ReadUInt64(40, 30), bits.ReadUInt(70, 6), bits.ReadUInt(76, 12),
            second ? bits.ReadUInt(90, 6) : 0, second ? bits.ReadUInt(96, 12) : 0,
            third ? (uint)bits.ReadUInt64(110, 30) : 0, third ? bits.ReadUInt(140, 6) : 0, third ? bits.ReadUInt(146, 12) : 0));
        return null;
    }

    private static AisErrorReason? AssignedMode(in AisBits bits, in AisContext context, AisHeader header, AisMessageHandler handler)
    {
        var n = bits.Length;
        if (n is < 96 or > 168)
        {
            return BadLength(handler, context, header, n, "96-168");
        }

        var two = n >= 144;
        handler.OnAssignedModeCommand(context, new AssignedModeCommand(header, (uint)bits.ReadUInt64(40, 30), bits.ReadUInt(70, 12), bits.ReadUInt(82, 10),
            two ? (uint)bits.ReadUInt64(92, 30) : 0, two ? bits.ReadUInt(122, 12) : 0, two ? bits.ReadUInt(134, 10) : 0));
        return null;
    }

    private static AisErrorReason? Gnss(in AisBits bits, in AisContext context, AisHeader header, AisMessageHandler handler)
    {
        var n = bits.Length;
        if (n is < 80 or > 816)
        {
            return BadLength(handler, context, header, n, "80-816");
        }

        handler.OnGnssBroadcast(context, new GnssBroadcast(header, bits.ReadInt(40, 18), bits.ReadInt(58, 17), Payload(bits, 80, n - 80)));
        return null;
    }

    private static AisErrorReason? ClassBPosition(in AisBits bits, in AisContext context, AisHeader header, AisMessageHandler handler)
    {
        var n = bits.Length;
        if (n < 168)
        {
            return BadLength(handler, context, header, n, "168");
        }

        handler.OnPositionReportClassB(context, new PositionReportClassB(header, bits.ReadUInt(38, 8), bits.ReadUInt(46, 10), bits.ReadBool(56),
            bits.ReadInt(57, 28), bits.ReadInt(85, 27), bits.ReadUInt(112, 12), bits.ReadUInt(124, 9), bits.ReadUInt(133, 6), bits.ReadUInt(139, 2),
            bits.ReadBool(141), bits.ReadBool(142), bits.ReadBool(143), bits.ReadBool(144), bits.ReadBool(145), bits.ReadBool(146), bits.ReadBool(147), bits.ReadUInt(148, 20)));
        return null;
    }

    private static AisErrorReason? ExtendedClassB(in AisBits bits, in AisContext context, AisHeader header, AisMessageHandler handler)
    {
        var n = bits.Length;
        if (n < 312)
        {
            return BadLength(handler, context, header, n, "312");
        }

        handler.OnExtendedPositionReportClassB(context, new ExtendedPositionReportClassB(header, bits.ReadUInt(38, 8), bits.ReadUInt(46, 10),
            bits.ReadBool(56), bits.ReadInt(57, 28), bits.ReadInt(85, 27), bits.ReadUInt(112, 12), bits.ReadUInt(124, 9), bits.ReadUInt(133, 6),
            bits.ReadUInt(139, 4), bits.ReadText(143, 20), bits.ReadUInt(263, 8), bits.ReadUInt(271, 9), bits.ReadUInt(280, 9), bits.ReadUInt(289, 6),
            bits.ReadUInt(295, 6), bits.ReadUInt(301, 4), bits.ReadBool(305), bits.ReadBool(306), bits.ReadBool(307)));
        return null;
    }

    private static AisErrorReason? DataLinkManagement(in AisBits bits, in AisContext context, AisHeader header, AisMessageHandler handler)
    {
        var n = bits.Length;
        if (n is < 72 or > 186)
        {
            return BadLength(handler, context, header, n, "72-186");
        }

        handler.OnDataLinkManagement(context, new DataLinkManagement(header, Slot(bits, 40), Slot(bits, 70), Slot(bits, 100), Slot(bits, 130)));
        return null;
    }

    private static AisErrorReason? AidToNavigation(in AisBits bits, in AisContext context, AisHeader header, AisMessageHandler handler)
    {
        var n = bits.Length;
        if (n is < 272 or > 368)
        {
            return BadLength(handler, context, header, n, "272-368");
        }

        var name = bits.ReadText(43, 20);
        if (name.Length == 20 && n > 272)
        {
            // The name extension continues a name that fills all 20 characters.
            name = (name + bits.ReadTextToEnd(272)).TrimEnd(' ', '@');
        }

        handler.OnAidToNavigationReport(context, new AidToNavigationReport(header, bits.ReadUInt(38, 5), name, bits.ReadBool(163),
            bits.ReadInt(164, 28), bits.ReadInt(192, 27), bits.ReadUInt(219, 9), bits.ReadUInt(228, 9), bits.ReadUInt(237, 6), bits.ReadUInt(243, 6),
            bits.ReadUInt(249, 4), bits.ReadUInt(253, 6), bits.ReadBool(259), bits.ReadUInt(260, 8), bits.ReadBool(268), bits.ReadBool(269), bits.ReadBool(270)));
        return null;
    }

    private static AisErrorReason? ChannelManagement(in AisBits bits, in AisContext context, AisHeader header, AisMessageHandler handler)
    {
        var n = bits.Length;
        if (n < 168)
        {
            return BadLength(handler, context, header, n, "168");
        }

        var addressed = bits.ReadBool(139);
        handler.OnChannelManagement(context, new ChannelManagement(header, bits.ReadUInt(40, 12), bits.ReadUInt(52, 12), bits.ReadUInt(64, 4),
            bits.ReadBool(68), addressed,
            addressed ? 0 : bits.ReadInt(69, 18), addressed ? 0 : bits.ReadInt(87, 17), addressed ? 0 : bits.ReadInt(104, 18), addressed ? 0 : bits.ReadInt(122, 17),
            addressed ? (uint)bits.ReadUInt64(69, 30) : 0, addressed ? (uint)bits.ReadUInt64(104, 30) : 0,
            bits.ReadBool(140), bits.ReadBool(141), bits.ReadUInt(142, 3)));
        return null;
    }

    private static AisErrorReason? GroupAssignment(in AisBits bits, in AisContext context, AisHeader header, AisMessageHandler handler)
    {
        var n = bits.Length;
        if (n < 160)
        {
            return BadLength(handler, context, header, n, "160");
        }

        handler.OnGroupAssignmentCommand(context, new GroupAssignmentCommand(header, bits.ReadInt(40, 18), bits.ReadInt(58, 17), bits.ReadInt(75, 18),
            bits.ReadInt(93, 17), bits.ReadUInt(110, 4), bits.ReadUInt(114, 8), bits.ReadUInt(144, 4), bits.ReadUInt(146, 4), bits.ReadUInt(150, 4)));
        return null;
    }

    private static AisErrorReason? LongRange(in AisBits bits, in AisContext context, AisHeader header, AisMessageHandler handler)
    {
        var n = bits.Length;
        // 96 bits per ITU; some transmitters fill a whole 168-bit slot.
        if (n is not (96 or 168))
        {
            return BadLength(handler, context, header, n, "96 or 168");
        }

        handler.OnLongRangePositionReport(context, new LongRangePositionReport(header, bits.ReadBool(38), bits.ReadBool(39), bits.ReadUInt(40, 4),
            bits.ReadInt(44, 18), bits.ReadInt(62, 17), bits.ReadUInt(79, 6), bits.ReadUInt(85, 9), bits.ReadBool(94)));
        return null;
    }

    private AisErrorReason? DecodeType24(in AisBits bits, in AisContext context, AisHeader header, AisMessageHandler handler)
    {
        var n = bits.Length;
        switch (bits.ReadUInt(38, 2))
        {
            case 0:
                if (n is < 160 or > 168)
                {
                    return BadLength(handler, context, header, n, "160-168 (part A)");
                }

                var shipName = bits.ReadText(40, 20);
                _type24Names.Remember(header.Mmsi, shipName);
                handler.OnStaticDataReport(context, new StaticDataReport(header, StaticDataPart.A, shipName, 0, "", 0, 0, "", 0, 0, 0, 0, 0));
                return null;
            case 1:
                if (n < 168)
                {
                    return BadLength(handler, context, header, n, "168 (part B)");
                }

                var auxiliary = IsAuxiliaryCraft(header.Mmsi);
                var known = _type24Names.TakeName(header.Mmsi);
                handler.OnStaticDataReport(context, new StaticDataReport(
                    header, known is null ? StaticDataPart.B : StaticDataPart.Both, known ?? "", bits.ReadUInt(40, 8), bits.ReadText(48, 7),
                    bits.ReadUInt(66, 4), bits.ReadUInt(70, 20), bits.ReadText(90, 7),
                    auxiliary ? 0 : bits.ReadUInt(132, 9), auxiliary ? 0 : bits.ReadUInt(141, 9), auxiliary ? 0 : bits.ReadUInt(150, 6), auxiliary ? 0 : bits.ReadUInt(156, 6),
                    auxiliary ? (uint)bits.ReadUInt64(132, 30) : 0));
                return null;
            default:
                return Fail(handler, context, AisErrorReason.BadPartNumber, $"type 24 part number {bits.ReadUInt(38, 2)} is neither A (0) nor B (1) (MMSI {header.Mmsi})");
        }
    }

    private static AisErrorReason? DecodeSlotBinary(in AisBits bits, in AisContext context, AisHeader header, AisMessageHandler handler, bool multiSlot)
    {
        var n = bits.Length;
        var (min, max) = multiSlot ? (60, 1004) : (40, 168);
        if (n < min || n > max)
        {
            return BadLength(handler, context, header, n, $"{min}-{max}");
        }

        var addressed = bits.ReadBool(38);
        var structured = bits.ReadBool(39);
        var radioBits = multiSlot ? 20 : 0;
        var dataStart = 40 + (addressed ? 30 : 0) + (structured ? 16 : 0);
        if (n < dataStart + radioBits)
        {
            return BadLength(handler, context, header, n, $"at least {dataStart + radioBits} with its addressing and structure flags");
        }

        handler.OnSlotBinaryMessage(context, new SlotBinaryMessage(header, addressed, structured,
            addressed ? (uint)bits.ReadUInt64(40, 30) : 0,
            structured ? bits.ReadUInt(40 + (addressed ? 30 : 0), 16) : 0,
            Payload(bits, dataStart, n - dataStart - radioBits),
            multiSlot ? bits.ReadUInt(n - 20, 20) : 0));
        return null;
    }

    // Craft associated with a parent ship (98MIDXXXX) carry the mothership MMSI instead of dimensions.
    private static bool IsAuxiliaryCraft(uint mmsi) => mmsi / 10_000_000 == 98;

    private static uint AckMmsi(in AisBits bits, int index) => 40 + (32 * index) < bits.Length ? (uint)bits.ReadUInt64(40 + (32 * index), 30) : 0;

    private static int AckSequence(in AisBits bits, int index) => 40 + (32 * index) < bits.Length ? bits.ReadUInt(70 + (32 * index), 2) : 0;

    // Read whether or not the message is long enough, as gpsd does: absent reservations read as zeros.
    private static SlotReservation Slot(in AisBits bits, int start) =>
        new(bits.ReadUInt(start, 12), bits.ReadUInt(start + 12, 4), bits.ReadUInt(start + 16, 3), bits.ReadUInt(start + 19, 11));

    private static BinaryPayload Payload(in AisBits bits, int start, int length) => new(length, bits.ReadBytes(start, length));

    private static AisErrorReason BadLength(AisMessageHandler handler, in AisContext context, AisHeader header, int bits, string expected) =>
        Fail(handler, context, AisErrorReason.BadLength, string.Create(CultureInfo.InvariantCulture, $"type {header.MessageType} message from MMSI {header.Mmsi} has {bits} bits, expected {expected}"));

    // Error messages are built apart from the hot methods: an interpolated string's handler in
    // them made every call clear its locals.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static AisErrorReason TooShortForHeader(AisMessageHandler handler, in AisContext context, int bits) =>
        Fail(handler, context, AisErrorReason.BadLength, string.Create(CultureInfo.InvariantCulture, $"payload of {bits} bits is shorter than the 38-bit message header"));

    private static AisErrorReason Fail(AisMessageHandler handler, in AisContext context, AisErrorReason reason, string detail)
    {
        handler.OnError(new AisError(reason, context.LineNumber, detail));
        return reason;
    }
}
