using System.Text.Json.Nodes;
using Bolwerk.Marking;

namespace Bolwerk.Sharing;

/// <summary>
/// What the marking references on STIX objects mean for disclosure: the TLP 2.0 and TLP 1.0
/// definitions by their standard ids (TLP 1.0 WHITE is TLP 2.0 CLEAR), TLP definitions that other
/// tools mint under their own ids (OpenCTI: definition_type "TLP" with x_opencti_definition; STIX
/// 2.0 style {"tlp": "amber"}), statement and PAP markings as not restricting disclosure, and any
/// other marking as TLP:RED — an unknown marking is carried through as restrictive.
/// </summary>
public sealed class StixMarkings
{
    /// <summary>The TLP 1.0 marking-definition ids predefined by STIX 2.1.</summary>
    public static readonly IReadOnlyDictionary<string, Tlp> Tlp1 = new Dictionary<string, Tlp>(StringComparer.Ordinal)
    {
        ["marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9"] = Tlp.Clear,
        ["marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da"] = Tlp.Green,
        ["marking-definition--f88d31f6-486f-44da-b317-01333bde0b82"] = Tlp.Amber,
        ["marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed"] = Tlp.Red,
    };

    private static readonly Dictionary<string, Tlp> Tlp2 = Enum.GetValues<Tlp>().ToDictionary(t => t.StixMarkingDefinitionId(), t => t, StringComparer.Ordinal);

    // Definitions learned from the objects at hand: a TLP level, or null for a marking that does not restrict disclosure.
    private readonly Dictionary<string, Tlp?> _learned = new(StringComparer.Ordinal);

    /// <summary>Markings known by their standard ids plus the definitions among <paramref name="objects"/>.</summary>
    public StixMarkings(IEnumerable<JsonObject> objects)
    {
        ArgumentNullException.ThrowIfNull(objects);
        foreach (var o in objects.Where(o => Type(o) == "marking-definition"))
        {
            var id = o["id"]!.GetValue<string>();
            if (!Tlp2.ContainsKey(id) && !Tlp1.ContainsKey(id))
            {
                _learned[id] = Meaning(o);
            }
        }
    }

    /// <summary>The TLP of one marking reference: null when it does not restrict disclosure; TLP:RED when unknown.</summary>
    public Tlp? Of(string markingRef) =>
        Tlp2.TryGetValue(markingRef, out var t2) ? t2 : Tlp1.TryGetValue(markingRef, out var t1) ? t1 : _learned.TryGetValue(markingRef, out var learned) ? learned : Tlp.Red;

    /// <summary>The standard TLP 2.0 id a marking reference stands for, if it is a TLP marking under another id.</summary>
    public string? StandardIdFor(string markingRef) =>
        Tlp2.ContainsKey(markingRef) ? null : Tlp1.TryGetValue(markingRef, out var t1) ? t1.StixMarkingDefinitionId() : _learned.TryGetValue(markingRef, out var t) && t is { } tlp ? tlp.StixMarkingDefinitionId() : null;

    /// <summary>The most restrictive TLP of the object's own markings; null when none restricts it (unmarked).</summary>
    public Tlp? ObjectLevel(JsonObject o)
    {
        ArgumentNullException.ThrowIfNull(o);
        Tlp? level = null;
        foreach (var reference in (o["object_marking_refs"] as JsonArray ?? []).Select(r => r.Text()).OfType<string>())
        {
            if (Of(reference) is { } tlp)
            {
                level = level is { } l ? TlpLabels.MostRestrictive(l, tlp) : tlp;
            }
        }

        return level;
    }

    /// <summary>The granular markings of an object that restrict disclosure: the level and the top-level properties they select.</summary>
    public IEnumerable<(Tlp Level, IReadOnlyList<string> Properties)> Granular(JsonObject o)
    {
        ArgumentNullException.ThrowIfNull(o);
        foreach (var g in (o["granular_markings"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (g["marking_ref"].Text() is { } reference && Of(reference) is { } tlp)
            {
                // A selector like "external_references.[0].url" withholds the whole top-level property: coarser, never leakier.
                var properties = (g["selectors"] as JsonArray ?? []).Select(s => s.Text()).OfType<string>().Select(s => s.Split('.')[0]).Distinct().ToList();
                yield return (tlp, properties);
            }
        }
    }

    /// <summary>The TLP a marking-definition object stands for, or null for statements, PAP and other non-disclosure markings we recognise.</summary>
    public static Tlp? Meaning(JsonObject definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition["extensions"].Member(StixObjects.TlpExtension).Member("tlp_2_0").Text() is { } tlp2 && TlpLabels.TryParse(tlp2, out var t2))
        {
            return t2;
        }

        var kind = definition["definition_type"].Text()?.ToLowerInvariant();
        var label = definition["definition"].Member("tlp").Text() ?? definition["definition"].Member("TLP").Text()
            ?? definition["x_opencti_definition"].Text() ?? definition["name"].Text();
        if (kind == "tlp" && TlpLabels.TryParse(label, out var t))
        {
            return t;
        }

        // Some producers (txt2stix) write the label as the definition type: "TLP:GREEN".
        if (TlpLabels.TryParse(kind, out var fromKind))
        {
            return fromKind;
        }

        if (kind == "statement" || kind == "pap" || (label?.StartsWith("PAP:", StringComparison.OrdinalIgnoreCase) ?? false))
        {
            return null;
        }

        return Tlp.Red;
    }

    private static string? Type(JsonObject o) => o["type"].Text();
}
