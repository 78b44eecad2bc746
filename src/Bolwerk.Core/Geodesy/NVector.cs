namespace Bolwerk.Geodesy;

/// <summary>A point or direction in Earth-centred Cartesian space, used as a unit "n-vector".</summary>
internal readonly record struct NVector(double X, double Y, double Z)
{
    public double Length => Math.Sqrt((X * X) + (Y * Y) + (Z * Z));

    public static NVector From(GeoPoint point)
    {
        var phi = SphericalGeodesy.Radians(point.Latitude);
        var lambda = SphericalGeodesy.Radians(point.Longitude);
        var cosPhi = Math.Cos(phi);
        return new NVector(cosPhi * Math.Cos(lambda), cosPhi * Math.Sin(lambda), Math.Sin(phi));
    }

    public static double Dot(NVector u, NVector v) => (u.X * v.X) + (u.Y * v.Y) + (u.Z * v.Z);

    public static NVector Cross(NVector u, NVector v) =>
        new((u.Y * v.Z) - (u.Z * v.Y), (u.Z * v.X) - (u.X * v.Z), (u.X * v.Y) - (u.Y * v.X));

    public NVector Scale(double factor) => new(X * factor, Y * factor, Z * factor);

    public NVector Subtract(NVector other) => new(X - other.X, Y - other.Y, Z - other.Z);
}
