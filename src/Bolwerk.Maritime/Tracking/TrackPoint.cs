namespace Bolwerk.Maritime.Tracking;

/// <summary>
/// One reported position of a vessel in the units the watch works in. Unknown kinematics are NaN
/// (speed, course) or -1 (heading) rather than nullable, so a point stays a small blittable value
/// that tracks and evidence lists copy without allocating.
/// </summary>
/// <param name="TimeMs">Message time, Unix milliseconds (from the input, never the system clock).</param>
/// <param name="Longitude">Degrees east.</param>
/// <param name="Latitude">Degrees north.</param>
/// <param name="SpeedKnots">Speed over ground in knots, or NaN.</param>
/// <param name="CourseDegrees">Course over ground in degrees, or NaN.</param>
/// <param name="Heading">True heading in degrees, or -1.</param>
/// <param name="Status">AIS navigational status 0–15 (15 = not defined; Class B reports have none).</param>
public readonly record struct TrackPoint(long TimeMs, double Longitude, double Latitude, float SpeedKnots, float CourseDegrees, short Heading, byte Status)
{
    /// <summary>Navigational status "at anchor".</summary>
    public const byte AtAnchor = 1;

    /// <summary>Navigational status "not under command".</summary>
    public const byte NotUnderCommand = 2;

    /// <summary>Navigational status "restricted manoeuvrability" (cable layers, dredgers at work).</summary>
    public const byte RestrictedManoeuvrability = 3;

    /// <summary>Navigational status "moored".</summary>
    public const byte Moored = 5;

    /// <summary>Navigational status "engaged in fishing".</summary>
    public const byte EngagedInFishing = 7;

    /// <summary>Navigational status "not defined" (also the value for Class B reports).</summary>
    public const byte NotDefined = 15;

    /// <summary>Message time as a UTC instant.</summary>
    public DateTimeOffset Time => DateTimeOffset.FromUnixTimeMilliseconds(TimeMs);

    /// <summary>True when the speed is known.</summary>
    public bool HasSpeed => !float.IsNaN(SpeedKnots);
}
