using Bolwerk.Maritime.Infrastructure;
using NetTopologySuite.Geometries;

namespace Bolwerk.Maritime.Detection;

/// <summary>
/// A coarse yes/no map of the cells (0.02°) that lie within a radius of some asset. Almost every
/// position at sea is far from every cable, so asking this set first keeps the STR-tree query
/// (microseconds) off the per-position path; a "yes" is a superset and the tree decides.
/// </summary>
internal sealed class ProximityGrid
{
    private const double CellDegrees = 0.02;
    private readonly HashSet<long> _cells = [];

    public ProximityGrid(IEnumerable<InfrastructureAsset> assets, double radiusMetres)
    {
        foreach (var asset in assets)
        {
            Mark(asset.Geometry, radiusMetres);
        }
    }

    /// <summary>False when no asset can be within the radius of the position.</summary>
    public bool MayBeNear(double longitude, double latitude) => _cells.Count > 0 && _cells.Contains(Key(Cell(longitude), Cell(latitude)));

    private void Mark(Geometry geometry, double radiusMetres)
    {
        switch (geometry)
        {
            case LineString line:
                var sequence = line.CoordinateSequence;
                for (var i = 0; i + 1 < sequence.Count; i++)
                {
                    MarkSegment(sequence.GetX(i), sequence.GetY(i), sequence.GetX(i + 1), sequence.GetY(i + 1), radiusMetres);
                }

                if (sequence.Count == 1)
                {
                    MarkBox(new Envelope(sequence.GetCoordinate(0)), radiusMetres);
                }

                break;
            case GeometryCollection collection:
                for (var i = 0; i < collection.NumGeometries; i++)
                {
                    Mark(collection.GetGeometryN(i), radiusMetres);
                }

                break;
            default:
                MarkBox(geometry.EnvelopeInternal, radiusMetres);
                break;
        }
    }

    // Walks the segment in steps of half a cell and marks the box of cells the radius can reach.
    private void MarkSegment(double x0, double y0, double x1, double y1, double radiusMetres)
    {
        var steps = Math.Max(1, (int)Math.Ceiling(Math.Max(Math.Abs(x1 - x0), Math.Abs(y1 - y0)) / (CellDegrees / 2)));
        for (var s = 0; s <= steps; s++)
        {
            var t = (double)s / steps;
            var x = x0 + ((x1 - x0) * t);
            var y = y0 + ((y1 - y0) * t);
            MarkBox(new Envelope(x, x, y, y), radiusMetres);
        }
    }

    private void MarkBox(Envelope envelope, double radiusMetres)
    {
        var latitudeMargin = (radiusMetres / LocalDistance.MetresPerDegree) + CellDegrees;
        var widestLatitude = Math.Min(89, Math.Max(Math.Abs(envelope.MinY), Math.Abs(envelope.MaxY)) + latitudeMargin);
        var longitudeMargin = Math.Min(180, (radiusMetres / (LocalDistance.MetresPerDegree * Math.Cos(widestLatitude * Math.PI / 180))) + CellDegrees);
        for (var cx = Cell(envelope.MinX - longitudeMargin); cx <= Cell(envelope.MaxX + longitudeMargin); cx++)
        {
            for (var cy = Cell(envelope.MinY - latitudeMargin); cy <= Cell(envelope.MaxY + latitudeMargin); cy++)
            {
                _cells.Add(Key(cx, cy));
            }
        }
    }

    private static int Cell(double degrees) => (int)Math.Floor(degrees / CellDegrees);

    private static long Key(int cx, int cy) => ((long)cx << 32) | unchecked((uint)cy);
}
