using System.Text.Json.Nodes;

namespace Bolwerk.Sharing;

/// <summary>
/// The references of a STIX object to other objects: by the 2.1 naming rule every property ending
/// in "_ref" holds an id and every one ending in "_refs" a list of ids, at any depth (extensions,
/// multipart bodies). Marking references are not references to shared content and are left out.
/// </summary>
public static class StixReferences
{
    /// <summary>Properties an object cannot exist without, beyond the common ones: removing one withholds the object.</summary>
    private static readonly Dictionary<string, string[]> Required = new(StringComparer.Ordinal)
    {
        ["relationship"] = ["relationship_type", "source_ref", "target_ref"],
        ["sighting"] = ["sighting_of_ref"],
        ["report"] = ["name", "published", "object_refs"],
        ["note"] = ["content", "object_refs"],
        ["opinion"] = ["opinion", "object_refs"],
        ["grouping"] = ["context", "object_refs"],
        ["observed-data"] = ["first_observed", "last_observed", "number_observed", "object_refs"],
        ["language-content"] = ["object_ref", "object_modified", "contents"],
        ["indicator"] = ["name", "pattern", "pattern_type", "valid_from"],
        ["marking-definition"] = ["created"],
    };

    private static readonly string[] Common = ["type", "id", "spec_version", "created", "modified"];

    private static readonly HashSet<string> Named = new(StringComparer.Ordinal)
    {
        "attack-pattern", "campaign", "course-of-action", "identity", "infrastructure", "intrusion-set", "malware", "threat-actor", "tool", "vulnerability", "incident",
    };

    /// <summary>Whether the object cannot stand without top-level property <paramref name="property"/>.</summary>
    public static bool IsRequired(string type, string property) =>
        Common.Contains(property) || (Required.TryGetValue(type, out var required) && required.Contains(property)) || (property == "name" && Named.Contains(type));

    /// <summary>Every id the object refers to (not its markings).</summary>
    public static IEnumerable<string> Of(JsonObject o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return Walk(o);
    }

    private static IEnumerable<string> Walk(JsonNode? node) => node switch
    {
        JsonObject o => o.Where(p => !IsMarking(p.Key)).SelectMany(p => IsRef(p.Key) && p.Value is JsonValue v && v.TryGetValue<string>(out var id) ? [id]
            : IsRefs(p.Key) && p.Value is JsonArray a ? a.Select(x => x is JsonValue xv && xv.TryGetValue<string>(out var item) ? item : null).OfType<string>()
            : Walk(p.Value)),
        JsonArray a => a.SelectMany(Walk),
        _ => [],
    };

    /// <summary>
    /// Removes every reference to an id in <paramref name="gone"/>: optional single references are
    /// dropped, lists lose the item (and the property when it empties). Returns false when the
    /// object cannot stand without what was removed (a required reference, or a required list now empty).
    /// </summary>
    public static bool Remove(JsonObject o, IReadOnlySet<string> gone, out bool changed)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(gone);
        var type = o["type"]!.GetValue<string>();
        changed = false;
        return Remove(o, gone, type, topLevel: true, ref changed);
    }

    private static bool Remove(JsonObject o, IReadOnlySet<string> gone, string type, bool topLevel, ref bool changed)
    {
        foreach (var (key, value) in o.ToList())
        {
            if (IsMarking(key) || value is null)
            {
                continue;
            }

            if (IsRef(key) && value is JsonValue v && v.TryGetValue<string>(out var id) && gone.Contains(id))
            {
                if (topLevel && IsRequired(type, key))
                {
                    return false;
                }

                o.Remove(key);
                changed = true;
            }
            else if (IsRefs(key) && value is JsonArray list)
            {
                var before = list.Count;
                for (var i = list.Count - 1; i >= 0; i--)
                {
                    if (list[i] is JsonValue item && item.TryGetValue<string>(out var itemId) && gone.Contains(itemId))
                    {
                        list.RemoveAt(i);
                    }
                }

                if (list.Count != before)
                {
                    changed = true;
                    if (list.Count == 0)
                    {
                        if (topLevel && IsRequired(type, key))
                        {
                            return false;
                        }

                        o.Remove(key);
                    }
                }
            }
            else if (value is JsonObject child)
            {
                if (!Remove(child, gone, type, topLevel: false, ref changed))
                {
                    return false;
                }
            }
            else if (value is JsonArray array)
            {
                foreach (var element in array.OfType<JsonObject>())
                {
                    if (!Remove(element, gone, type, topLevel: false, ref changed))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    private static bool IsMarking(string key) => key is "object_marking_refs" or "marking_ref" or "granular_markings";

    private static bool IsRef(string key) => key.EndsWith("_ref", StringComparison.Ordinal);

    private static bool IsRefs(string key) => key.EndsWith("_refs", StringComparison.Ordinal);
}
