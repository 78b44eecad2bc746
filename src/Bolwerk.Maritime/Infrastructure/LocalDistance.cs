using Bolwerk.Geodesy;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace Bolwerk.Maritime.Infrastructure;

/// <summary>
/// Distance in metres from a point to a geometry in longitude/latitude. Segments are what RFC 7946
/// says they are, straight lines in longitude/latitude; an equirectangular projection centred on
/// the point keeps them straight, so the nearest point of each segment is found there without
/// trigonometry, and the distance to that point is then measured on the sphere of the mean Earth
/// radius (<see cref="SphericalGeodesy.DistanceMetres"/>; up to 20 km a flat Earth scaled at the
/// mid-latitude, within 1e-5 of it), which removes the projection's scale error (0.7 % at 30 km
/// and 68° N when measured in the plane).
/// </summary>
public static class LocalDistance
{
    /// <summary>Metres per degree of latitude on a sphere of the mean Earth radius (6,371,008.8 m).</summary>
    public const double MetresPerDegree = 6_371_008.8 * Math.PI / 180;

    /// <summary>Metres from <paramref name="origin"/> to the nearest part of <paramref name="geometry"/>; 0 inside a polygon.</summary>
    public static double Metres(GeoPoint origin, Geometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        return Metres(origin, geometry, ScaleX(origin));
    }

    /// <summary><see cref="Metres(GeoPoint, Geometry)"/> with the origin's <see cref="ScaleX"/> already known.</summary>
    internal static double Metres(GeoPoint origin, Geometry geometry, double scaleX)
    {
        switch (geometry)
        {
            case Point point:
                return Between(origin, new GeoPoint(point.Y, point.X));
            case LineString line:
                return ToSegments(origin, line.CoordinateSequence, scaleX);
            case Polygon polygon:
                if (Inside(origin, polygon))
                {
                    return 0;
                }

                var nearest = ToSegments(origin, polygon.ExteriorRing.CoordinateSequence, scaleX);
                foreach (var hole in polygon.InteriorRings)
                {
                    nearest = Math.Min(nearest, ToSegments(origin, hole.CoordinateSequence, scaleX));
                }

                return nearest;
            default:
                var best = double.PositiveInfinity;
                for (var i = 0; i < geometry.NumGeometries; i++)
                {
                    best = Math.Min(best, Metres(origin, geometry.GetGeometryN(i), scaleX));
                }

                return best;
        }
    }

    // Ray crossing on the rings (RFC 7946 edges are straight in lon/lat, as the test assumes):
    // Polygon.Covers built a whole topology graph per query (microseconds each).
    private static bool Inside(GeoPoint origin, Polygon polygon)
    {
        var point = new Coordinate(origin.Longitude, origin.Latitude);
        if (!polygon.EnvelopeInternal.Covers(point) || !PointLocation.IsInRing(point, polygon.ExteriorRing.Coordinates))
        {
            return false;
        }

        foreach (var hole in polygon.InteriorRings)
        {
            if (PointLocation.IsInRing(point, hole.Coordinates))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Metres per degree of longitude at <paramref name="origin"/>'s latitude (computed once per query; clamped so a pole stays finite).</summary>
    internal static double ScaleX(GeoPoint origin) => Math.Max(Math.Cos(origin.Latitude * Math.PI / 180), 1e-9) * MetresPerDegree;

    /// <summary>
    /// Metres from <paramref name="origin"/> to segment <paramref name="index"/> (to <paramref name="index"/> + 1)
    /// of <paramref name="sequence"/>, or +∞ when the projection already puts it beyond
    /// <paramref name="limitMetres"/> by more than its error (the sphere is only consulted for
    /// segments that may be within the limit: most candidates of a corridor query are not).
    /// </summary>
    internal static double ToSegment(GeoPoint origin, CoordinateSequence sequence, int index, double limitMetres, double scaleX)
    {
        if (PlanarToSegment(origin, sequence, index, scaleX) > (limitMetres * 1.05) + 10)
        {
            return double.PositiveInfinity;
        }

        return Between(origin, NearestOnSegment(origin, sequence, index, scaleX));
    }

    // Up to 20 km a flat Earth scaled at the mid-latitude is within 1e-5 of the sphere and costs one
    // cosine; beyond, the sphere (n-vectors, several sines and cosines).
    private static double Between(GeoPoint origin, GeoPoint target)
    {
        var dLat = (target.Latitude - origin.Latitude) * MetresPerDegree;
        var dLon = target.Longitude - origin.Longitude;
        dLon -= 360 * Math.Round(dLon / 360);
        if (Math.Abs(dLat) < 20_000 && Math.Abs(dLon) * MetresPerDegree < 20_000)
        {
            var x = dLon * Math.Cos((origin.Latitude + target.Latitude) * (Math.PI / 360)) * MetresPerDegree;
            var flat = Math.Sqrt((x * x) + (dLat * dLat));
            if (flat < 20_000)
            {
                return flat;
            }
        }

        return SphericalGeodesy.DistanceMetres(origin, target);
    }

    // The projection picks the candidates: every segment whose projected distance is within 5 %
    // (+ 10 m) of the nearest one is then measured on the sphere. The projection's error stays far
    // below 5 % at the ranges asked about, so the nearest segment is always among them.
    private static double ToSegments(GeoPoint origin, CoordinateSequence sequence, double scaleX)
    {
        if (sequence.Count == 1)
        {
            return Between(origin, At(sequence, 0));
        }

        // Two passes over the segments instead of a buffer of their distances: no allocation per query.
        var best = double.PositiveInfinity;
        for (var i = 0; i + 1 < sequence.Count; i++)
        {
            best = Math.Min(best, PlanarToSegment(origin, sequence, i, scaleX));
        }

        var exact = double.PositiveInfinity;
        var bound = (best * 1.05) + 10;
        for (var i = 0; i + 1 < sequence.Count; i++)
        {
            if (PlanarToSegment(origin, sequence, i, scaleX) <= bound)
            {
                exact = Math.Min(exact, Between(origin, NearestOnSegment(origin, sequence, i, scaleX)));
            }
        }

        return exact;
    }

    private static double PlanarToSegment(GeoPoint origin, CoordinateSequence sequence, int i, double scaleX)
    {
        var (x, y) = ClosestInPlane(origin, sequence, i, scaleX);
        return Math.Sqrt(Square(x) + Square(y));
    }

    // The point of segment i (straight in longitude/latitude) nearest the origin in the projection.
    private static GeoPoint NearestOnSegment(GeoPoint origin, CoordinateSequence sequence, int i, double scaleX)
    {
        var (x, y) = ClosestInPlane(origin, sequence, i, scaleX);
        var longitude = origin.Longitude + (x / scaleX);
        longitude -= 360 * Math.Round(longitude / 360);
        return new GeoPoint(Math.Clamp(origin.Latitude + (y / MetresPerDegree), -90, 90), longitude);
    }

    // Projected coordinates (metres east and north of the origin) of segment i's point nearest the origin.
    private static (double X, double Y) ClosestInPlane(GeoPoint origin, CoordinateSequence sequence, int i, double scaleX)
    {
        var ax = X(origin, sequence.GetX(i), scaleX);
        var ay = Y(origin, sequence.GetY(i));
        var dx = X(origin, sequence.GetX(i + 1), scaleX) - ax;
        var dy = Y(origin, sequence.GetY(i + 1)) - ay;
        var lengthSquared = Square(dx) + Square(dy);
        var t = lengthSquared == 0 ? 0 : Math.Clamp(-((ax * dx) + (ay * dy)) / lengthSquared, 0, 1);
        return (ax + (t * dx), ay + (t * dy));
    }

    private static GeoPoint At(CoordinateSequence sequence, int index) => new(sequence.GetY(index), sequence.GetX(index));

    private static double X(GeoPoint origin, double longitude, double scaleX)
    {
        var delta = longitude - origin.Longitude;
        delta -= 360 * Math.Round(delta / 360); // across the antimeridian the short way
        return delta * scaleX;
    }

    private static double Y(GeoPoint origin, double latitude) => (latitude - origin.Latitude) * MetresPerDegree;

    private static double Square(double value) => value * value;
}
