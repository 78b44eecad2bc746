using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Bolwerk.Maritime.Infrastructure;

/// <summary>
/// RFC 7946 geometry objects into NetTopologySuite geometries (X longitude, Y latitude). Every
/// problem is reported with its JSON path, e.g. <c>features[3].geometry.coordinates[0][1]</c>.
/// </summary>
/// <remarks>
/// Written on <see cref="JsonElement"/> rather than with NetTopologySuite.IO.GeoJSON4STJ: that
/// converter dropped a feature's top-level "id" when its properties also had one, and reported an
/// unknown geometry type as an ArgumentException without saying where (tried with 4.0.0).
/// </remarks>
internal sealed class GeoJsonGeometryReader(GeometryFactory factory)
{
    private const string Types = "Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon or GeometryCollection";

    /// <summary>Reads <paramref name="geometry"/> found at <paramref name="path"/>; throws <see cref="GeoJsonPlaceException"/>.</summary>
    public Geometry Read(JsonElement geometry, string path)
    {
        if (geometry.ValueKind != JsonValueKind.Object)
        {
            throw new GeoJsonPlaceException(path, $"a geometry must be an object, not {Describe(geometry)}");
        }

        if (!geometry.TryGetProperty("type", out var typeElement) || typeElement.ValueKind != JsonValueKind.String)
        {
            throw new GeoJsonPlaceException($"{path}.type", $"missing geometry type (expected {Types})");
        }

        var type = typeElement.GetString();
        if (type == "GeometryCollection")
        {
            var members = Member(geometry, "geometries", path, JsonValueKind.Array);
            return factory.CreateGeometryCollection([.. members.EnumerateArray().Select((member, i) => Read(member, $"{path}.geometries[{i}]"))]);
        }

        var coordinates = Member(geometry, "coordinates", path, JsonValueKind.Array);
        var at = $"{path}.coordinates";
        return type switch
        {
            "Point" => factory.CreatePoint(Position(coordinates, at)),
            "MultiPoint" => factory.CreateMultiPoint([.. Positions(coordinates, at, 0).Select(factory.CreatePoint)]),
            "LineString" => Line(coordinates, at),
            "MultiLineString" => factory.CreateMultiLineString([.. Items(coordinates, at).Select(item => Line(item.Element, item.Path))]),
            "Polygon" => Polygon(coordinates, at),
            "MultiPolygon" => factory.CreateMultiPolygon([.. Items(coordinates, at).Select(item => Polygon(item.Element, item.Path))]),
            _ => throw new GeoJsonPlaceException($"{path}.type", $"unknown geometry type '{type}' (expected {Types})"),
        };
    }

    private LineString Line(JsonElement positions, string path) => factory.CreateLineString(Positions(positions, path, 2));

    private Polygon Polygon(JsonElement rings, string path)
    {
        var linearRings = Items(rings, path).Select(item =>
        {
            var ring = Positions(item.Element, item.Path, 4);
            if (!ring[0].Equals2D(ring[^1]))
            {
                throw new GeoJsonPlaceException(item.Path, "a polygon ring must end where it starts");
            }

            return factory.CreateLinearRing(ring);
        }).ToList();
        if (linearRings.Count == 0)
        {
            throw new GeoJsonPlaceException(path, "a polygon needs at least its outer ring");
        }

        return factory.CreatePolygon(linearRings[0], [.. linearRings.Skip(1)]);
    }

    private static Coordinate[] Positions(JsonElement positions, string path, int minimum)
    {
        if (positions.ValueKind != JsonValueKind.Array)
        {
            throw new GeoJsonPlaceException(path, $"expected an array of positions, not {Describe(positions)}");
        }

        var result = Items(positions, path).Select(item => Position(item.Element, item.Path)).ToArray();
        if (result.Length < minimum)
        {
            throw new GeoJsonPlaceException(path, $"needs at least {minimum} positions, has {result.Length}");
        }

        return result;
    }

    private static Coordinate Position(JsonElement position, string path)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
            || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number)
        {
            throw new GeoJsonPlaceException(path, $"a position is [longitude, latitude], not {Describe(position)}");
        }

        // TryGetDouble: a number too large for a double (1e400) is out of range, not a crash.
        if (!position[0].TryGetDouble(out var longitude) || !position[1].TryGetDouble(out var latitude)
            || longitude is < -180 or > 180 || latitude is < -90 or > 90)
        {
            throw new GeoJsonPlaceException(path, string.Create(CultureInfo.InvariantCulture, $"position [{position[0].GetRawText()}, {position[1].GetRawText()}] is outside longitude -180..180 / latitude -90..90 (RFC 7946 uses WGS 84 degrees, longitude first)"));
        }

        return new Coordinate(longitude, latitude);
    }

    private static IEnumerable<(JsonElement Element, string Path)> Items(JsonElement array, string path)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new GeoJsonPlaceException(path, $"expected an array, not {Describe(array)}");
        }

        return array.EnumerateArray().Select((element, i) => (element, $"{path}[{i}]"));
    }

    private static JsonElement Member(JsonElement element, string name, string path, JsonValueKind kind) =>
        element.TryGetProperty(name, out var member) && member.ValueKind == kind
            ? member
            : throw new GeoJsonPlaceException($"{path}.{name}", $"missing or not an {kind.ToString().ToLowerInvariant()}");

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => $"an array of {element.GetArrayLength()}",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => $"the string \"{element.GetString()}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        _ => element.ValueKind.ToString().ToLowerInvariant(),
    };
}

/// <summary>A GeoJSON problem at a JSON path; the layer reader adds the file.</summary>
internal sealed class GeoJsonPlaceException(string path, string problem) : Exception(problem)
{
    public string Path { get; } = path;
}
