using System.Text.Json.Nodes;
using Bolwerk.Sharing;

namespace Bolwerk.Testing.Stix;

/// <summary>The OASIS example bundles and the constructed OpenCTI-shaped bundle copied to the test output.</summary>
public static class StixExamples
{
    /// <summary>The folder holding them.</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "stix-examples");

    /// <summary>Every example file, by name.</summary>
    public static IReadOnlyList<string> Files => [.. Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal)];

    /// <summary>The objects of one example.</summary>
    public static IReadOnlyList<JsonObject> Read(string fileName) => StixBundleReader.ReadFile(Path.Combine(Folder, fileName));

    /// <summary>A bundle of <paramref name="objects"/>, for the schema validator.</summary>
    public static JsonObject Bundle(IEnumerable<JsonObject> objects) =>
        new() { ["type"] = "bundle", ["id"] = "bundle--00000000-0000-4000-8000-000000000000", ["objects"] = new JsonArray([.. objects.Select(o => (JsonNode)o.DeepClone())]) };
}
