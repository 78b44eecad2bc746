using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Bolwerk.Maritime.Infrastructure;

/// <summary>
/// Reads infrastructure layers from GeoJSON files (RFC 7946: a FeatureCollection, a single
/// Feature, or a bare geometry). A feature's id is its <c>id</c>, else <c>properties.id</c>, else
/// <c>properties.feature_id</c>, else "layer#index"; its name is <c>properties.name</c>. Features
/// without a geometry are skipped. Any problem throws <see cref="AssetLayerException"/> naming the
/// file and the place; nothing is half-loaded.
/// </summary>
public static class AssetLayerReader
{
    // SRID 4326: WGS 84 longitude/latitude, the only reference system RFC 7946 allows.
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    // Shared by every feature without properties, so it must not be mutable.
    private static readonly IReadOnlyDictionary<string, string> EmptyProperties = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Reads every feature of the GeoJSON file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<InfrastructureAsset> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"infrastructure layer '{path}' does not exist", path);
        }

        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads a GeoJSON document from <paramref name="stream"/>; <paramref name="name"/> names it in errors and gives the layer name.</summary>
    public static IReadOnlyList<InfrastructureAsset> Read(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (FirstInvalidUtf8(bytes.Span) is { } bad)
        {
            // JSON text is UTF-8 (RFC 8259); the parser would only notice inside a string, later.
            throw new AssetLayerException(name, Place(bytes.Span, bad), "not UTF-8 (GeoJSON files are UTF-8; re-encode it, e.g. iconv -f latin1 -t utf-8)");
        }

        JsonDocument document;
        try
        {
            // No comments or trailing commas: RFC 7946 is strict JSON, and a tolerant reader hides broken exports.
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            var place = string.Create(CultureInfo.InvariantCulture, $"line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}");
            throw new AssetLayerException(name, place, $"not valid JSON ({FirstSentence(e.Message)})", e);
        }

        using (document)
        {
            try
            {
                return ReadDocument(document.RootElement, Path.GetFileNameWithoutExtension(name));
            }
            catch (GeoJsonPlaceException e)
            {
                throw new AssetLayerException(name, e.Path, e.Message, e);
            }
        }
    }

    private static List<InfrastructureAsset> ReadDocument(JsonElement root, string layer)
    {
        var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        var geometries = new GeoJsonGeometryReader(Factory);
        var assets = new List<InfrastructureAsset>();
        switch (type)
        {
            case "FeatureCollection":
                if (!root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
                {
                    throw new GeoJsonPlaceException("features", "a FeatureCollection needs a \"features\" array");
                }

                var index = 0;
                foreach (var feature in features.EnumerateArray())
                {
                    if (ReadFeature(feature, $"features[{index}]", index, layer, geometries) is { } asset)
                    {
                        assets.Add(asset);
                    }

                    index++;
                }

                break;
            case "Feature":
                if (ReadFeature(root, "$", 0, layer, geometries) is { } single)
                {
                    assets.Add(single);
                }

                break;
            case null:
                throw new GeoJsonPlaceException("type", "not a GeoJSON object: no \"type\" (expected FeatureCollection, Feature or a geometry)");
            default:
                assets.Add(new InfrastructureAsset($"{layer}#0", null, AssetKindRules.Infer(EmptyProperties, layer), layer, geometries.Read(root, "$"), EmptyProperties));
                break;
        }

        return assets;
    }

    private static InfrastructureAsset? ReadFeature(JsonElement feature, string path, int index, string layer, GeoJsonGeometryReader geometries)
    {
        if (feature.ValueKind != JsonValueKind.Object || !feature.TryGetProperty("type", out var type)
            || type.ValueKind != JsonValueKind.String || type.GetString() != "Feature")
        {
            throw new GeoJsonPlaceException($"{path}.type", "expected a Feature");
        }

        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        if (feature.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in props.EnumerateObject())
            {
                if (Text(property.Value) is { } text)
                {
                    properties[property.Name] = text;
                }
            }
        }

        if (!feature.TryGetProperty("geometry", out var geometryElement) || geometryElement.ValueKind == JsonValueKind.Null)
        {
            return null; // RFC 7946 allows unlocated features; there is nothing to watch.
        }

        var geometry = geometries.Read(geometryElement, $"{path}.geometry");
        return new InfrastructureAsset(IdOf(feature, index, layer), properties.GetValueOrDefault("name"), AssetKindRules.Infer(properties, layer), layer, geometry, properties);
    }

    /// <summary>
    /// The id a feature's asset gets: its <c>id</c>, else <c>properties.id</c>, else
    /// <c>properties.feature_id</c>, else "layer#index" (index in the FeatureCollection).
    /// </summary>
    public static string IdOf(JsonElement feature, int index, string layer)
    {
        var properties = feature.ValueKind == JsonValueKind.Object && feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
        string? Property(string name) => properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var v) ? Text(v) : null;
        return (feature.ValueKind == JsonValueKind.Object && feature.TryGetProperty("id", out var idElement) ? Text(idElement) : null)
            ?? Property("id")
            ?? Property("feature_id")
            ?? string.Create(CultureInfo.InvariantCulture, $"{layer}#{index}");
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };

    private static int? FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return null;
    }

    private static string Place(ReadOnlySpan<byte> bytes, int offset)
    {
        var line = bytes[..offset].Count((byte)'\n') + 1;
        var column = offset - bytes[..offset].LastIndexOf((byte)'\n');
        return string.Create(CultureInfo.InvariantCulture, $"line {line}, byte {column}");
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message.TrimEnd('.') : message[..end];
    }
}
