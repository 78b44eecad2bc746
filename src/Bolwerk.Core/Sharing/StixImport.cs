using System.Text.Json.Nodes;
using Bolwerk.Marking;

namespace Bolwerk.Sharing;

/// <summary>Imported objects in plain STIX 2.1, and what was changed to get there.</summary>
public sealed record ImportedObjects(IReadOnlyList<JsonObject> Objects, IReadOnlyList<string> Changes);

/// <summary>
/// Brings STIX from other tools to plain STIX 2.1 with TLP 2.0 before it is stored or passed on:
/// TLP 1.0 markings and TLP definitions minted under other ids (OpenCTI) become the OASIS TLP 2.0
/// ids (TLP 1.0 WHITE is CLEAR; AMBER+STRICT is never lowered); OpenCTI's narratives
/// (<c>narrative</c>, <c>x-opencti-narrative</c>) become groupings with context "narrative" over
/// what they are related to, and its channels (<c>channel</c>, <c>x-opencti-channel</c>) identities
/// of class "system" labelled "channel", keeping their UUIDs so references follow. Everything else,
/// custom properties included, passes unchanged: the fields we do not model are not lost.
/// </summary>
public static class StixImport
{
    private static readonly string[] Carried = ["spec_version", "created", "modified", "created_by_ref", "revoked", "labels", "confidence", "lang", "external_references", "object_marking_refs", "granular_markings"];

    /// <summary>The objects as plain STIX 2.1 (copies; the input is not changed).</summary>
    public static ImportedObjects Normalise(IReadOnlyList<JsonObject> objects)
    {
        ArgumentNullException.ThrowIfNull(objects);
        var markings = new StixMarkings(objects);
        var changes = new List<string>();
        var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var o in objects)
        {
            var (type, id) = (Type(o), Id(o));
            var target = type switch
            {
                "narrative" or "x-opencti-narrative" => "grouping",
                "channel" or "x-opencti-channel" => "identity",
                _ => null,
            };
            if (target is not null)
            {
                renamed[id] = target + id[id.IndexOf("--", StringComparison.Ordinal)..];
            }
        }

        var result = new List<JsonObject>();
        foreach (var o in objects)
        {
            var id = Id(o);
            if (Type(o) == "marking-definition" && markings.StandardIdFor(id) is { } standard)
            {
                changes.Add($"{id} ({o["name"].Text() ?? "TLP"}) → the TLP 2.0 definition {standard}");
                continue;
            }

            var copy = Type(o) switch
            {
                "narrative" or "x-opencti-narrative" => Narrative(o, objects, renamed[id]),
                "channel" or "x-opencti-channel" => Channel(o, renamed[id]),
                _ => o.DeepClone().AsObject(),
            };
            if (copy is null)
            {
                changes.Add($"{id}: a narrative related to nothing in the bundle cannot be a grouping (which needs object_refs); left out");
                continue;
            }

            if (renamed.ContainsKey(id))
            {
                changes.Add($"{id} ({Type(o)} '{o["name"].Text()}') → {Id(copy)}");
            }

            Rewrite(copy, renamed, markings);
            result.Add(copy);
        }

        return new ImportedObjects(result, changes);
    }

    private static JsonObject? Narrative(JsonObject o, IReadOnlyList<JsonObject> all, string id)
    {
        var own = Id(o);
        var related = all.Where(r => Type(r) == "relationship")
            .SelectMany(r => r["source_ref"].Text() == own ? [r["target_ref"].Text()] : r["target_ref"].Text() == own ? [r["source_ref"].Text()] : Array.Empty<string?>())
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (related.Count == 0 && o["created_by_ref"].Text() is { } author)
        {
            related.Add(author);
        }

        if (related.Count == 0)
        {
            return null;
        }

        var grouping = Plain(o, "grouping", id);
        grouping["context"] = "narrative";
        grouping["labels"] = Labels(o, "narrative", o["narrative_types"]);
        grouping["object_refs"] = new JsonArray([.. related.Select(r => (JsonNode)JsonValue.Create(r)!)]);
        return grouping;
    }

    private static JsonObject Channel(JsonObject o, string id)
    {
        var identity = Plain(o, "identity", id);
        identity["identity_class"] = "system";
        identity["labels"] = Labels(o, "channel", o["channel_types"]);
        return identity;
    }

    private static JsonObject Plain(JsonObject o, string type, string id)
    {
        var plain = new JsonObject { ["type"] = type, ["id"] = id };
        foreach (var property in Carried.Where(o.ContainsKey))
        {
            plain[property] = o[property]!.DeepClone();
        }

        plain["name"] = o["name"]?.DeepClone();
        var aliases = (o["aliases"] as JsonArray ?? o["x_opencti_aliases"] as JsonArray ?? []).Select(a => a.Text()).OfType<string>().ToList();
        var description = o["description"].Text();
        if (aliases.Count > 0)
        {
            description = (description is null ? string.Empty : description + "\n\n") + "Also known as: " + string.Join(", ", aliases);
        }

        if (description is not null)
        {
            plain["description"] = description;
        }

        // Keep OpenCTI's own properties (x_opencti_…) so a round trip to OpenCTI loses nothing; empty lists are not valid STIX.
        foreach (var (key, value) in o.Where(p => p.Key.StartsWith("x_", StringComparison.Ordinal) && p.Value is not JsonArray { Count: 0 }))
        {
            plain[key] = value?.DeepClone();
        }

        return plain;
    }

    private static JsonArray Labels(JsonObject o, string kind, JsonNode? types)
    {
        var labels = new List<string> { kind };
        labels.AddRange((o["labels"] as JsonArray ?? []).Select(l => l.Text()).OfType<string>());
        labels.AddRange((types as JsonArray ?? []).Select(t => t.Text()).OfType<string>().Select(t => $"{kind}-type:{t.ToLowerInvariant()}"));
        return new JsonArray([.. labels.Distinct(StringComparer.Ordinal).Select(l => (JsonNode)JsonValue.Create(l)!)]);
    }

    /// <summary>References to renamed objects follow them; TLP markings take their TLP 2.0 ids.</summary>
    private static void Rewrite(JsonObject o, Dictionary<string, string> renamed, StixMarkings markings)
    {
        foreach (var (key, value) in o.ToList())
        {
            switch (value)
            {
                case JsonValue v when (key.EndsWith("_ref", StringComparison.Ordinal) && v.TryGetValue<string>(out var r)):
                    o[key] = key == "marking_ref" ? markings.StandardIdFor(r) ?? r : renamed.GetValueOrDefault(r, r);
                    break;
                case JsonArray list when key.EndsWith("_refs", StringComparison.Ordinal):
                    o[key] = new JsonArray([.. list.Select(x => x.Text()).OfType<string>()
                        .Select(x => key == "object_marking_refs" ? markings.StandardIdFor(x) ?? x : renamed.GetValueOrDefault(x, x))
                        .Distinct(StringComparer.Ordinal).Select(x => (JsonNode)JsonValue.Create(x)!)]);
                    break;
                case JsonObject child:
                    Rewrite(child, renamed, markings);
                    break;
                case JsonArray array:
                    foreach (var element in array.OfType<JsonObject>())
                    {
                        Rewrite(element, renamed, markings);
                    }

                    break;
            }
        }
    }

    private static string Id(JsonObject o) => o["id"]!.GetValue<string>();

    private static string? Type(JsonObject o) => o["type"].Text();
}
