using System.Text.Json;
using Bolwerk.Maritime.Detection;

namespace Bolwerk.Host.Cli.Maritime;

/// <summary>Reads detection thresholds from JSON: any subset of <see cref="DetectionOptions"/>, camelCase, unknown names refused.</summary>
internal static class DetectionOptionsFile
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static DetectionOptions Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<DetectionOptions>(stream, Json) ?? new DetectionOptions();
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path}: line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}, at {exception.Path}: {exception.Message}", exception);
        }
    }
}
