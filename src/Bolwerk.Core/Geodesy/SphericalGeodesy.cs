namespace Bolwerk.Geodesy;

/// <summary>
/// Distances, bearings and destinations on the WGS84 mean-radius sphere
/// (<see cref="Wgs84.MeanRadiusMetres"/>).
/// </summary>
/// <remarks>
/// The sphere is the right model for detectors that run per message: it is several times faster
/// than an ellipsoidal solution and its relative error is small: at most about 0.56 % (short
/// north–south legs at the equator, where the meridian is flattest), at most about 0.37 % at
/// North Sea latitudes 51–61° N (east–west legs), which is far below AIS position noise at the distances
/// detectors compare. Where exact
/// metres matter (evidence for a court, a report of closest approach), use
/// <see cref="EllipsoidalGeodesy"/>. All methods are pure and thread-safe.
/// Internally points are unit vectors ("n-vectors"), which keep the formulas well conditioned
/// for short and long distances alike.
/// </remarks>
public static class SphericalGeodesy
{
    /// <summary>Great-circle distance between two points, in metres.</summary>
    public static double DistanceMetres(GeoPoint from, GeoPoint to) =>
        Angle(NVector.From(from), NVector.From(to)) * Wgs84.MeanRadiusMetres;

    /// <summary>
    /// Initial bearing (forward azimuth) of the great circle from <paramref name="from"/> to
    /// <paramref name="to"/>, in degrees clockwise from true north, in [0, 360).
    /// Returns 0 when the points coincide.
    /// </summary>
    public static double InitialBearingDegrees(GeoPoint from, GeoPoint to)
    {
        var phi1 = Radians(from.Latitude);
        var phi2 = Radians(to.Latitude);
        var deltaLambda = Radians(to.Longitude - from.Longitude);
        var y = Math.Sin(deltaLambda) * Math.Cos(phi2);
        var x = (Math.Cos(phi1) * Math.Sin(phi2)) - (Math.Sin(phi1) * Math.Cos(phi2) * Math.Cos(deltaLambda));
        return NormaliseBearing(Degrees(Math.Atan2(y, x)));
    }

    /// <summary>
    /// The point reached by travelling <paramref name="distanceMetres"/> along the great circle
    /// that leaves <paramref name="start"/> on <paramref name="bearingDegrees"/>.
    /// </summary>
    public static GeoPoint Destination(GeoPoint start, double bearingDegrees, double distanceMetres)
    {
        var delta = distanceMetres / Wgs84.MeanRadiusMetres;
        var theta = Radians(bearingDegrees);
        var phi1 = Radians(start.Latitude);
        var lambda1 = Radians(start.Longitude);
        var sinPhi2 = (Math.Sin(phi1) * Math.Cos(delta)) + (Math.Cos(phi1) * Math.Sin(delta) * Math.Cos(theta));
        var phi2 = Math.Asin(Math.Clamp(sinPhi2, -1, 1));
        var y = Math.Sin(theta) * Math.Sin(delta) * Math.Cos(phi1);
        var x = Math.Cos(delta) - (Math.Sin(phi1) * sinPhi2);
        var lambda2 = lambda1 + Math.Atan2(y, x);
        return new GeoPoint(Math.Clamp(Degrees(phi2), -90, 90), NormaliseLongitude(Degrees(lambda2)));
    }

    /// <summary>
    /// Shortest distance in metres from <paramref name="point"/> to the great-circle arc between
    /// <paramref name="segmentStart"/> and <paramref name="segmentEnd"/> (the shorter arc).
    /// This is the distance from a ship to one leg of a cable route.
    /// </summary>
    public static double DistanceToSegmentMetres(GeoPoint point, GeoPoint segmentStart, GeoPoint segmentEnd)
    {
        var p = NVector.From(point);
        var a = NVector.From(segmentStart);
        var b = NVector.From(segmentEnd);
        var normal = NVector.Cross(a, b);
        var normalLength = normal.Length;
        if (normalLength < 1e-15)
        {
            // The ends coincide (or are antipodal, which no cable leg is): distance to the start.
            return Angle(p, a) * Wgs84.MeanRadiusMetres;
        }

        normal = normal.Scale(1 / normalLength);

        // Project the point onto the plane of the great circle; the projection is the closest
        // point of the whole circle. It lies on the arc when it is "after" a and "before" b.
        var projected = p.Subtract(normal.Scale(NVector.Dot(p, normal)));
        var onArc = projected.Length > 1e-15
            && NVector.Dot(NVector.Cross(a, projected), normal) >= 0
            && NVector.Dot(NVector.Cross(projected, b), normal) >= 0;
        if (onArc)
        {
            return Angle(p, projected) * Wgs84.MeanRadiusMetres;
        }

        return Math.Min(Angle(p, a), Angle(p, b)) * Wgs84.MeanRadiusMetres;
    }

    /// <summary>Maps any bearing in degrees to [0, 360).</summary>
    public static double NormaliseBearing(double degrees)
    {
        var result = degrees % 360;
        if (result < 0)
        {
            result += 360;
        }

        return result >= 360 ? 0 : result;
    }

    internal static double Radians(double degrees) => degrees * (Math.PI / 180);

    internal static double Degrees(double radians) => radians * (180 / Math.PI);

    private static double NormaliseLongitude(double degrees)
    {
        var result = ((degrees + 540) % 360) - 180;
        return result < -180 ? result + 360 : result;
    }

    // atan2(|u×v|, u·v) is accurate at every angle, unlike acos(u·v) near 0 or asin near 90°.
    private static double Angle(NVector u, NVector v) => Math.Atan2(NVector.Cross(u, v).Length, NVector.Dot(u, v));
}
