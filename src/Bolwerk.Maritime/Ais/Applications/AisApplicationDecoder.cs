using Bolwerk.Maritime.Ais.Decoding;

namespace Bolwerk.Maritime.Ais.Applications;

/// <summary>
/// Decodes the application payload of type 6 and 8 messages for the DAC/FI pairs Bolwerk knows,
/// using the message's own bit positions (type 6 payload from bit 88, type 8 from bit 56).
/// Returns null for unknown pairs and for payloads whose length does not fit the application
/// (gpsd's rule); the envelope then keeps the payload as bits, so nothing is lost.
/// </summary>
internal static class AisApplicationDecoder
{
    public static AisApplicationMessage? Decode(in AisBits bits, int messageType, int dac, int fid)
    {
        var n = bits.Length;
        return (messageType, dac, fid) switch
        {
            (8, 1, 31) => MeteoHydro31(bits), // no length rule: gpsd decodes any length (missing bits read as zero)
            (8, 1, 11) => MeteoHydro11(bits), // no length rule, as gpsd 3.22 (newer gpsd drops those outside 346-352 bits)
            (8, 200, 10) when n == 168 => Inland(bits),
            (6, 200, 55) when n == 168 => new PersonsOnBoard(bits.ReadUInt(88, 8), bits.ReadUInt(96, 13), bits.ReadUInt(109, 8)),
            (6, 1, 12) => new DangerousCargoIndication(bits.ReadText(88, 5), bits.ReadUInt(118, 4), bits.ReadUInt(122, 5), bits.ReadUInt(127, 5),
                bits.ReadUInt(132, 6), bits.ReadText(138, 5), bits.ReadUInt(168, 4), bits.ReadUInt(172, 5), bits.ReadUInt(177, 5), bits.ReadUInt(182, 6),
                bits.ReadText(188, 20), bits.ReadText(308, 4), bits.ReadUInt(332, 13), bits.ReadUInt(345, 10), bits.ReadUInt(355, 2)),
            (6, 1, 14) when n >= 97 => Tidal(bits, 14, elementBits: 93),
            (6, 1, 32) when n >= 97 => Tidal(bits, 32, elementBits: 88),
            (6, 1, 18) => new ClearanceTimeToEnterPort(bits.ReadUInt(88, 10), bits.ReadUInt(98, 4), bits.ReadUInt(102, 5), bits.ReadUInt(107, 5),
                bits.ReadUInt(112, 6), bits.ReadText(118, 20), bits.ReadText(238, 5), bits.ReadInt(268, 25), bits.ReadInt(293, 24)),
            (6, 1, 30) when n >= 98 => new TextDescription(bits.ReadUInt(88, 10), bits.ReadTextToEnd(98)),
            (6, 235 or 250, 10) when n == 136 => new AtonMonitoringData(bits.ReadUInt(88, 10), bits.ReadUInt(98, 10), bits.ReadUInt(108, 10),
                bits.ReadUInt(118, 2), bits.ReadUInt(120, 2), bits.ReadBool(122), bits.ReadUInt(123, 8), bits.ReadBool(131)),
            _ => null,
        };
    }

    // Whole windows only, at most three (the IMO text). gpsd also reads one window past the
    // end of the payload, which yields an all-zero window; Bolwerk does not (docs/ais.md).
    private static TidalWindows Tidal(in AisBits b, int fid, int elementBits)
    {
        var windows = new List<TidalWindow>(3);
        for (var start = 97; start + elementBits <= b.Length && windows.Count < 3; start += elementBits)
        {
            windows.Add(fid == 14
                ? new TidalWindow(b.ReadInt(start + 27, 28), b.ReadInt(start, 27), b.ReadUInt(start + 55, 5), b.ReadUInt(start + 60, 6),
                    b.ReadUInt(start + 66, 5), b.ReadUInt(start + 71, 6), b.ReadUInt(start + 77, 9), b.ReadUInt(start + 86, 7))
                : new TidalWindow(b.ReadInt(start, 25), b.ReadInt(start + 25, 24), b.ReadUInt(start + 49, 5), b.ReadUInt(start + 54, 6),
                    b.ReadUInt(start + 60, 5), b.ReadUInt(start + 65, 6), b.ReadUInt(start + 71, 9), b.ReadUInt(start + 80, 8)));
        }

        return new TidalWindows(fid, b.ReadUInt(88, 4), b.ReadUInt(92, 5), windows);
    }

    // IMO SN.1/Circ.289 (2013): 1/1000 minute positions, signed temperatures, 12-bit water level.
    private static MeteoHydroData MeteoHydro31(in AisBits b) => new(
        31, b.ReadInt(81, 24), b.ReadInt(56, 25), b.ReadBool(105), b.ReadUInt(106, 5), b.ReadUInt(111, 5), b.ReadUInt(116, 6),
        b.ReadUInt(122, 7), b.ReadUInt(129, 7), b.ReadUInt(136, 9), b.ReadUInt(145, 9), b.ReadInt(154, 11), b.ReadUInt(165, 7),
        b.ReadInt(172, 10), b.ReadUInt(182, 9), b.ReadUInt(191, 2), b.ReadBool(193), b.ReadUInt(194, 7), b.ReadUInt(201, 12),
        b.ReadUInt(213, 2), b.ReadUInt(215, 8), b.ReadUInt(223, 9), b.ReadUInt(232, 8), b.ReadUInt(240, 9), b.ReadUInt(249, 5),
        b.ReadUInt(254, 8), b.ReadUInt(262, 9), b.ReadUInt(271, 5), b.ReadUInt(276, 8), b.ReadUInt(284, 6), b.ReadUInt(290, 9),
        b.ReadUInt(299, 8), b.ReadUInt(307, 6), b.ReadUInt(313, 9), b.ReadUInt(322, 4), b.ReadInt(326, 10), b.ReadUInt(336, 3),
        b.ReadUInt(339, 9), b.ReadUInt(348, 2));

    // IMO SN/Circ.236 (2004): latitude before longitude, offset-coded (unsigned) temperatures.
    private static MeteoHydroData MeteoHydro11(in AisBits b) => new(
        11, b.ReadInt(56, 24), b.ReadInt(80, 25), null, b.ReadUInt(105, 5), b.ReadUInt(110, 5), b.ReadUInt(115, 6),
        b.ReadUInt(121, 7), b.ReadUInt(128, 7), b.ReadUInt(135, 9), b.ReadUInt(144, 9), b.ReadUInt(153, 11), b.ReadUInt(164, 7),
        b.ReadUInt(171, 10), b.ReadUInt(181, 9), b.ReadUInt(190, 2), null, b.ReadUInt(192, 8), b.ReadUInt(200, 9),
        b.ReadUInt(209, 2), b.ReadUInt(211, 8), b.ReadUInt(219, 9), b.ReadUInt(228, 8), b.ReadUInt(236, 9), b.ReadUInt(245, 5),
        b.ReadUInt(250, 8), b.ReadUInt(258, 9), b.ReadUInt(267, 5), b.ReadUInt(272, 8), b.ReadUInt(280, 6), b.ReadUInt(286, 9),
        b.ReadUInt(295, 8), b.ReadUInt(303, 6), b.ReadUInt(309, 9), b.ReadUInt(318, 4), b.ReadUInt(322, 10), b.ReadUInt(332, 3),
        b.ReadUInt(335, 9), b.ReadUInt(344, 2));

    private static InlandStaticData? Inland(in AisBits b)
    {
        var eni = b.ReadText(56, 8);
        var hazard = b.ReadUInt(141, 3);
        // As gpsd: reject implausible content that merely shares the DAC/FI (hazard code above 5).
        return hazard > 5 ? null : new InlandStaticData(eni, b.ReadUInt(104, 13), b.ReadUInt(117, 10), b.ReadUInt(127, 14), hazard,
            b.ReadUInt(144, 11), b.ReadUInt(155, 2), b.ReadBool(157), b.ReadBool(158), b.ReadBool(159));
    }
}
