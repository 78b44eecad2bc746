namespace Bolwerk.Geodesy;

/// <summary>
/// Geodesic distance and azimuths on the WGS84 ellipsoid by Vincenty's inverse method
/// (Survey Review XXIII/176, 1975), accurate to well under a millimetre.
/// </summary>
/// <remarks>
/// Vincenty's iteration does not converge for nearly antipodal points (more than about
/// 19,900 km apart); <see cref="TryInverse"/> then returns false. No maritime or cable question
/// Bolwerk answers involves such distances. Pure and thread-safe.
/// </remarks>
public static class EllipsoidalGeodesy
{
    private const int MaxIterations = 200;
    private const double ConvergenceRadians = 1e-12;

    /// <summary>
    /// Solves the inverse geodesic problem between two points.
    /// </summary>
    /// <param name="from">Start point.</param>
    /// <param name="to">End point.</param>
    /// <param name="solution">Distance and azimuths when the method converged.</param>
    /// <returns>False only for nearly antipodal points where the iteration does not converge.</returns>
    public static bool TryInverse(GeoPoint from, GeoPoint to, out GeodesicSolution solution)
    {
        const double a = Wgs84.SemiMajorAxisMetres;
        const double b = Wgs84.SemiMinorAxisMetres;
        const double f = Wgs84.Flattening;

        var bigL = SphericalGeodesy.Radians(to.Longitude - from.Longitude);
        var u1 = Math.Atan((1 - f) * Math.Tan(SphericalGeodesy.Radians(from.Latitude)));
        var u2 = Math.Atan((1 - f) * Math.Tan(SphericalGeodesy.Radians(to.Latitude)));
        double sinU1 = Math.Sin(u1), cosU1 = Math.Cos(u1), sinU2 = Math.Sin(u2), cosU2 = Math.Cos(u2);

        var lambda = bigL;
        double sinLambda, cosLambda, sinSigma, cosSigma, sigma, cosSqAlpha, cos2SigmaM;
        var iterations = 0;
        while (true)
        {
            sinLambda = Math.Sin(lambda);
            cosLambda = Math.Cos(lambda);
            var t1 = cosU2 * sinLambda;
            var t2 = (cosU1 * sinU2) - (sinU1 * cosU2 * cosLambda);
            sinSigma = Math.Sqrt((t1 * t1) + (t2 * t2));
            if (sinSigma == 0)
            {
                solution = new GeodesicSolution(0, 0, 0);
                return true;
            }

            cosSigma = (sinU1 * sinU2) + (cosU1 * cosU2 * cosLambda);
            sigma = Math.Atan2(sinSigma, cosSigma);
            var sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            cosSqAlpha = 1 - (sinAlpha * sinAlpha);
            // On the equator cos²α is 0 and the term is defined as 0.
            cos2SigmaM = cosSqAlpha != 0 ? cosSigma - (2 * sinU1 * sinU2 / cosSqAlpha) : 0;
            var c = f / 16 * cosSqAlpha * (4 + (f * (4 - (3 * cosSqAlpha))));
            var previous = lambda;
            lambda = bigL + ((1 - c) * f * sinAlpha
                * (sigma + (c * sinSigma * (cos2SigmaM + (c * cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM)))))));
            if (Math.Abs(lambda - previous) < ConvergenceRadians)
            {
                break;
            }

            if (++iterations >= MaxIterations || Math.Abs(lambda) > Math.PI)
            {
                solution = default;
                return false;
            }
        }

        var uSq = cosSqAlpha * ((a * a) - (b * b)) / (b * b);
        var bigA = 1 + (uSq / 16384 * (4096 + (uSq * (-768 + (uSq * (320 - (175 * uSq)))))));
        var bigB = uSq / 1024 * (256 + (uSq * (-128 + (uSq * (74 - (47 * uSq))))));
        var deltaSigma = bigB * sinSigma * (cos2SigmaM + (bigB / 4 * ((cosSigma * (-1 + (2 * cos2SigmaM * cos2SigmaM)))
            - (bigB / 6 * cos2SigmaM * (-3 + (4 * sinSigma * sinSigma)) * (-3 + (4 * cos2SigmaM * cos2SigmaM))))));
        var distance = b * bigA * (sigma - deltaSigma);
        var initial = Math.Atan2(cosU2 * sinLambda, (cosU1 * sinU2) - (sinU1 * cosU2 * cosLambda));
        var final = Math.Atan2(cosU1 * sinLambda, (-sinU1 * cosU2) + (cosU1 * sinU2 * cosLambda));
        solution = new GeodesicSolution(
            distance,
            SphericalGeodesy.NormaliseBearing(SphericalGeodesy.Degrees(initial)),
            SphericalGeodesy.NormaliseBearing(SphericalGeodesy.Degrees(final)));
        return true;
    }
}

/// <summary>The answer to the inverse geodesic problem.</summary>
/// <param name="DistanceMetres">Length of the geodesic, in metres.</param>
/// <param name="InitialAzimuthDegrees">Azimuth at the start, degrees clockwise from north, [0, 360).</param>
/// <param name="FinalAzimuthDegrees">Azimuth at the end, degrees clockwise from north, [0, 360).</param>
public readonly record struct GeodesicSolution(double DistanceMetres, double InitialAzimuthDegrees, double FinalAzimuthDegrees);
