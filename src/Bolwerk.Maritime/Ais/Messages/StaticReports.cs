namespace Bolwerk.Maritime.Ais.Messages;

/// <summary>Type 5: Class A static and voyage related data.</summary>
public readonly record struct StaticAndVoyageData(
    AisHeader Header, int AisVersion, int Imo, string CallSign, string ShipName, int ShipType,
    int ToBow, int ToStern, int ToPort, int ToStarboard, int Epfd, int Month, int Day, int Hour,
    int Minute, int Draught, string Destination, int Dte);

/// <summary>Which parts of a type 24 report a record carries.</summary>
public enum StaticDataPart
{
    /// <summary>Part A only (name).</summary>
    A,

    /// <summary>Part B only (type, vendor, call sign, dimensions).</summary>
    B,

    /// <summary>Part B merged with the part A seen before it for the same MMSI.</summary>
    Both,
}

/// <summary>
/// Type 24: Class B CS static data. Part A carries the name, part B the rest; the decoder merges
/// a part B with the latest part A of the same MMSI (<see cref="StaticDataPart.Both"/>).
/// </summary>
public readonly record struct StaticDataReport(
    AisHeader Header, StaticDataPart Part, string ShipName, int ShipType, string VendorId, int Model,
    int Serial, string CallSign, int ToBow, int ToStern, int ToPort, int ToStarboard, uint MothershipMmsi);

/// <summary>Type 21: aid-to-navigation report (name with its extension joined).</summary>
public readonly record struct AidToNavigationReport(
    AisHeader Header, int AidType, string Name, bool Accuracy, int Lon, int Lat, int ToBow, int ToStern,
    int ToPort, int ToStarboard, int Epfd, int Second, bool OffPosition, int Regional, bool Raim,
    bool VirtualAid, bool Assigned);
