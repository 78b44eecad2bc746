using Bolwerk.Geodesy;
using Bolwerk.Maritime.Infrastructure;

namespace Bolwerk.Maritime.Detection;

/// <summary>
/// The two geometric questions the detectors ask of the infrastructure layers: which cable or
/// pipeline is this position on (within a radius), and is it in or near a designated anchorage.
/// Each is a coarse grid in front of an STR-tree (<see cref="ProximityGrid"/>).
/// </summary>
public sealed class AssetProximity
{
    private static readonly HashSet<AssetKind> CorridorKinds = [AssetKind.Cable, AssetKind.Pipeline];

    private readonly AssetIndex _corridors;
    private readonly ProximityGrid _corridorGrid;
    private readonly AssetIndex _anchorages;
    private readonly ProximityGrid _anchorageGrid;

    /// <summary>Prepares the layers for radii up to <paramref name="corridorRadiusMetres"/> (cables, pipelines) and <paramref name="anchorageRadiusMetres"/> (anchorages).</summary>
    public AssetProximity(IEnumerable<InfrastructureAsset> assets, double corridorRadiusMetres, double anchorageRadiusMetres)
    {
        ArgumentNullException.ThrowIfNull(assets);
        var all = assets.ToList();
        var corridors = all.Where(asset => CorridorKinds.Contains(asset.Kind)).ToList();
        var anchorages = all.Where(asset => asset.Kind == AssetKind.Anchorage).ToList();
        Assets = all;
        CorridorRadiusMetres = corridorRadiusMetres;
        AnchorageRadiusMetres = anchorageRadiusMetres;
        _corridors = new AssetIndex(corridors);
        _corridorGrid = new ProximityGrid(corridors, corridorRadiusMetres);
        _anchorages = new AssetIndex(anchorages);
        _anchorageGrid = new ProximityGrid(anchorages, anchorageRadiusMetres);
    }

    /// <summary>No layers at all: nothing is near anything.</summary>
    public static AssetProximity Empty { get; } = new([], 0, 0);

    /// <summary>Largest corridor radius prepared.</summary>
    public double CorridorRadiusMetres { get; }

    /// <summary>Every asset the proximity was built from, in the order given (snapshots refer to assets by position here).</summary>
    internal IReadOnlyList<InfrastructureAsset> Assets { get; }

    /// <summary>Largest anchorage radius prepared.</summary>
    public double AnchorageRadiusMetres { get; }

    /// <summary>The nearest cable or pipeline within <paramref name="radiusMetres"/> (at most the prepared radius), or null.</summary>
    public AssetDistance? NearestCorridor(double longitude, double latitude, double radiusMetres) =>
        Nearest(_corridors, _corridorGrid, longitude, latitude, Math.Min(radiusMetres, CorridorRadiusMetres));

    /// <summary>The nearest anchorage within <paramref name="radiusMetres"/> (at most the prepared radius), or null.</summary>
    public AssetDistance? NearestAnchorage(double longitude, double latitude, double radiusMetres) =>
        Nearest(_anchorages, _anchorageGrid, longitude, latitude, Math.Min(radiusMetres, AnchorageRadiusMetres));

    /// <summary>
    /// The nearest cable or pipeline within the radius of the straight passage from one position to
    /// the next, sampled every 250 m: a ship that crosses a corridor between two reports (or in a
    /// silence) still crossed it.
    /// </summary>
    public AssetDistance? NearestCorridorAlong(double lon0, double lat0, double lon1, double lat1, double radiusMetres)
    {
        var length = SphericalGeodesy.DistanceMetres(new GeoPoint(lat0, lon0), new GeoPoint(lat1, lon1));
        var steps = Math.Clamp((int)Math.Ceiling(length / 250), 1, 4_000);
        AssetDistance? best = null;
        for (var s = 0; s <= steps; s++)
        {
            var t = (double)s / steps;
            var found = NearestCorridor(lon0 + ((lon1 - lon0) * t), lat0 + ((lat1 - lat0) * t), radiusMetres);
            if (found is { } hit && (best is null || hit.Metres < best.Value.Metres))
            {
                best = hit;
            }
        }

        return best;
    }

    private static AssetDistance? Nearest(AssetIndex index, ProximityGrid grid, double longitude, double latitude, double radiusMetres)
    {
        if (radiusMetres <= 0 || !grid.MayBeNear(longitude, latitude) || !GeoPoint.TryCreate(latitude, longitude, out var point))
        {
            return null;
        }

        var within = index.Within(point, radiusMetres);
        return within.Count > 0 ? within[0] : null;
    }
}
