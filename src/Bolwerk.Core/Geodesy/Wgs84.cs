namespace Bolwerk.Geodesy;

/// <summary>Constants of the WGS84 reference ellipsoid (NIMA TR8350.2).</summary>
public static class Wgs84
{
    /// <summary>Semi-major axis a, in metres.</summary>
    public const double SemiMajorAxisMetres = 6_378_137.0;

    /// <summary>Flattening f = 1 / 298.257223563.</summary>
    public const double Flattening = 1 / 298.257223563;

    /// <summary>Semi-minor axis b = a(1 − f), in metres.</summary>
    public const double SemiMinorAxisMetres = SemiMajorAxisMetres * (1 - Flattening);

    /// <summary>
    /// IUGG mean radius R1 = (2a + b) / 3, in metres: the sphere that minimises the error of
    /// great-circle distances on this ellipsoid (at most about 0.56 %, for short meridional arcs at the equator).
    /// </summary>
    public const double MeanRadiusMetres = (2 * SemiMajorAxisMetres + SemiMinorAxisMetres) / 3;

    /// <summary>One international nautical mile, in metres.</summary>
    public const double MetresPerNauticalMile = 1852.0;
}
