namespace Bolwerk.Maritime.Ais.Messages;

/// <summary>Types 4 (base station report) and 11 (UTC/date response).</summary>
public readonly record struct BaseStationReport(
    AisHeader Header, int Year, int Month, int Day, int Hour, int Minute, int Second, bool Accuracy,
    int Lon, int Lat, int Epfd, bool Raim, int Radio);

/// <summary>Type 10: UTC/date inquiry.</summary>
public readonly record struct UtcDateInquiry(AisHeader Header, uint DestinationMmsi);

/// <summary>Types 7 (binary acknowledge) and 13 (safety related acknowledge): up to four acknowledged stations (0 when absent).</summary>
public readonly record struct Acknowledge(AisHeader Header, uint Mmsi1, int Sequence1, uint Mmsi2, int Sequence2, uint Mmsi3, int Sequence3, uint Mmsi4, int Sequence4);

/// <summary>Type 15: interrogation.</summary>
public readonly record struct Interrogation(
    AisHeader Header, uint Mmsi1, int FirstType, int FirstOffset, int SecondType, int SecondOffset, uint Mmsi2, int SecondStationType, int SecondStationOffset);

/// <summary>Type 16: assigned mode command.</summary>
public readonly record struct AssignedModeCommand(AisHeader Header, uint Mmsi1, int Offset1, int Increment1, uint Mmsi2, int Offset2, int Increment2);

/// <summary>One slot reservation of a type 20 message.</summary>
public readonly record struct SlotReservation(int Offset, int Number, int Timeout, int Increment);

/// <summary>Type 20: data link management (four reservations; unused ones are zero).</summary>
public readonly record struct DataLinkManagement(AisHeader Header, SlotReservation First, SlotReservation Second, SlotReservation Third, SlotReservation Fourth);

/// <summary>Type 22: channel management; an area (1/10 minute corners) or two addressed stations.</summary>
public readonly record struct ChannelManagement(
    AisHeader Header, int ChannelA, int ChannelB, int TxRx, bool Power, bool Addressed,
    int NorthEastLon, int NorthEastLat, int SouthWestLon, int SouthWestLat, uint Destination1, uint Destination2,
    bool BandA, bool BandB, int ZoneSize);

/// <summary>Type 23: group assignment command.</summary>
public readonly record struct GroupAssignmentCommand(
    AisHeader Header, int NorthEastLon, int NorthEastLat, int SouthWestLon, int SouthWestLat,
    int StationType, int ShipType, int TxRx, int Interval, int Quiet);
