using Bolwerk.Geodesy;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Bolwerk.Maritime.Infrastructure;

/// <summary>An asset and how far a point is from it.</summary>
public readonly record struct AssetDistance(InfrastructureAsset Asset, double Metres);

/// <summary>
/// Infrastructure assets in an STR-tree (NetTopologySuite) for the watch's two questions: which
/// assets lie within R metres of a position (the corridor question), and which is nearest.
/// Lines are indexed segment by segment, so a query near a 500-vertex cable measures the few
/// segments around it, not the whole route (6.6 µs a query with whole geometries, see
/// docs/performance.md); polygons and points are indexed whole. Distances on the sphere come from
/// <see cref="LocalDistance"/>. Immutable once built, so one index serves any number of threads.
/// </summary>
public sealed class AssetIndex
{
    private readonly STRtree<Part> _tree = new();

    /// <summary>Indexes <paramref name="assets"/>.</summary>
    public AssetIndex(IEnumerable<InfrastructureAsset> assets)
    {
        ArgumentNullException.ThrowIfNull(assets);
        foreach (var asset in assets)
        {
            AddParts(asset, asset.Geometry);
            Count++;
        }

        _tree.Build();
    }

    private void AddParts(InfrastructureAsset asset, Geometry geometry)
    {
        switch (geometry)
        {
            case LineString line when line.NumPoints >= 2:
                var sequence = line.CoordinateSequence;
                for (var i = 0; i + 1 < sequence.Count; i++)
                {
                    var envelope = new Envelope(sequence.GetX(i), sequence.GetX(i + 1), sequence.GetY(i), sequence.GetY(i + 1));
                    _tree.Insert(envelope, new Part(asset, geometry, sequence, i));
                }

                break;
            case GeometryCollection collection:
                for (var i = 0; i < collection.NumGeometries; i++)
                {
                    AddParts(asset, collection.GetGeometryN(i));
                }

                break;
            default:
                _tree.Insert(geometry.EnvelopeInternal, new Part(asset, geometry, null, -1));
                break;
        }
    }

    // A segment of a line (Sequence and Segment set) or a whole polygon or point.
    private sealed record Part(InfrastructureAsset Asset, Geometry Geometry, CoordinateSequence? Sequence, int Segment)
    {
        public double MetresFrom(GeoPoint point, double limitMetres, double scaleX) =>
            Sequence is null ? LocalDistance.Metres(point, Geometry, scaleX) : LocalDistance.ToSegment(point, Sequence, Segment, limitMetres, scaleX);
    }

    /// <summary>Number of assets indexed.</summary>
    public int Count { get; }

    /// <summary>Every asset within <paramref name="radiusMetres"/> of <paramref name="point"/>, nearest first.</summary>
    /// <param name="point">The position asked about.</param>
    /// <param name="radiusMetres">Corridor half-width, in metres.</param>
    /// <param name="kinds">Only these kinds; null or empty for all.</param>
    public IReadOnlyList<AssetDistance> Within(GeoPoint point, double radiusMetres, IReadOnlySet<AssetKind>? kinds = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(radiusMetres);
        var found = new List<AssetDistance>();
        var scaleX = LocalDistance.ScaleX(point);
        foreach (var part in _tree.Query(Around(point, radiusMetres, scaleX)))
        {
            if (kinds is { Count: > 0 } && !kinds.Contains(part.Asset.Kind))
            {
                continue;
            }

            var metres = part.MetresFrom(point, radiusMetres, scaleX);
            if (metres > radiusMetres)
            {
                continue;
            }

            // One entry per asset, at its nearest part (an asset has few parts near one point).
            var known = found.FindIndex(entry => ReferenceEquals(entry.Asset, part.Asset));
            if (known < 0)
            {
                found.Add(new AssetDistance(part.Asset, metres));
            }
            else if (metres < found[known].Metres)
            {
                found[known] = new AssetDistance(part.Asset, metres);
            }
        }

        // Nearest first; equal distances (cables sharing a landing point) by id, so answers repeat.
        found.Sort((a, b) => a.Metres != b.Metres ? a.Metres.CompareTo(b.Metres) : string.CompareOrdinal(a.Asset.Id, b.Asset.Id));
        return found;
    }

    /// <summary>The nearest asset within <paramref name="maxMetres"/> (searched in widening rings), or null.</summary>
    public AssetDistance? Nearest(GeoPoint point, double maxMetres = 200_000, IReadOnlySet<AssetKind>? kinds = null)
    {
        for (var radius = Math.Min(1_000, maxMetres); ; radius = Math.Min(radius * 8, maxMetres))
        {
            var within = Within(point, radius, kinds);
            if (within.Count > 0)
            {
                return within[0];
            }

            if (radius >= maxMetres)
            {
                return null;
            }
        }
    }

    // The envelope that holds every point within the radius, in the same projection the distances use.
    private static Envelope Around(GeoPoint point, double radiusMetres, double scaleX)
    {
        var latitudeDegrees = radiusMetres / LocalDistance.MetresPerDegree;
        var longitudeDegrees = Math.Min(180, radiusMetres / scaleX);
        return new Envelope(point.Longitude - longitudeDegrees, point.Longitude + longitudeDegrees, point.Latitude - latitudeDegrees, point.Latitude + latitudeDegrees);
    }
}
