using BenchmarkDotNet.Attributes;
using Bolwerk.Geodesy;

namespace Bolwerk.Benchmarks;

/// <summary>
/// Per-pair cost of the geodesy a detector runs on every position report: sphere versus
/// Vincenty's ellipsoid, and the point-to-cable-leg distance. 1,024 North Sea pairs per call.
/// </summary>
public class GeodesyBenchmark
{
    private const int Pairs = 1024;
    private readonly GeoPoint[] _from = new GeoPoint[Pairs];
    private readonly GeoPoint[] _to = new GeoPoint[Pairs];
    private readonly GeoPoint[] _ship = new GeoPoint[Pairs];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261128);
        for (var i = 0; i < Pairs; i++)
        {
            _from[i] = new GeoPoint(51 + (random.NextDouble() * 10), -4 + (random.NextDouble() * 13));
            _to[i] = SphericalGeodesy.Destination(_from[i], random.NextDouble() * 360, 1000 + (random.NextDouble() * 50_000));
            _ship[i] = SphericalGeodesy.Destination(_from[i], random.NextDouble() * 360, random.NextDouble() * 20_000);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Pairs)]
    public double SphericalDistance()
    {
        var sum = 0.0;
        for (var i = 0; i < Pairs; i++)
        {
            sum += SphericalGeodesy.DistanceMetres(_from[i], _to[i]);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Pairs)]
    public double EllipsoidalDistance()
    {
        var sum = 0.0;
        for (var i = 0; i < Pairs; i++)
        {
            EllipsoidalGeodesy.TryInverse(_from[i], _to[i], out var solution);
            sum += solution.DistanceMetres;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Pairs)]
    public double DistanceToSegment()
    {
        var sum = 0.0;
        for (var i = 0; i < Pairs; i++)
        {
            sum += SphericalGeodesy.DistanceToSegmentMetres(_ship[i], _from[i], _to[i]);
        }

        return sum;
    }
}
