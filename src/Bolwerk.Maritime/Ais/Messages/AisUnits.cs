namespace Bolwerk.Maritime.Ais.Messages;

/// <summary>
/// Scaling of raw AIS fields into units, with the ITU "not available" values mapped to null.
/// Messages keep raw values (as gpsd's unscaled JSON does) so nothing is lost; these convert.
/// </summary>
public static class AisUnits
{
    /// <summary>Raw 1/10,000 minute latitude (27 bits) → degrees; null for 91° (not available) or out of range.</summary>
    public static double? Latitude(int raw) => raw == 54_600_000 || Math.Abs(raw) > 54_000_000 ? null : raw / 600_000.0;

    /// <summary>Raw 1/10,000 minute longitude (28 bits) → degrees; null for 181° (not available) or out of range.</summary>
    public static double? Longitude(int raw) => raw == 108_600_000 || Math.Abs(raw) > 108_000_000 ? null : raw / 600_000.0;

    /// <summary>Raw 1/10 knot speed (10 bits) → knots; null for 1023 (not available); 1022 means 102.2 kn or more.</summary>
    public static double? SpeedKnots(int raw) => raw == 1023 ? null : raw / 10.0;

    /// <summary>Raw 1/10 degree course (12 bits) → degrees; null for 3600 (not available) and above.</summary>
    public static double? CourseDegrees(int raw) => raw >= 3600 ? null : raw / 10.0;

    /// <summary>Heading in degrees; null for 511 (not available) and other values above 359.</summary>
    public static int? HeadingDegrees(int raw) => raw > 359 ? null : raw;

    /// <summary>Raw 1/10 m draught → metres; null for 0 (not available).</summary>
    public static double? DraughtMetres(int raw) => raw == 0 ? null : raw / 10.0;
}
