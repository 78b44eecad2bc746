using System.Text.Json;
using System.Text.Json.Serialization;
using Bolwerk.Alerts;

namespace Bolwerk.Storage.Alerts;

/// <summary>How evidence and id lists are serialised into their text columns.</summary>
internal static class AlertJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string Write(IReadOnlyList<Evidence> evidence) => JsonSerializer.Serialize(evidence, Options);

    public static string Write(IReadOnlyList<string> ids) => JsonSerializer.Serialize(ids, Options);

    public static IReadOnlyList<Evidence> ReadEvidence(string json) => JsonSerializer.Deserialize<List<Evidence>>(json, Options) ?? [];

    public static IReadOnlyList<string> ReadIds(string json) => JsonSerializer.Deserialize<List<string>>(json, Options) ?? [];
}
