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
