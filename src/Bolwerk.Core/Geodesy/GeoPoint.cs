using System.Globalization;

namespace Bolwerk.Geodesy;

/// <summary>
/// A position on the WGS84 datum in decimal degrees.
/// </summary>
/// <remarks>
/// Latitude is in [-90, 90] and longitude in [-180, 180]; the constructor rejects anything else,
/// including NaN. AIS "not available" sentinels (91, 181) are therefore not representable:
/// decoders map them to a missing position rather than a point. The default value is (0, 0).
/// Immutable and thread-safe.
/// </remarks>
public readonly record struct GeoPoint
{
    /// <summary>Creates a point, validating both coordinates.</summary>
    /// <param name="latitude">Degrees north, -90 to 90.</param>
    /// <param name="longitude">Degrees east, -180 to 180.</param>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is out of range or NaN.</exception>
    public GeoPoint(double latitude, double longitude)
    {
        if (!(latitude is >= -90 and <= 90))
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "Latitude must be between -90 and 90 degrees.");
        }

        if (!(longitude is >= -180 and <= 180))
        {
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "Longitude must be between -180 and 180 degrees.");
        }

        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>Degrees north of the equator, -90 to 90.</summary>
    public double Latitude { get; }

    /// <summary>Degrees east of Greenwich, -180 to 180.</summary>
    public double Longitude { get; }

    /// <summary>Returns true and the point when both coordinates are in range.</summary>
    public static bool TryCreate(double latitude, double longitude, out GeoPoint point)
    {
        if (latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180)
        {
            point = new GeoPoint(latitude, longitude);
            return true;
        }

        point = default;
        return false;
    }

    /// <summary>"lat,lon" with invariant culture, e.g. "52.1,4.3".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Latitude:0.######},{Longitude:0.######}");
}
