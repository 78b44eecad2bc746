using Bolwerk.Geodesy;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Bolwerk.Maritime.Infrastructure;

/// <summary>An asset and how far a point is from it.</summary>
public readonly record struct AssetDistance(InfrastructureAsset Asset, double Metres);

/// <summary>
/// Infrastructure assets in an STR-tree (NetTopologySuite) for the watch's two questions: which
/// assets lie within R metres of a position (the corridor question), and which is nearest.
/// Candidates come from the tree by envelope; distances on the sphere from <see cref="LocalDistance"/>.
/// Immutable once built, so one index serves any number of threads.
/// </summary>
public sealed class AssetIndex
{
    private readonly STRtree<InfrastructureAsset> _tree = new();

    /// <summary>Indexes <paramref name="assets"/>.</summary>
    public AssetIndex(IEnumerable<InfrastructureAsset> assets)
    {
        ArgumentNullException.ThrowIfNull(assets);
        foreach (var asset in assets)
        {
            _tree.Insert(asset.Geometry.EnvelopeInternal, asset);
            Count++;
        }

        _tree.Build();
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
        foreach (var asset in _tree.Query(Around(point, radiusMetres)))
        {
            if (kinds is { Count: > 0 } && !kinds.Contains(asset.Kind))
            {
                continue;
            }

            var metres = LocalDistance.Metres(point, asset.Geometry);
            if (metres <= radiusMetres)
            {
                found.Add(new AssetDistance(asset, metres));
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

    // The envelope that holds every point within the radius (degrees of longitude shrink with latitude).
    private static Envelope Around(GeoPoint point, double radiusMetres)
    {
        var latitudeDegrees = radiusMetres / LocalDistance.MetresPerDegree;
        var cosine = Math.Max(Math.Cos(point.Latitude * Math.PI / 180), 0.01);
        var longitudeDegrees = Math.Min(180, latitudeDegrees / cosine);
        return new Envelope(point.Longitude - longitudeDegrees, point.Longitude + longitudeDegrees, point.Latitude - latitudeDegrees, point.Latitude + latitudeDegrees);
    }
}
