using Bolwerk.Maritime.Ais.Output;

namespace Bolwerk.Maritime.Tracking;

/// <summary>
/// DMA's aisdk CSV writes navigational status and ship type in words; the watch works in AIS
/// codes. Ship-type words map to the first code of their ITU range (a "Tanker" is 80, whatever
/// its hazard category), which is what the detectors' type tests need.
/// </summary>
public static class DmaVocabulary
{
    // DMA writes gpsd's status texts ("Under way using engine", "Restricted maneuverability" …),
    // plus a few spellings of its own.
    private static readonly Dictionary<string, byte> Statuses = GpsdLegends.StatusTexts
        .Select((text, code) => (Text: text, Code: (byte)code))
        .Concat<(string Text, byte Code)>([("Restricted manoeuvrability", 3), ("Restricted manoeuverability", 3), ("AIS-SART", 14)])
        .ToDictionary(pair => pair.Text, pair => pair.Code, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, int> ShipTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["WIG"] = 20,
        ["Fishing"] = 30,
        ["Towing"] = 31,
        ["Towing long/wide"] = 32,
        ["Dredging"] = 33,
        ["Diving"] = 34,
        ["Military"] = 35,
        ["Sailing"] = 36,
        ["Pleasure"] = 37,
        ["HSC"] = 40,
        ["Pilot"] = 50,
        ["SAR"] = 51,
        ["Tug"] = 52,
        ["Port tender"] = 53,
        ["Anti-pollution"] = 54,
        ["Law enforcement"] = 55,
        ["Medical"] = 58,
        ["Not party to conflict"] = 59,
        ["Passenger"] = 60,
        ["Cargo"] = 70,
        ["Tanker"] = 80,
        ["Other"] = 90,
    };

    /// <summary>AIS navigational status for DMA's words; 15 (not defined) when unknown or empty.</summary>
    public static byte Status(string? words) => words is not null && Statuses.TryGetValue(words.Trim(), out var code) ? code : TrackPoint.NotDefined;

    /// <summary>AIS ship type for DMA's words, or null ("Undefined", "Reserved", "Spare …", empty).</summary>
    public static int? ShipType(string? words) => words is not null && ShipTypes.TryGetValue(words.Trim(), out var code) ? code : null;
}
