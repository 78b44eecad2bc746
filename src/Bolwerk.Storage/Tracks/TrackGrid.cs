using Bolwerk.Geodesy;

namespace Bolwerk.Storage.Tracks;

/// <summary>
/// The spatial half of the track index: 0.1° cells numbered so that one integer column, with
/// time beside it in a B-tree, answers area-and-time questions on SQLite and PostgreSQL alike.
/// </summary>
public static class TrackGrid
{
    /// <summary>Cell size in degrees.</summary>
    public const double CellDegrees = 0.1;

    /// <summary>The cell holding a position.</summary>
    public static long Cell(double longitude, double latitude) =>
        (Column(longitude) * 10_000L) + Row(latitude);

    /// <summary>Every cell that can hold a point within <paramref name="radiusMetres"/> of <paramref name="centre"/>.</summary>
    public static IReadOnlyList<long> CellsAround(GeoPoint centre, double radiusMetres)
    {
        var (west, south, east, north) = BoxAround(centre, radiusMetres);
        var cells = new List<long>();
        for (var column = Column(west); column <= Column(east); column++)
        {
            for (var row = Row(south); row <= Row(north); row++)
            {
                cells.Add((column * 10_000L) + row);
            }
        }

        return cells;
    }

    /// <summary>
    /// A longitude/latitude box holding every point within <paramref name="radiusMetres"/> of
    /// <paramref name="centre"/> (widened at the latitude farthest from the equator; clamped, not
    /// wrapped, at ±180°).
    /// </summary>
    public static (double West, double South, double East, double North) BoxAround(GeoPoint centre, double radiusMetres)
    {
        var latitudeDegrees = radiusMetres / 111_195.0;
        var widest = Math.Min(89.9, Math.Abs(centre.Latitude) + latitudeDegrees);
        var longitudeDegrees = Math.Min(180, radiusMetres / (111_195.0 * Math.Cos(widest * Math.PI / 180)));
        return (Math.Max(-180, centre.Longitude - longitudeDegrees), Math.Max(-90, centre.Latitude - latitudeDegrees),
            Math.Min(180, centre.Longitude + longitudeDegrees), Math.Min(90, centre.Latitude + latitudeDegrees));
    }

    /// <summary>The centre of a cell.</summary>
    public static GeoPoint Centre(long cell) =>
        new((((cell % 10_000) + 0.5) * CellDegrees) - 90, (((cell / 10_000) + 0.5) * CellDegrees) - 180);

    /// <summary>Every cell of a box.</summary>
    public static IEnumerable<long> CellsOfBox(double west, double south, double east, double north)
    {
        var (c0, r0) = ColumnRow(west, south);
        var (c1, r1) = ColumnRow(east, north);
        for (var c = c0; c <= c1; c++)
        {
            for (var r = r0; r <= r1; r++)
            {
                yield return (c * 10_000L) + r;
            }
        }
    }

    /// <summary>The column and row of the cell holding a position.</summary>
    public static (int Column, int Row) ColumnRow(double longitude, double latitude) => (Column(longitude), Row(latitude));

    private static int Column(double longitude) => Math.Clamp((int)Math.Floor((longitude + 180) / CellDegrees), 0, 3_599);

    private static int Row(double latitude) => Math.Clamp((int)Math.Floor((latitude + 90) / CellDegrees), 0, 1_799);
}
