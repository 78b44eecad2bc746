namespace Bolwerk.Maritime.Ais.Applications;

/// <summary>
/// The decoded content of a binary message (type 6 or 8) whose designated area code (DAC) and
/// function identifier (FI) Bolwerk knows. Raw units throughout, as in gpsd's unscaled JSON.
/// </summary>
public abstract record AisApplicationMessage;

/// <summary>
/// Meteorological and hydrological data: DAC 1 FI 31 (IMO SN.1/Circ.289) and its predecessor
/// DAC 1 FI 11 (IMO SN/Circ.236), which differ in field widths and position resolution.
/// Every value is the raw field; the ITU/IMO "not available" codes (e.g. wind 127, air
/// temperature -1024) are kept as sent.
/// </summary>
public sealed record MeteoHydroData(
    int Fid, int Lat, int Lon, bool? Accuracy, int Day, int Hour, int Minute, int WindSpeed, int WindGust, int WindDirection,
    int WindGustDirection, int AirTemperature, int Humidity, int DewPoint, int Pressure, int PressureTendency, bool? VisibilityGreater,
    int Visibility, int WaterLevel, int WaterLevelTrend, int CurrentSpeed, int CurrentDirection, int CurrentSpeed2,
    int CurrentDirection2, int CurrentDepth2, int CurrentSpeed3, int CurrentDirection3, int CurrentDepth3, int WaveHeight,
    int WavePeriod, int WaveDirection, int SwellHeight, int SwellPeriod, int SwellDirection, int SeaState, int WaterTemperature,
    int PrecipitationType, int Salinity, int Ice) : AisApplicationMessage;

/// <summary>
/// DAC 200 FI 10: inland ship static and voyage related data (European inland AIS): ENI vessel
/// number, dimensions in decimetres, ERI ship type, hazardous cargo (blue cones), draught in
/// centimetres, loaded state and quality flags.
/// </summary>
public sealed record InlandStaticData(
    string Eni, int Length, int Beam, int EriShipType, int Hazard, int Draught, int Loaded,
    bool SpeedQuality, bool CourseQuality, bool HeadingQuality) : AisApplicationMessage;

/// <summary>DAC 200 FI 55: persons on board of an inland vessel.</summary>
public sealed record PersonsOnBoard(int Crew, int Passengers, int Personnel) : AisApplicationMessage;

/// <summary>
/// DAC 235 / 250 FI 10: AtoN monitoring data of the UK and Irish General Lighthouse
/// Authorities: analogue readings, RACON and light status, alarm, off-position flag.
/// </summary>
public sealed record AtonMonitoringData(
    int AnalogueInternal, int AnalogueExternal1, int AnalogueExternal2, int Racon, int Light, bool Alarm,
    int StatusExtension, bool OffPosition) : AisApplicationMessage;

/// <summary>DAC 1 FI 12 (IMO SN/Circ.236): dangerous cargo indication, addressed.</summary>
public sealed record DangerousCargoIndication(
    string LastPort, int DepartureMonth, int DepartureDay, int DepartureHour, int DepartureMinute, string NextPort,
    int EtaMonth, int EtaDay, int EtaHour, int EtaMinute, string Dangerous, string ImdCategory, int UnNumber, int Amount, int Unit) : AisApplicationMessage;

/// <summary>One tidal window: position (raw), validity hours and minutes, current direction and speed.</summary>
public readonly record struct TidalWindow(int Lon, int Lat, int FromHour, int FromMinute, int ToHour, int ToMinute, int CurrentDirection, int CurrentSpeed);

/// <summary>DAC 1 FI 14 (IMO SN/Circ.236) and FI 32 (SN.1/Circ.289): tidal windows, addressed.</summary>
public sealed record TidalWindows(int Fid, int Month, int Day, IReadOnlyList<TidalWindow> Windows) : AisApplicationMessage;

/// <summary>DAC 1 FI 18 (IMO SN.1/Circ.289): clearance time to enter port.</summary>
public sealed record ClearanceTimeToEnterPort(
    int Linkage, int Month, int Day, int Hour, int Minute, string PortName, string Destination, int Lon, int Lat) : AisApplicationMessage;

/// <summary>DAC 1 FI 30 (IMO SN.1/Circ.289): text description, addressed.</summary>
public sealed record TextDescription(int Linkage, string Text) : AisApplicationMessage;
