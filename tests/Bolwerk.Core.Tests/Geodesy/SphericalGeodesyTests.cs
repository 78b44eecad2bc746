using Bolwerk.Geodesy;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bolwerk.Core.Tests.Geodesy;

public sealed class SphericalGeodesyTests
{
    [Fact]
    public void DistanceMetres_OneDegreeOfLatitude_IsMeanRadiusTimesPiOver180()
    {
        var d = SphericalGeodesy.DistanceMetres(new GeoPoint(52, 4), new GeoPoint(53, 4));
        d.ShouldBe(Wgs84.MeanRadiusMetres * Math.PI / 180, 1e-6);
    }

    [Fact]
    public void DistanceMetres_RotterdamToFelixstowe_MatchesPublishedGreatCircle()
    {
        // Maasvlakte (51.95N 4.03E) to Felixstowe (51.96N 1.35E): about 184 km on the sphere.
        var d = SphericalGeodesy.DistanceMetres(new GeoPoint(51.95, 4.03), new GeoPoint(51.96, 1.35));
        d.ShouldBe(184_000, 1_500);
    }

    [Fact]
    public void InitialBearingDegrees_DueEastOnEquator_Is90()
    {
        SphericalGeodesy.InitialBearingDegrees(new GeoPoint(0, 0), new GeoPoint(0, 1)).ShouldBe(90, 1e-9);
    }

    [Fact]
    public void Destination_CrossesAntimeridian_NormalisesLongitude()
    {
        var p = SphericalGeodesy.Destination(new GeoPoint(0, 179.9), 90, 50_000);
        p.Longitude.ShouldBeInRange(-180, -179);
    }

    [Property(MaxTest = 500)]
    public Property DistanceMetres_IsSymmetric() =>
        Prop.ForAll(GeoGenerators.Triples(), t =>
            Math.Abs(SphericalGeodesy.DistanceMetres(t.A, t.B) - SphericalGeodesy.DistanceMetres(t.B, t.A)) < 1e-6);

    [Property(MaxTest = 500)]
    public Property DistanceMetres_SatisfiesTriangleInequality() =>
        Prop.ForAll(GeoGenerators.Triples(), t =>
            SphericalGeodesy.DistanceMetres(t.A, t.C)
                <= SphericalGeodesy.DistanceMetres(t.A, t.B) + SphericalGeodesy.DistanceMetres(t.B, t.C) + 1e-6);

    [Property(MaxTest = 500)]
    public Property Destination_ThenDistanceAndBearing_RoundTrip()
    {
        var cases = from start in GeoGenerators.Point(80)
                    from bearing in GeoGenerators.Bearing()
                    from distance in GeoGenerators.Distance(1_000_000)
                    select (start, bearing, distance);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var end = SphericalGeodesy.Destination(c.start, c.bearing, c.distance);
            var distanceError = Math.Abs(SphericalGeodesy.DistanceMetres(c.start, end) - c.distance);
            var bearingError = AngularDifference(SphericalGeodesy.InitialBearingDegrees(c.start, end), c.bearing);
            return distanceError < 1e-3 && bearingError < 1e-6;
        });
    }

    [Property(MaxTest = 300)]
    public Property DistanceToSegmentMetres_AgreesWithBruteForceSampling()
    {
        const int Samples = 2000;
        var cases = from a in GeoGenerators.Point(60)
                    from bearing in GeoGenerators.Bearing()
                    from length in GeoGenerators.Distance(300_000)
                    from pointBearing in GeoGenerators.Bearing()
                    from pointDistance in GeoGenerators.Distance(400_000)
                    select (a, bearing, length, pointBearing, pointDistance);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var b = SphericalGeodesy.Destination(c.a, c.bearing, c.length);
            var p = SphericalGeodesy.Destination(c.a, c.pointBearing, c.pointDistance);
            var segmentBearing = SphericalGeodesy.InitialBearingDegrees(c.a, b);
            var sampled = Enumerable.Range(0, Samples + 1)
                .Select(i => SphericalGeodesy.Destination(c.a, segmentBearing, c.length * i / Samples))
                .Min(q => SphericalGeodesy.DistanceMetres(p, q));
            var computed = SphericalGeodesy.DistanceToSegmentMetres(p, c.a, b);
            // The true minimum is at most the sampled one, and at least the sampled one minus
            // half a sampling step (every point of the arc is that close to some sample).
            var halfStep = c.length / Samples / 2;
            return computed <= sampled + 1e-3 && computed >= sampled - halfStep - 1e-3;
        });
    }

    [Fact]
    public void DistanceToSegmentMetres_PointBeyondEnd_IsDistanceToEnd()
    {
        var a = new GeoPoint(53, 3);
        var b = new GeoPoint(53, 4);
        var p = new GeoPoint(53, 5);
        SphericalGeodesy.DistanceToSegmentMetres(p, a, b).ShouldBe(SphericalGeodesy.DistanceMetres(p, b), 1e-6);
    }

    [Fact]
    public void DistanceToSegmentMetres_DegenerateSegment_IsDistanceToPoint()
    {
        var a = new GeoPoint(53, 3);
        var p = new GeoPoint(53.1, 3);
        SphericalGeodesy.DistanceToSegmentMetres(p, a, a).ShouldBe(SphericalGeodesy.DistanceMetres(p, a), 1e-6);
    }

    private static double AngularDifference(double x, double y)
    {
        var d = Math.Abs(x - y) % 360;
        return d > 180 ? 360 - d : d;
    }
}
