using BenchmarkDotNet.Attributes;
using Bolwerk.Geodesy;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Infrastructure;
using Bolwerk.Maritime.Tracking;

namespace Bolwerk.Benchmarks;

/// <summary>
/// The track+detect pipeline (issue 4: aim ≥ 2 M positions/s per core): 10,000 vessels in the
/// Baltic with all shipped layers (cables, pipelines, anchorages, TSS, wind farms, platforms),
/// reporting every 10 s for 100 reports each, interleaved in time as a receiver delivers them;
/// about a fifth sail over cable corridors and some go slow there. Decoding is not included
/// (see AisArchiveBenchmark); the mean is per position, fresh vessel state each invocation.
/// </summary>
public class TrackDetectBenchmark
{
    private const int Vessels = 10_000;
    private const int ReportsEach = 100;
    private (uint Mmsi, TrackPoint Point)[] _positions = [];
    private AssetProximity _proximity = null!;

    /// <summary>The interleaved positions (for benchmarks that start from the same traffic).</summary>
    internal (uint Mmsi, TrackPoint Point)[] Positions => _positions;

    internal AssetProximity Proximity => _proximity;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AisArchiveBenchmark.RepositoryRoot(), "data", "maritime", "infrastructure", "baltic");
        var assets = Directory.GetFiles(folder, "*.geojson").SelectMany(AssetLayerReader.Read).ToList();
        var options = new DetectionOptions();
        _proximity = new AssetProximity(assets, options.Corridor.BufferMetres, options.Rendezvous.AnchorageExclusionMetres);
        var cables = assets.Where(a => a.Kind is AssetKind.Cable or AssetKind.Pipeline).ToList();
        var random = new Random(1);
        var start = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
        var tracks = new (GeoPoint At, double Course, double Knots)[Vessels];
        for (var v = 0; v < Vessels; v++)
        {
            GeoPoint at;
            if (v % 5 == 0)
            {
                // Start near a cable vertex so corridor lookups and episodes happen.
                var cable = cables[random.Next(cables.Count)];
                var vertex = cable.Geometry.Coordinates[random.Next(cable.Geometry.NumPoints)];
                at = SphericalGeodesy.Destination(new GeoPoint(vertex.Y, vertex.X), random.NextDouble() * 360, random.NextDouble() * 3_000);
            }
            else
            {
                at = new GeoPoint(54.5 + (random.NextDouble() * 5), 12 + (random.NextDouble() * 16));
            }

            tracks[v] = (at, random.NextDouble() * 360, v % 7 == 0 ? 0.5 + random.NextDouble() : 6 + (random.NextDouble() * 10));
        }

        _positions = new (uint, TrackPoint)[Vessels * ReportsEach];
        var n = 0;
        for (var r = 0; r < ReportsEach; r++)
        {
            for (var v = 0; v < Vessels; v++)
            {
                var (at, course, knots) = tracks[v];
                var speed = r is > 60 and < 80 && v % 10 == 0 ? knots * 0.7 : knots;
                at = SphericalGeodesy.Destination(at, course, speed * 1852 / 360);
                tracks[v] = (at, course, knots);
                _positions[n++] = ((uint)(230_000_000 + v), new TrackPoint(start + (r * 10_000) + v, at.Longitude, at.Latitude, (float)speed, (float)course, (short)course, 0));
            }
        }
    }

    /// <summary>Every position through a fresh watch; the mean is per position.</summary>
    [Benchmark(OperationsPerInvoke = Vessels * ReportsEach)]
    public int TrackAndDetect()
    {
        var alerts = 0;
        var watch = new MaritimeWatch(new DetectionOptions(), _proximity, null, _ => alerts++);
        foreach (var (mmsi, point) in _positions)
        {
            watch.ObservePosition(mmsi, point, classB: false);
        }

        watch.Complete();
        return alerts;
    }
}
