using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bolwerk.Marking;

namespace Bolwerk.Sharing;

/// <summary>
/// Building blocks of the STIX 2.1 bundles Bolwerk writes (case files, detected networks): common
/// properties in one place, every object marked with its TLP 2.0 marking definition, and the
/// marking definitions themselves as OASIS publishes them.
/// </summary>
public static class StixObjects
{
    /// <summary>The OASIS TLP 2.0 extension definition.</summary>
    public const string TlpExtension = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

    /// <summary>Serialisation of bundles: indented, non-ASCII kept readable.</summary>
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>An object with the common properties, <paramref name="properties"/> (null values left out) and its marking.</summary>
    public static JsonObject Create(string type, string id, string created, string modified, Tlp tlp, string? createdBy, JsonObject properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var o = new JsonObject { ["type"] = type, ["spec_version"] = "2.1", ["id"] = id, ["created"] = created, ["modified"] = modified };
        if (createdBy is not null)
        {
            o["created_by_ref"] = createdBy;
        }

        foreach (var (key, value) in properties.ToList())
        {
            properties.Remove(key);
            if (value is not null)
            {
                o[key] = value;
            }
        }

        o["object_marking_refs"] = new JsonArray(tlp.StixMarkingDefinitionId());
        return o;
    }

    /// <summary>A relationship with a stable id from its type and ends.</summary>
    public static JsonObject Relationship(string type, string source, string target, Tlp tlp, string createdBy, string at, int? confidence, string? description = null)
    {
        var properties = new JsonObject { ["relationship_type"] = type, ["source_ref"] = source, ["target_ref"] = target, ["description"] = description };
        if (confidence is { } value)
        {
            properties["confidence"] = value;
        }

        return Create("relationship", StixIds.For("relationship", $"{type}:{source}:{target}"), at, at, tlp, createdBy, properties);
    }

    /// <summary>
    /// A DISARM technique as an attack-pattern: its id under source "DISARM" (DISARM.json files them
    /// under "mitre-attack", which would mix them with ATT&amp;CK ids), with the page when known.
    /// </summary>
    public static JsonObject DisarmAttackPattern(string stixId, string techniqueId, string name, string? description, Uri? page, string at, Tlp tlp, string createdBy)
    {
        var reference = new JsonObject { ["source_name"] = "DISARM", ["external_id"] = techniqueId };
        if (page is not null)
        {
            reference["url"] = page.ToString();
        }

        return Create("attack-pattern", stixId, at, at, tlp, createdBy, new() { ["name"] = name, ["description"] = description, ["external_references"] = new JsonArray(reference) });
    }

    /// <summary>The TLP 2.0 marking definition, as OASIS publishes it (fixed id, created 2022-10-01).</summary>
    public static JsonObject MarkingDefinition(Tlp tlp) => new()
    {
        ["type"] = "marking-definition",
        ["spec_version"] = "2.1",
        ["id"] = tlp.StixMarkingDefinitionId(),
        ["created"] = "2022-10-01T00:00:00.000Z",
        ["name"] = tlp.ToLabel(),
        ["extensions"] = new JsonObject
        {
            [TlpExtension] = new JsonObject { ["extension_type"] = "property-extension", ["tlp_2_0"] = tlp.ToLabel()["TLP:".Length..].ToLowerInvariant() },
        },
    };

    /// <summary>A STIX timestamp (UTC, milliseconds).</summary>
    public static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
