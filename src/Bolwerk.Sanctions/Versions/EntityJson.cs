using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Bolwerk.Sanctions.Model;

namespace Bolwerk.Sanctions.Versions;

/// <summary>
/// The canonical JSON of an entity (camelCase, properties in declaration order, nulls left out)
/// and its SHA-256: how list versions store entities and tell a changed entry from an unchanged one.
/// </summary>
public static class EntityJson
{
    /// <summary>The entity as canonical JSON.</summary>
    public static string Write(SanctionedEntity entity) => JsonSerializer.Serialize(entity, EntityJsonContext.Default.SanctionedEntity);

    /// <summary>Reads an entity written by <see cref="Write"/>.</summary>
    public static SanctionedEntity Read(string json) =>
        JsonSerializer.Deserialize(json, EntityJsonContext.Default.SanctionedEntity) ?? throw new JsonException("an entity was null");

    /// <summary>SHA-256 of the canonical JSON, lower-case hex.</summary>
    public static string Digest(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
}

/// <summary>Source-generated serializer for the entity model.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SanctionedEntity))]
internal sealed partial class EntityJsonContext : JsonSerializerContext;
