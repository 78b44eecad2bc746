using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bolwerk.Grading;

/// <summary>Writes an <see cref="AdmiraltyGrade"/> as its two-character text, e.g. "B2", and reads it back.</summary>
public sealed class AdmiraltyGradeJsonConverter : JsonConverter<AdmiraltyGrade>
{
    /// <inheritdoc/>
    public override AdmiraltyGrade Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        AdmiraltyGrade.TryParse(reader.GetString(), out var grade)
            ? grade
            : throw new JsonException($"'{reader.GetString()}' is not an Admiralty grade: expected a letter A-F and a digit 1-6, e.g. B2.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, AdmiraltyGrade value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
