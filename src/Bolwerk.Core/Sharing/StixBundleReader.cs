using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bolwerk.Sharing;

/// <summary>
/// Reads STIX 2.1 from untrusted files and requests: a bundle, a TAXII envelope ({"objects": […]})
/// or a single object. Every object needs a type and an id of the form "type--uuid" matching it;
/// anything else is refused with the source, the JSON line/byte or the object's index, and the field.
/// </summary>
public static class StixBundleReader
{
    // Duplicate keys are refused: two "id"s or two markings in one object would let a sender say
    // one thing to one reader and another to the next (and RFC 8259 leaves their meaning open).
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Disallow, AllowDuplicateProperties = false };

    /// <summary>The objects of the file at <paramref name="path"/>.</summary>
    public static IReadOnlyList<JsonObject> ReadFile(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>The objects of <paramref name="json"/>; <paramref name="source"/> names it in errors.</summary>
    public static IReadOnlyList<JsonObject> Parse(string json, string source)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: Options);
        }
        catch (JsonException e)
        {
            throw new StixFormatException($"{source}: line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}: not JSON ({e.Message})", e);
        }

        if (root is not JsonObject top)
        {
            throw new StixFormatException($"{source}: a STIX bundle, TAXII envelope or object must be a JSON object");
        }

        var topType = top["type"] is JsonValue t && t.TryGetValue<string>(out var name) ? name : null;
        var list = top["objects"] is JsonArray objects ? objects : top.ContainsKey("type") && topType != "bundle" ? new JsonArray(top.DeepClone()) : null;
        if (list is null)
        {
            if (topType == "bundle")
            {
                return [];
            }

            throw new StixFormatException($"{source}: neither a bundle (\"type\": \"bundle\", \"objects\") nor an object with a \"type\"");
        }

        var result = new List<JsonObject>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            result.Add(Check(list[i], $"{source}: objects[{i}]"));
        }

        list.Clear(); // detached: callers put the objects into bundles and envelopes of their own
        return result;
    }

    private static JsonObject Check(JsonNode? node, string where)
    {
        if (node is not JsonObject o)
        {
            throw new StixFormatException($"{where}: not a JSON object");
        }

        var type = Text(o, "type", where);
        var id = Text(o, "id", where);
        var separator = id.IndexOf("--", StringComparison.Ordinal);
        if (separator < 0 || id[..separator] != type || !Guid.TryParse(id[(separator + 2)..], out _))
        {
            throw new StixFormatException($"{where}: field 'id': '{id}' is not \"{type}--\" followed by a UUID");
        }

        return o;
    }

    private static string Text(JsonObject o, string field, string where) =>
        o[field] is JsonValue v && v.TryGetValue<string>(out var text) && text.Length > 0 ? text : throw new StixFormatException($"{where}: field '{field}' is missing or not a string");
}
