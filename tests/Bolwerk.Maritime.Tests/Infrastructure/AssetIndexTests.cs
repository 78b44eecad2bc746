using Bolwerk.Geodesy;
using Bolwerk.Maritime.Infrastructure;
using NetTopologySuite.Geometries;

namespace Bolwerk.Maritime.Tests.Infrastructure;

public sealed class AssetIndexTests
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);
    private static readonly Lazy<IReadOnlyList<InfrastructureAsset>> Cables = new(() => AssetLayerReader.Read(AssetLayerReaderTests.Fixture("submarine_power_cables.geojson")));

    [Fact]
    public void LocalDistance_ToAPolyline_IsTheDistanceToItsNearestPoint_WithSegmentsStraightInLonLat()
    {
        // Random polylines anywhere (high latitudes and the antimeridian included), points up to 30 km
        // off. Oracle: the sphere distance to 2,000 points along each segment, which RFC 7946 makes a
        // straight line in longitude/latitude (interpolated here in unwrapped longitude).
        var random = new Random(17);
        for (var i = 0; i < 1_000; i++)
        {
            var vertices = new List<GeoPoint> { new(random.NextDouble() * 170 - 85, random.NextDouble() * 360 - 180) };
            for (var v = random.Next(1, 8); v > 0; v--)
            {
                vertices.Add(SphericalGeodesy.Destination(vertices[^1], random.NextDouble() * 360, random.NextDouble() * 20_000));
            }

            var point = SphericalGeodesy.Destination(vertices[random.Next(vertices.Count)], random.NextDouble() * 360, random.NextDouble() * 30_000);
            var line = Factory.CreateLineString([.. vertices.Select(vertex => new Coordinate(vertex.Longitude, vertex.Latitude))]);

            var expected = vertices.Zip(vertices.Skip(1), (a, b) => Sampled(point, a, b)).Min();
            LocalDistance.Metres(point, line).ShouldBe(expected, (expected * 0.002) + 2, $"point {point}, polyline {string.Join(" → ", vertices)}");
        }
    }

    private static double Sampled(GeoPoint point, GeoPoint a, GeoPoint b)
    {
        var deltaLongitude = b.Longitude - a.Longitude;
        deltaLongitude -= 360 * Math.Round(deltaLongitude / 360);
        var best = double.PositiveInfinity;
        for (var k = 0; k <= 2_000; k++)
        {
            var t = k / 2_000.0;
            var longitude = a.Longitude + (t * deltaLongitude);
            longitude -= 360 * Math.Round(longitude / 360);
            best = Math.Min(best, SphericalGeodesy.DistanceMetres(point, new GeoPoint(a.Latitude + (t * (b.Latitude - a.Latitude)), longitude)));
        }

        return best;
    }

    [Fact]
    public void LocalDistance_InsideAPolygon_IsZero_AndOutsideIsToTheNearestEdge()
    {
        var square = Factory.CreatePolygon([new(4, 52), new(4.1, 52), new(4.1, 52.1), new(4, 52.1), new(4, 52)]);
        LocalDistance.Metres(new GeoPoint(52.05, 4.05), square).ShouldBe(0);
        var north = new GeoPoint(52.1 + (1_000 / LocalDistance.MetresPerDegree), 4.05);
        // The north edge runs along the parallel 52.1° N (RFC 7946: straight in longitude/latitude).
        LocalDistance.Metres(north, square).ShouldBe(1_000, 0.01);
    }

    [Fact]
    public void Within_EqualsALinearScan_OnARealCableLayer()
    {
        var index = new AssetIndex(Cables.Value);
        index.Count.ShouldBe(610);
        var random = new Random(23);
        var found = 0;
        for (var i = 0; i < 300; i++)
        {
            // Points around the Baltic, near cables more often than not.
            var cable = Cables.Value[random.Next(Cables.Value.Count)];
            var vertex = cable.Geometry.Coordinates[random.Next(cable.Geometry.NumPoints)];
            var point = SphericalGeodesy.Destination(new GeoPoint(vertex.Y, vertex.X), random.NextDouble() * 360, random.NextDouble() * 20_000);
            var radius = random.NextDouble() * 10_000;

            var expected = Cables.Value.Select(asset => new AssetDistance(asset, LocalDistance.Metres(point, asset.Geometry)))
                .Where(candidate => candidate.Metres <= radius).OrderBy(candidate => candidate.Metres).ThenBy(candidate => candidate.Asset.Id, StringComparer.Ordinal)
                .Select(candidate => candidate.Asset.Id).ToList();
            index.Within(point, radius).Select(candidate => candidate.Asset.Id).ShouldBe(expected, $"point {point}, radius {radius:F0} m");
            found += expected.Count;
        }

        found.ShouldBeGreaterThan(100, "the sample must actually hit cables");
    }

    [Fact]
    public void Nearest_FindsTheCableAShipIsAbove_AndNothingFarAway()
    {
        var konti = Cables.Value.First(cable => cable.Name == "HVDC Konti-Skan");
        var vertex = konti.Geometry.Coordinates[konti.Geometry.NumPoints / 2];
        var ship = SphericalGeodesy.Destination(new GeoPoint(vertex.Y, vertex.X), 0, 300);
        var index = new AssetIndex(Cables.Value);

        var nearest = index.Nearest(ship).ShouldNotBeNull();
        nearest.Metres.ShouldBeLessThanOrEqualTo(301);
        index.Within(ship, 500).ShouldContain(candidate => candidate.Asset.Name == "HVDC Konti-Skan");
        index.Nearest(new GeoPoint(0, -30), maxMetres: 50_000).ShouldBeNull(); // mid-Atlantic
    }

    [Fact]
    public void Within_FiltersByKind()
    {
        var assets = new[]
        {
            Asset("cable", AssetKind.Cable, Factory.CreateLineString([new(3, 53), new(3.2, 53)])),
            Asset("anchorage", AssetKind.Anchorage, Factory.CreatePolygon([new(3, 53), new(3.1, 53), new(3.1, 53.05), new(3, 53.05), new(3, 53)])),
        };
        var index = new AssetIndex(assets);
        var point = new GeoPoint(53.01, 3.05);
        index.Within(point, 2_000).Select(candidate => candidate.Asset.Id).ShouldBe(["anchorage", "cable"]);
        index.Within(point, 2_000, new HashSet<AssetKind> { AssetKind.Cable }).Single().Asset.Id.ShouldBe("cable");
    }

    private static InfrastructureAsset Asset(string id, AssetKind kind, Geometry geometry) => new(id, id, kind, "test", geometry, new Dictionary<string, string>());
}
