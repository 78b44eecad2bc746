using System.Text.Json.Nodes;
using Bolwerk.Marking;

namespace Bolwerk.Sharing;

/// <summary>What a recipient receives, and how much was kept back.</summary>
/// <param name="Objects">The objects to send (copies; the input is not changed), with the marking definitions they use.</param>
/// <param name="Withheld">Distinct ids kept back: above the ceiling, or unable to stand without something that was.</param>
/// <param name="Redacted">Objects sent with references or granular-marked properties removed.</param>
/// <param name="Sources">For each of <paramref name="Objects"/>, the index of the input object it copies; -1 for a TLP definition written here.</param>
public sealed record SharedObjects(IReadOnlyList<JsonObject> Objects, int Withheld, int Redacted, IReadOnlyList<int> Sources);

/// <summary>
/// TLP enforcement for everything Bolwerk sends out (STIX exports, TAXII): a recipient at a ceiling
/// receives no object, reference, property or version above it. This is where OpenCTI and MISP
/// users report leaks (relationships between visible objects, ids left in object_refs, history), so
/// the rules work on the whole graph:
/// <list type="bullet">
/// <item>an object is withheld when its own markings (most restrictive wins; unknown markings count
/// as RED; unmarked objects count as <c>unmarked</c>) exceed the ceiling — judged on its latest
/// version, so a later RED version also keeps back the earlier GREEN ones;</item>
/// <item>older versions above the ceiling are dropped even when the latest is visible;</item>
/// <item>properties under a granular marking above the ceiling are removed (the whole top-level
/// property); if the object cannot stand without one, it is withheld;</item>
/// <item>references to withheld objects are removed wherever they are (object_refs, created_by_ref,
/// where_sighted_refs, nested _ref/_refs); a relationship or sighting whose end is withheld, and a
/// container left with no references, is withheld itself — repeated until nothing changes;</item>
/// <item>marking definitions go with the objects that use them, TLP ones under their TLP 2.0 ids.</item>
/// </list>
/// Free text that names a withheld object cannot be detected here; that is the author's marking to set.
/// </summary>
public static class RecipientFilter
{
    /// <summary>The objects <paramref name="objects"/> that a recipient at <paramref name="ceiling"/> may receive.</summary>
    /// <param name="objects">Everything that could be sent, every version.</param>
    /// <param name="ceiling">The most restrictive TLP the recipient may see.</param>
    /// <param name="unmarked">What an object without a TLP counts as.</param>
    /// <param name="heldElsewhere">Ids known (from the rest of the store) to be above the ceiling: references to them go too.</param>
    public static SharedObjects Apply(IReadOnlyList<JsonObject> objects, Tlp ceiling, Tlp unmarked = Tlp.Amber, IReadOnlySet<string>? heldElsewhere = null)
    {
        ArgumentNullException.ThrowIfNull(objects);
        var markings = new StixMarkings(objects);
        Tlp LevelOf(JsonObject o) => markings.ObjectLevel(o) ?? unmarked;

        var index = new Dictionary<JsonObject, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < objects.Count; i++)
        {
            index[objects[i]] = i;
        }

        var content = objects.Where(o => Type(o) != "marking-definition").ToList();
        var withheld = new HashSet<string>(heldElsewhere ?? new HashSet<string>(), StringComparer.Ordinal);
        foreach (var latest in content.GroupBy(Id, StringComparer.Ordinal).Select(g => g.MaxBy(Version)!))
        {
            if (LevelOf(latest) > ceiling)
            {
                withheld.Add(Id(latest));
            }
        }

        var origin = new Dictionary<JsonObject, int>(ReferenceEqualityComparer.Instance);
        var kept = content.Where(o => !withheld.Contains(Id(o)) && LevelOf(o) <= ceiling).Select(o =>
        {
            var copy = o.DeepClone().AsObject();
            origin[copy] = index[o];
            return copy;
        }).ToList();
        var redacted = new HashSet<JsonObject>(ReferenceEqualityComparer.Instance);
        foreach (var o in kept.ToList())
        {
            var hidden = markings.Granular(o).Where(g => g.Level > ceiling).SelectMany(g => g.Properties).Distinct().ToList();
            if (hidden.Count == 0)
            {
                continue;
            }

            if (hidden.Any(p => StixReferences.IsRequired(Type(o)!, p)))
            {
                withheld.Add(Id(o));
                continue;
            }

            foreach (var property in hidden)
            {
                o.Remove(property);
            }

            // The granular markings that selected what is gone would point at nothing.
            o["granular_markings"] = new JsonArray([.. (o["granular_markings"] as JsonArray ?? []).OfType<JsonObject>()
                .Where(g => g["marking_ref"].Text() is not { } r || (markings.Of(r) ?? Tlp.Clear) <= ceiling).Select(g => (JsonNode)g.DeepClone())]);
            if (o["granular_markings"]!.AsArray().Count == 0)
            {
                o.Remove("granular_markings");
            }

            redacted.Add(o);
        }

        kept.RemoveAll(o => withheld.Contains(Id(o)));
        bool changed;
        do
        {
            changed = false;
            foreach (var o in kept)
            {
                if (!StixReferences.Remove(o, withheld, out var touched))
                {
                    withheld.Add(Id(o));
                    changed = true;
                }
                else if (touched)
                {
                    redacted.Add(o);
                }
            }

            kept.RemoveAll(o => withheld.Contains(Id(o)));
        }
        while (changed);

        var result = new List<(JsonObject Object, int Source)>();
        var definitionAt = objects.Select((o, i) => (Object: o, Index: i)).Where(p => Type(p.Object) == "marking-definition").GroupBy(p => Id(p.Object), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Index, StringComparer.Ordinal);
        result.AddRange(Definitions(objects, kept, markings).Select(d => (d, definitionAt.GetValueOrDefault(Id(d), -1))));
        result.AddRange(kept.Select(o => (Standardise(o, markings), origin[o])));
        var present = objects.Select(Id).ToHashSet(StringComparer.Ordinal);
        return new SharedObjects([.. result.Select(r => r.Object)], withheld.Count(present.Contains), redacted.Count(o => kept.Contains(o)), [.. result.Select(r => r.Source)]);
    }

    /// <summary>The marking definitions the kept objects use: TLP ones as OASIS publishes them, others as received.</summary>
    private static IEnumerable<JsonObject> Definitions(IReadOnlyList<JsonObject> all, List<JsonObject> kept, StixMarkings markings)
    {
        var used = kept.SelectMany(o => (o["object_marking_refs"] as JsonArray ?? []).Select(r => r.Text()).OfType<string>()
            .Concat((o["granular_markings"] as JsonArray ?? []).Select(g => (g as JsonObject)?["marking_ref"].Text()).OfType<string>()))
            .Select(r => markings.StandardIdFor(r) ?? r).ToHashSet(StringComparer.Ordinal);
        foreach (var tlp in Enum.GetValues<Tlp>().Where(t => used.Remove(t.StixMarkingDefinitionId())))
        {
            yield return StixObjects.MarkingDefinition(tlp);
        }

        foreach (var definition in all.Where(o => Type(o) == "marking-definition" && used.Contains(Id(o))).DistinctBy(Id))
        {
            yield return definition.DeepClone().AsObject();
        }
    }

    /// <summary>TLP markings under other ids (TLP 1.0, OpenCTI's) written as the TLP 2.0 ids.</summary>
    private static JsonObject Standardise(JsonObject o, StixMarkings markings)
    {
        if (o["object_marking_refs"] is JsonArray refs)
        {
            o["object_marking_refs"] = new JsonArray([.. refs.Select(r => r.Text()).OfType<string>().Select(r => markings.StandardIdFor(r) ?? r).Distinct(StringComparer.Ordinal).Select(r => (JsonNode)JsonValue.Create(r)!)]);
        }

        foreach (var g in (o["granular_markings"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (g["marking_ref"].Text() is { } r && markings.StandardIdFor(r) is { } standard)
            {
                g["marking_ref"] = standard;
            }
        }

        return o;
    }

    private static string Id(JsonObject o) => o["id"]!.GetValue<string>();

    private static string? Type(JsonObject o) => o["type"].Text();

    /// <summary>An object's version: "modified", else "created" (SCOs and marking definitions have no "modified").</summary>
    public static DateTimeOffset Version(JsonObject o) =>
        DateTimeOffset.TryParse(o?["modified"].Text() ?? o?["created"].Text(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at) ? at : DateTimeOffset.MinValue;
}
