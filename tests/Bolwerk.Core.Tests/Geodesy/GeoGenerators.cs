using Bolwerk.Geodesy;
using FsCheck;
using FsCheck.Fluent;

namespace Bolwerk.Core.Tests.Geodesy;

/// <summary>FsCheck generators for positions, in micro-degrees so shrinking stays meaningful.</summary>
public static class GeoGenerators
{
    /// <summary>Any position away from the poles, where bearings are ill-defined.</summary>
    public static Gen<GeoPoint> Point(double maxAbsLatitude = 85) =>
        from lat in Gen.Choose((int)(-maxAbsLatitude * 1e6), (int)(maxAbsLatitude * 1e6))
        from lon in Gen.Choose(-180_000_000, 180_000_000)
        select new GeoPoint(lat / 1e6, lon / 1e6);

    /// <summary>A bearing in whole thousandths of a degree, [0, 360).</summary>
    public static Gen<double> Bearing() => Gen.Choose(0, 359_999).Select(millis => millis / 1000.0);

    /// <summary>A distance from 1 m to <paramref name="maxMetres"/>, in whole metres.</summary>
    public static Gen<double> Distance(int maxMetres) => Gen.Choose(1, maxMetres).Select(metres => (double)metres);

    /// <summary>Three arbitrary points.</summary>
    public static Arbitrary<(GeoPoint A, GeoPoint B, GeoPoint C)> Triples() =>
        (from a in Point() from b in Point() from c in Point() select (a, b, c)).ToArbitrary();
}
