namespace Bolwerk.Identifiers;

/// <summary>What kind of station an MMSI identifies, from its leading digits (ITU-R M.585-9).</summary>
public enum MmsiKind
{
    /// <summary>Leading digits match no format in ITU-R M.585.</summary>
    Unknown = 0,

    /// <summary>Ship station, MIDXXXXXX (first digit 2–7).</summary>
    Ship,

    /// <summary>Group of ship stations, 0MIDXXXXX.</summary>
    GroupShip,

    /// <summary>Coast station, 00MIDXXXX.</summary>
    CoastStation,

    /// <summary>Search-and-rescue aircraft, 111MIDXXX.</summary>
    SarAircraft,

    /// <summary>Handheld VHF transceiver with DSC and GNSS, 8MIDXXXXX.</summary>
    Handheld,

    /// <summary>Craft associated with a parent ship (tender, boat), 98MIDXXXX.</summary>
    CraftAssociatedWithParentShip,

    /// <summary>Aid to navigation, 99MIDXXXX.</summary>
    AidToNavigation,

    /// <summary>AIS search-and-rescue transmitter, 970XXYYYY.</summary>
    SearchAndRescueTransmitter,

    /// <summary>Man-overboard device, 972XXYYYY.</summary>
    ManOverboard,

    /// <summary>EPIRB with AIS locating signal, 974XXYYYY.</summary>
    EpirbAis,

    /// <summary>Autonomous maritime radio device (group B), 979YYYYYY.</summary>
    AutonomousMaritimeRadioDevice,
}
