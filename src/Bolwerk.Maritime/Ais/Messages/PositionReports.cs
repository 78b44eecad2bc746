namespace Bolwerk.Maritime.Ais.Messages;

/// <summary>Types 1, 2, 3: Class A position report. Raw units (see <see cref="AisUnits"/>).</summary>
public readonly record struct PositionReportClassA(
    AisHeader Header, int Status, int Turn, int Speed, bool Accuracy, int Lon, int Lat,
    int Course, int Heading, int Second, int Maneuver, bool Raim, int Radio);

/// <summary>Type 9: standard SAR aircraft position report.</summary>
public readonly record struct SarAircraftPositionReport(
    AisHeader Header, int Altitude, int Speed, bool Accuracy, int Lon, int Lat, int Course,
    int Second, int Regional, int Dte, bool Assigned, bool Raim, int Radio);

/// <summary>Type 18: standard Class B CS position report.</summary>
public readonly record struct PositionReportClassB(
    AisHeader Header, int Reserved, int Speed, bool Accuracy, int Lon, int Lat, int Course,
    int Heading, int Second, int Regional, bool CarrierSense, bool Display, bool Dsc, bool Band,
    bool Message22, bool Assigned, bool Raim, int Radio);

/// <summary>Type 19: extended Class B CS position report (position with static data).</summary>
public readonly record struct ExtendedPositionReportClassB(
    AisHeader Header, int Reserved, int Speed, bool Accuracy, int Lon, int Lat, int Course,
    int Heading, int Second, int Regional, string ShipName, int ShipType, int ToBow, int ToStern,
    int ToPort, int ToStarboard, int Epfd, bool Raim, bool Dte, bool Assigned);

/// <summary>Type 27: long-range broadcast (1/10 minute positions, knots, degrees).</summary>
public readonly record struct LongRangePositionReport(
    AisHeader Header, bool Accuracy, bool Raim, int Status, int Lon, int Lat, int Speed, int Course, bool Gnss);
