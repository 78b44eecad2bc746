using System.Text.Json.Nodes;
using Json.Schema;

namespace Bolwerk.Testing.Stix;

/// <summary>
/// Validates STIX 2.1 objects against the OASIS JSON schemas (draft 2020-12, copied into
/// Stix/schemas): each object against the schema of its type, found by the schemas' own $id so
/// their relative $refs resolve. Custom types (x-…) and types without a schema are reported, not
/// passed silently.
/// </summary>
public static class StixSchemaValidator
{
    private static readonly Lazy<(BuildOptions Options, Dictionary<string, JsonSchema> ByType)> Schemas = new(Load);

    /// <summary>Every problem of every object of <paramref name="bundle"/> ("id: message"); empty when all validate.</summary>
    public static IReadOnlyList<string> Problems(JsonNode bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var (_, byType) = Schemas.Value;
        var problems = new List<string>();
        foreach (var o in bundle["objects"]!.AsArray())
        {
            var type = o!["type"]!.GetValue<string>();
            var id = o["id"]?.GetValue<string>() ?? "(no id)";
            if (!byType.TryGetValue(type, out var schema))
            {
                problems.Add($"{id}: no OASIS schema for type '{type}'");
                continue;
            }

            using var document = System.Text.Json.JsonDocument.Parse(o.ToJsonString());
            var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (!result.IsValid)
            {
                problems.AddRange((result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{id}: {d.InstanceLocation} {e.Value}")).DefaultIfEmpty($"{id}: invalid"));
            }
        }

        return problems;
    }

    private static (BuildOptions, Dictionary<string, JsonSchema>) Load()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var byType = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        var root = Path.Combine(AppContext.BaseDirectory, "stix-schemas");
        foreach (var file in Directory.GetFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var schema = JsonSchema.FromText(File.ReadAllText(file), options);
            var folder = Path.GetFileName(Path.GetDirectoryName(file)!);
            if (folder is "sdos" or "sros" or "observables" || Path.GetFileNameWithoutExtension(file) is "marking-definition" or "language-content" or "extension-definition")
            {
                byType[Path.GetFileNameWithoutExtension(file)] = schema;
            }
        }

        return (options, byType);
    }
}
