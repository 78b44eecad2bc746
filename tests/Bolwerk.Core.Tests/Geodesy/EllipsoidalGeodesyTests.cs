using Bolwerk.Geodesy;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bolwerk.Core.Tests.Geodesy;

public sealed class EllipsoidalGeodesyTests
{
    [Fact]
    public void TryInverse_FlindersPeakToBuninyong_MatchesVincentysWorkedExample()
    {
        // Geoscience Australia's worked example of Vincenty's inverse formula:
        // 54 972.271 m, forward azimuth 306°52'05.37".
        var flinders = new GeoPoint(-(37 + (57 / 60.0) + (3.72030 / 3600)), 144 + (25 / 60.0) + (29.52440 / 3600));
        var buninyong = new GeoPoint(-(37 + (39 / 60.0) + (10.15610 / 3600)), 143 + (55 / 60.0) + (35.38390 / 3600));

        EllipsoidalGeodesy.TryInverse(flinders, buninyong, out var solution).ShouldBeTrue();

        solution.DistanceMetres.ShouldBe(54_972.271, 0.001);
        solution.InitialAzimuthDegrees.ShouldBe(306 + (52 / 60.0) + (5.37 / 3600), 1.0 / 3600);
    }

    [Fact]
    public void TryInverse_QuarterOfEquator_IsSemiMajorAxisTimesPiOverTwo()
    {
        EllipsoidalGeodesy.TryInverse(new GeoPoint(0, 0), new GeoPoint(0, 90), out var solution).ShouldBeTrue();
        solution.DistanceMetres.ShouldBe(Wgs84.SemiMajorAxisMetres * Math.PI / 2, 0.001);
    }

    [Fact]
    public void TryInverse_EquatorToPole_IsTheWgs84QuarterMeridian()
    {
        EllipsoidalGeodesy.TryInverse(new GeoPoint(0, 0), new GeoPoint(90, 0), out var solution).ShouldBeTrue();
        solution.DistanceMetres.ShouldBe(10_001_965.729, 0.001);
    }

    [Property(MaxTest = 300)]
    public Property SphereAndEllipsoid_InTheNorthSea_AgreeWithin04Percent() =>
        Prop.ForAll(
            (from a in NorthSea() from b in NorthSea() select (a, b)).ToArbitrary(),
            pair =>
            {
                EllipsoidalGeodesy.TryInverse(pair.a, pair.b, out var exact);
                return exact.DistanceMetres < 1
                    || Math.Abs(SphericalGeodesy.DistanceMetres(pair.a, pair.b) - exact.DistanceMetres) / exact.DistanceMetres < 0.004;
            });

    [Fact]
    public void TryInverse_NearlyAntipodal_ReportsNonConvergence()
    {
        EllipsoidalGeodesy.TryInverse(new GeoPoint(0, 0), new GeoPoint(0.5, 179.7), out _).ShouldBeFalse();
    }

    [Property(MaxTest = 300)]
    public Property SphereAndEllipsoid_AgreeWithinTheMeanRadiusBound() =>
        Prop.ForAll(
            (from a in GeoGenerators.Point(80) from b in GeoGenerators.Point(80) select (a, b)).ToArbitrary(),
            pair =>
            {
                if (!EllipsoidalGeodesy.TryInverse(pair.a, pair.b, out var exact) || exact.DistanceMetres < 1)
                {
                    return true;
                }

                var sphere = SphericalGeodesy.DistanceMetres(pair.a, pair.b);
                // R1 against the meridian radius of curvature at the equator, a(1 - e²): 0.56 %.
                return Math.Abs(sphere - exact.DistanceMetres) / exact.DistanceMetres < 0.0057;
            });

    private static Gen<GeoPoint> NorthSea() =>
        from lat in Gen.Choose(51_000_000, 61_000_000)
        from lon in Gen.Choose(-4_000_000, 9_000_000)
        select new GeoPoint(lat / 1e6, lon / 1e6);
}
