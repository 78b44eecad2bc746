using System.Text;

namespace Bolwerk.Maritime.Ais.Output;

/// <summary>The text legends gpsd prints beside coded fields (status_text, epfd_text, shiptype_text, …), from ITU-R M.1371-5 tables.</summary>
internal static class GpsdLegends
{
    private static readonly string[] NavigationStatus =
    [
        "Under way using engine", "At anchor", "Not under command", "Restricted maneuverability",
        "Constrained by her draught", "Moored", "Aground", "Engaged in fishing", "Under way sailing",
        "Reserved for HSC", "Reserved for WIG", "Power-driven vessel towing astern",
        "Power-driven vessel pushing ahead or towing alongside", "Reserved", "AIS-SART is active", "Not defined",
    ];

    private static readonly string[] Epfd =
    [
        "Undefined", "GPS", "GLONASS", "Combined GPS/GLONASS", "Loran-C", "Chayka", "Integrated navigation system",
        "Surveyed", "Galileo", "Reserved (9)", "Reserved (10)", "Reserved (11)", "Reserved (12)", "Reserved (13)",
        "Reserved (14)", "Internal GNSS",
    ];

    private static readonly string[] StationType =
    [
        "All types of mobiles", "Reserved for future use", "All types of Class B mobile stations", "SAR airborne mobile station",
        "Aid to Navigation station", "Class B shipborne mobile station", "Regional use and inland waterways",
        "Regional use and inland waterways", "Regional use and inland waterways", "Regional use and inland waterways",
        "Reserved for future use", "Reserved for future use", "Reserved for future use", "Reserved for future use",
        "Reserved for future use", "Reserved for future use",
    ];

    private static readonly string[] AidType =
    [
        "Unspecified", "Reference point", "RACON", "Fixed offshore structure", "Spare, Reserved for future use.",
        "Light, without sectors", "Light, with sectors", "Leading Light Front", "Leading Light Rear", "Beacon, Cardinal N",
        "Beacon, Cardinal E", "Beacon, Cardinal S", "Beacon, Cardinal W", "Beacon, Port hand", "Beacon, Starboard hand",
        "Beacon, Preferred Channel port hand", "Beacon, Preferred Channel starboard hand", "Beacon, Isolated danger",
        "Beacon, Safe water", "Beacon, Special mark", "Cardinal Mark N", "Cardinal Mark E", "Cardinal Mark S",
        "Cardinal Mark W", "Port hand Mark", "Starboard hand Mark", "Preferred Channel Port hand",
        "Preferred Channel Starboard hand", "Isolated danger", "Safe Water", "Special Mark", "Light Vessel / LANBY / Rigs",
    ];

    // UTF-8 of the legends written on every line of their message families, encoded once: a
    // status_text per position report was an ASCII check and a transcoding per message.
    private static readonly byte[][] NavigationStatusUtf8 = [.. NavigationStatus.Select(Encoding.UTF8.GetBytes)];
    private static readonly byte[][] EpfdUtf8 = [.. Enumerable.Range(0, 16).Select(code => Encoding.UTF8.GetBytes(EpfdText(code)))];
    private static readonly byte[][] ShipTypeUtf8 = [.. Enumerable.Range(0, 256).Select(code => Encoding.UTF8.GetBytes(ShipTypeText(code)))];

    public static ReadOnlySpan<byte> StatusUtf8(int code) => NavigationStatusUtf8[code & 15];

    /// <summary>The 16 navigational status texts, by code (also what DMA's CSV writes).</summary>
    public static IReadOnlyList<string> StatusTexts => NavigationStatus;

    public static ReadOnlySpan<byte> EpfdTextUtf8(int code) => code is >= 0 and < 16 ? EpfdUtf8[code] : Encoding.UTF8.GetBytes(EpfdText(code));

    public static ReadOnlySpan<byte> ShipTypeTextUtf8(int code) => code is >= 0 and < 256 ? ShipTypeUtf8[code] : Encoding.UTF8.GetBytes(ShipTypeText(code));

    private static string EpfdText(int code) => code < Epfd.Length ? Epfd[code] : "INVALID EPFD";

    public static string StationTypeText(int code) => code < StationType.Length ? StationType[code] : "INVALID STATION TYPE";

    public static string AidTypeText(int code) => code < AidType.Length ? AidType[code] : "INVALID NAVAID TYPE";

    private static string ShipTypeText(int code) => code switch
    {
        0 => "Not available",
        < 20 => "Reserved for future use",
        < 30 => "Wing in ground (WIG) - " + (code == 29 ? "Reserved for future use" : Category(code - 20)),
        30 => "Fishing",
        31 => "Towing",
        32 => "Towing: length exceeds 200m or breadth exceeds 25m",
        33 => "Dredging or underwater ops",
        34 => "Diving ops",
        35 => "Military ops",
        36 => "Sailing",
        37 => "Pleasure Craft",
        38 or 39 => "Reserved",
        < 50 => "High speed craft (HSC) - " + Category(code - 40),
        50 => "Pilot Vessel",
        51 => "Search and Rescue vessel",
        52 => "Tug",
        53 => "Port Tender",
        54 => "Anti-pollution equipment",
        55 => "Law Enforcement",
        56 or 57 => "Spare - Local Vessel",
        58 => "Medical Transport",
        59 => "Ship according to RR Resolution No. 18",
        < 70 => "Passenger - " + Category(code - 60),
        < 80 => "Cargo - " + Category(code - 70),
        < 90 => "Tanker - " + Category(code - 80),
        99 => "Other Type - no additional information",
        < 100 => "Other Type - " + Category(code - 90),
        _ => "INVALID SHIP TYPE",
    };

    // The second digit of ship types 20-99; WIG has no "no additional information" (29 is reserved).
    private static string Category(int digit) => digit switch
    {
        0 => "all ships of this type",
        1 => "Hazardous category A",
        2 => "Hazardous category B",
        3 => "Hazardous category C",
        4 => "Hazardous category D",
        9 => "No additional information",
        _ => "Reserved for future use",
    };
}
