using System.Text.Json.Nodes;

namespace Bolwerk.Sharing;

/// <summary>Reading fields of STIX objects that came from elsewhere, where any field may hold any JSON.</summary>
internal static class StixJson
{
    /// <summary>The string the node holds, or null when it is absent or not a string (a number, object, array).</summary>
    public static string? Text(this JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
