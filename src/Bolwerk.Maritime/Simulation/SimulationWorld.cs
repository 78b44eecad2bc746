using Bolwerk.Geodesy;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Infrastructure;
using NetTopologySuite.Geometries;

namespace Bolwerk.Maritime.Simulation;

/// <summary>
/// The geography a simulation runs in: shipping lanes (LineStrings), the cables and pipelines
/// behaviours are staged on, and the anchorages. Answers the placement questions: a point in
/// the middle of a cable and its local direction, a point on a lane, how far from any asset.
/// </summary>
internal sealed class SimulationWorld
{
    private readonly List<(InfrastructureAsset Asset, LineString Line)> _cables = [];
    private readonly AssetProximity _proximity;
    private readonly List<(GeoPoint Point, long FromMs, long ToMs)> _staged = [];

    public SimulationWorld(IReadOnlyList<InfrastructureAsset> assets, IReadOnlyList<IReadOnlyList<GeoPoint>> lanes)
    {
        Lanes = lanes.Where(lane => lane.Count >= 2).ToList();
        if (Lanes.Count == 0)
        {
            throw new ArgumentException("the simulation needs at least one shipping lane (a LineString in the lanes layer)");
        }

        foreach (var asset in assets.Where(a => a.Kind is AssetKind.Cable or AssetKind.Pipeline))
        {
            foreach (var line in Lines(asset.Geometry).Where(line => LengthMetres(line) >= 20_000))
            {
                _cables.Add((asset, line));
            }
        }

        if (_cables.Count == 0)
        {
            throw new ArgumentException("the simulation needs at least one cable or pipeline of 20 km or more in the asset layers");
        }

        Anchorages = assets.Where(a => a.Kind == AssetKind.Anchorage).ToList();
        _proximity = new AssetProximity(assets, 20_000, 20_000);
    }

    public IReadOnlyList<IReadOnlyList<GeoPoint>> Lanes { get; }

    public IReadOnlyList<InfrastructureAsset> Anchorages { get; }

    /// <summary>
    /// A point in the middle stretch of a random cable or pipeline (away from its landings), with the
    /// line's bearing there, for a behaviour staged between <paramref name="fromMs"/> and <paramref name="toMs"/>.
    /// </summary>
    public (InfrastructureAsset Asset, GeoPoint Point, double Bearing) PointOnCable(Random random, long fromMs, long toMs)
    {
        for (var attempt = 0; ; attempt++)
        {
            var (asset, line) = _cables[random.Next(_cables.Count)];
            var sequence = line.CoordinateSequence;
            var first = (int)(sequence.Count * 0.3);
            var last = Math.Max(first + 1, (int)(sequence.Count * 0.7));
            var i = Math.Min(sequence.Count - 2, random.Next(first, last));
            var a = new GeoPoint(sequence.GetY(i), sequence.GetX(i));
            var b = new GeoPoint(sequence.GetY(i + 1), sequence.GetX(i + 1));
            var t = random.NextDouble();
            var point = new GeoPoint(a.Latitude + ((b.Latitude - a.Latitude) * t), a.Longitude + ((b.Longitude - a.Longitude) * t));
            // Behaviours staged at the same time are kept 15 km apart so that two of them do not meet by accident.
            const long hour = 3_600_000;
            if (attempt < 500 && (DistanceToAnchorage(point) < 15_000
                || _staged.Any(s => s.FromMs < toMs + hour && fromMs < s.ToMs + hour && SphericalGeodesy.DistanceMetres(s.Point, point) < 15_000)))
            {
                continue;
            }

            _staged.Add((point, fromMs, toMs));
            return (asset, point, SphericalGeodesy.InitialBearingDegrees(a, b));
        }
    }

    /// <summary>A random point along a random lane, with the lane's bearing there.</summary>
    public (IReadOnlyList<GeoPoint> Lane, int Segment, GeoPoint Point, double Bearing) PointOnLane(Random random)
    {
        var lane = Lanes[random.Next(Lanes.Count)];
        var i = random.Next(lane.Count - 1);
        var t = random.NextDouble();
        var point = new GeoPoint(lane[i].Latitude + ((lane[i + 1].Latitude - lane[i].Latitude) * t), lane[i].Longitude + ((lane[i + 1].Longitude - lane[i].Longitude) * t));
        return (lane, i, point, SphericalGeodesy.InitialBearingDegrees(lane[i], lane[i + 1]));
    }

    /// <summary>True when <paramref name="point"/> (a lane's end) lies on another lane: a junction at sea, not a port.</summary>
    public bool IsJunction(GeoPoint point) =>
        Lanes.Count(lane => lane.Any(vertex => SphericalGeodesy.DistanceMetres(vertex, point) < 2_000)) > 1;

    /// <summary>Metres to the nearest cable or pipeline (20 km when none is nearer).</summary>
    public double DistanceToCorridor(GeoPoint point) => _proximity.NearestCorridor(point.Longitude, point.Latitude, 20_000)?.Metres ?? 20_000;

    /// <summary>Metres to the nearest anchorage (20 km when none is nearer).</summary>
    public double DistanceToAnchorage(GeoPoint point) => _proximity.NearestAnchorage(point.Longitude, point.Latitude, 20_000)?.Metres ?? 20_000;

    private static IEnumerable<LineString> Lines(Geometry geometry) => geometry switch
    {
        LineString line => [line],
        GeometryCollection collection => Enumerable.Range(0, collection.NumGeometries).SelectMany(i => Lines(collection.GetGeometryN(i))),
        _ => [],
    };

    private static double LengthMetres(LineString line)
    {
        var total = 0.0;
        var sequence = line.CoordinateSequence;
        for (var i = 0; i + 1 < sequence.Count; i++)
        {
            total += SphericalGeodesy.DistanceMetres(new GeoPoint(sequence.GetY(i), sequence.GetX(i)), new GeoPoint(sequence.GetY(i + 1), sequence.GetX(i + 1)));
        }

        return total;
    }
}
