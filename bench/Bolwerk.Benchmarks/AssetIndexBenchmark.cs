using BenchmarkDotNet.Attributes;
using Bolwerk.Geodesy;
using Bolwerk.Maritime.Infrastructure;

namespace Bolwerk.Benchmarks;

/// <summary>
/// The corridor question per vessel position: which assets lie within 2 km. Real layers of the
/// Baltic (610 OSM cable routes, 583 anchorages, 371 traffic separation features, platforms, wind
/// farms) and positions drawn near them, so most queries find candidates. Issue 4 aims at 2 million
/// positions a second per core for the whole track+detect pipeline; this is one part of it.
/// </summary>
public class AssetIndexBenchmark
{
    private const int Positions = 10_000;
    private readonly GeoPoint[] _positions = new GeoPoint[Positions];
    private AssetIndex _index = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AisArchiveBenchmark.RepositoryRoot(), "data", "maritime", "infrastructure", "baltic");
        var assets = Directory.GetFiles(folder, "*.geojson").SelectMany(AssetLayerReader.Read).ToList();
        _index = new AssetIndex(assets);
        var random = new Random(1);
        for (var i = 0; i < Positions; i++)
        {
            var asset = assets[random.Next(assets.Count)];
            var vertex = asset.Geometry.Coordinates[random.Next(asset.Geometry.NumPoints)];
            _positions[i] = SphericalGeodesy.Destination(new GeoPoint(vertex.Y, vertex.X), random.NextDouble() * 360, random.NextDouble() * 5_000);
        }
    }

    /// <summary>Assets within 2 km of each of 10,000 positions; the mean is per position.</summary>
    [Benchmark(OperationsPerInvoke = Positions)]
    public int WithinTwoKilometres()
    {
        var found = 0;
        foreach (var position in _positions)
        {
            found += _index.Within(position, 2_000).Count;
        }

        return found;
    }
}
