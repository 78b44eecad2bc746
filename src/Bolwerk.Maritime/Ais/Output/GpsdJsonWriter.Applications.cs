using System.Globalization;
using Bolwerk.Maritime.Ais.Applications;
using Bolwerk.Maritime.Ais.Messages;

namespace Bolwerk.Maritime.Ais.Output;

public sealed partial class GpsdJsonWriter
{
    private static readonly string[] Hazards = ["0 blue cones/lights", "1 blue cone/light", "2 blue cones/lights", "3 blue cones/lights", "4 B-Flag", "Unknown"];
    private static readonly string[] LoadedStates = ["N/A (default)", "Unloaded", "Loaded"];
    private static readonly string[] RaconStates = ["No RACON installed", "RACON not monitored", "RACON operational", "RACON ERROR"];
    private static readonly string[] LightStates = ["No light or no monitoring", "Light ON", "Light OFF", "Light ERROR"];
    private static readonly string[] PrecipitationTypes = ["reserved", "rain", "thunderstorm", "freezing rain", "mixed/ice", "snow", "reserved", "N/A"];
    private static readonly string[] IceStates = ["no", "yes", "reserved", "N/A"];

    private void ApplicationOrData(AisApplicationMessage? application, BinaryPayload data)
    {
        switch (application)
        {
            case MeteoHydroData meteo:
                Meteo(meteo);
                break;
            case InlandStaticData inland:
                _json.WriteString("vin"u8, inland.Eni);
                _json.WriteNumber("length"u8, inland.Length);
                _json.WriteNumber("beam"u8, inland.Beam);
                _json.WriteNumber("shiptype"u8, inland.EriShipType);
                _json.WriteString("shiptype_text"u8, EriShipTypes.NameOf(inland.EriShipType) ?? "Illegal ship type value.");
                _json.WriteNumber("hazard"u8, inland.Hazard);
                _json.WriteString("hazard_text"u8, Hazards[inland.Hazard]);
                _json.WriteNumber("draught"u8, inland.Draught);
                _json.WriteNumber("loaded"u8, inland.Loaded);
                _json.WriteString("loaded_text"u8, inland.Loaded < LoadedStates.Length ? LoadedStates[inland.Loaded] : "INVALID LOAD STATUS");
                _json.WriteBoolean("speed_q"u8, inland.SpeedQuality);
                _json.WriteBoolean("course_q"u8, inland.CourseQuality);
                _json.WriteBoolean("heading_q"u8, inland.HeadingQuality);
                break;
            case PersonsOnBoard persons:
                _json.WriteNumber("crew"u8, persons.Crew);
                _json.WriteNumber("passengers"u8, persons.Passengers);
                _json.WriteNumber("personnel"u8, persons.Personnel);
                break;
            case AtonMonitoringData aton:
                _json.WriteBoolean("off_pos"u8, aton.OffPosition);
                _json.WriteBoolean("alarm"u8, aton.Alarm);
                _json.WriteNumber("stat_ext"u8, aton.StatusExtension);
                _json.WriteNumber("ana_int"u8, aton.AnalogueInternal);
                _json.WriteNumber("ana_ext1"u8, aton.AnalogueExternal1);
                _json.WriteNumber("ana_ext2"u8, aton.AnalogueExternal2);
                _json.WriteNumber("racon"u8, aton.Racon);
                _json.WriteString("racon_text"u8, RaconStates[aton.Racon]);
                _json.WriteNumber("light"u8, aton.Light);
                _json.WriteString("light_text"u8, LightStates[aton.Light]);
                break;
            case DangerousCargoIndication cargo:
                _json.WriteString("lastport"u8, cargo.LastPort);
                _json.WriteString("departure"u8, MonthDayTime(cargo.DepartureMonth, cargo.DepartureDay, cargo.DepartureHour, cargo.DepartureMinute));
                _json.WriteString("nextport"u8, cargo.NextPort);
                _json.WriteString("eta"u8, MonthDayTime(cargo.EtaMonth, cargo.EtaDay, cargo.EtaHour, cargo.EtaMinute));
                _json.WriteString("dangerous"u8, cargo.Dangerous);
                _json.WriteString("imdcat"u8, cargo.ImdCategory);
                _json.WriteNumber("unid"u8, cargo.UnNumber);
                _json.WriteNumber("amount"u8, cargo.Amount);
                _json.WriteNumber("unit"u8, cargo.Unit);
                break;
            case TidalWindows tidal:
                _json.WriteNumber("month"u8, tidal.Month);
                _json.WriteNumber("day"u8, tidal.Day);
                _json.WriteStartArray("tidals"u8);
                foreach (var window in tidal.Windows)
                {
                    _json.WriteStartObject();
                    _json.WriteNumber("lon"u8, window.Lon);
                    _json.WriteNumber("lat"u8, window.Lat);
                    _json.WriteNumber("from_hour"u8, window.FromHour);
                    _json.WriteNumber("from_min"u8, window.FromMinute);
                    _json.WriteNumber("to_hour"u8, window.ToHour);
                    _json.WriteNumber("to_min"u8, window.ToMinute);
                    _json.WriteNumber("cdir"u8, window.CurrentDirection);
                    _json.WriteNumber("cspeed"u8, window.CurrentSpeed);
                    _json.WriteEndObject();
                }

                _json.WriteEndArray();
                break;
            case ClearanceTimeToEnterPort clearance:
                _json.WriteNumber("linkage"u8, clearance.Linkage);
                _json.WriteString("arrival"u8, MonthDayTime(clearance.Month, clearance.Day, clearance.Hour, clearance.Minute));
                _json.WriteString("portname"u8, clearance.PortName);
                _json.WriteString("destination"u8, clearance.Destination);
                _json.WriteNumber("lon"u8, clearance.Lon);
                _json.WriteNumber("lat"u8, clearance.Lat);
                break;
            case TextDescription text:
                _json.WriteNumber("linkage"u8, text.Linkage);
                _json.WriteString("text"u8, text.Text);
                break;
            default:
                Data(data);
                break;
        }
    }

    private static string MonthDayTime(int month, int day, int hour, int minute) =>
        string.Create(CultureInfo.InvariantCulture, $"{month:D2}-{day:D2}T{hour:D2}:{minute:D2}Z");

    private void Meteo(MeteoHydroData m)
    {
        _json.WriteNumber("lat"u8, m.Lat);
        _json.WriteNumber("lon"u8, m.Lon);
        if (m.Accuracy is { } accuracy)
        {
            _json.WriteBoolean("accuracy"u8, accuracy);
        }

        _json.WriteString("timestamp"u8, string.Create(CultureInfo.InvariantCulture, $"{m.Day:D2}T{m.Hour:D2}:{m.Minute:D2}Z"));
        _json.WriteNumber("wspeed"u8, m.WindSpeed);
        _json.WriteNumber("wgust"u8, m.WindGust);
        _json.WriteNumber("wdir"u8, m.WindDirection);
        _json.WriteNumber("wgustdir"u8, m.WindGustDirection);
        _json.WriteNumber("humidity"u8, m.Humidity);
        _json.WriteNumber("airtemp"u8, m.AirTemperature);
        _json.WriteNumber("dewpoint"u8, m.DewPoint);
        _json.WriteNumber("pressure"u8, m.Pressure);
        _json.WriteNumber("pressuretend"u8, m.PressureTendency);
        if (m.VisibilityGreater is { } greater)
        {
            _json.WriteBoolean("visgreater"u8, greater);
        }

        _json.WriteNumber("visibility"u8, m.Visibility);
        _json.WriteNumber("waterlevel"u8, m.WaterLevel);
        _json.WriteNumber("leveltrend"u8, m.WaterLevelTrend);
        _json.WriteNumber("cspeed"u8, m.CurrentSpeed);
        _json.WriteNumber("cdir"u8, m.CurrentDirection);
        _json.WriteNumber("cspeed2"u8, m.CurrentSpeed2);
        _json.WriteNumber("cdir2"u8, m.CurrentDirection2);
        _json.WriteNumber("cdepth2"u8, m.CurrentDepth2);
        _json.WriteNumber("cspeed3"u8, m.CurrentSpeed3);
        _json.WriteNumber("cdir3"u8, m.CurrentDirection3);
        _json.WriteNumber("cdepth3"u8, m.CurrentDepth3);
        _json.WriteNumber("waveheight"u8, m.WaveHeight);
        _json.WriteNumber("waveperiod"u8, m.WavePeriod);
        _json.WriteNumber("wavedir"u8, m.WaveDirection);
        _json.WriteNumber("swellheight"u8, m.SwellHeight);
        _json.WriteNumber("swellperiod"u8, m.SwellPeriod);
        _json.WriteNumber("swelldir"u8, m.SwellDirection);
        _json.WriteNumber("seastate"u8, m.SeaState);
        _json.WriteNumber("watertemp"u8, m.WaterTemperature);
        _json.WriteNumber("preciptype"u8, m.PrecipitationType);
        if (m.Fid == 11)
        {
            _json.WriteString("preciptype_text"u8, PrecipitationTypes[m.PrecipitationType]);
        }

        _json.WriteNumber("salinity"u8, m.Salinity);
        _json.WriteNumber("ice"u8, m.Ice);
        if (m.Fid == 11)
        {
            _json.WriteString("ice_text"u8, IceStates[m.Ice]);
        }
    }
}
