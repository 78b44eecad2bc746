using System.Text.Json.Nodes;

namespace Bolwerk.Sharing;

/// <summary>Reading fields of STIX objects that came from elsewhere, where any field may hold any JSON.</summary>
public static class StixJson
{
    /// <summary>The string the node holds, or null when it is absent or not a string (a number, object, array).</summary>
    public static string? Text(this JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The member <paramref name="name"/> when the node is an object, else null (indexing a string or array by name would throw).</summary>
    public static JsonNode? Member(this JsonNode? node, string name) => node is JsonObject obj ? obj[name] : null;
}
