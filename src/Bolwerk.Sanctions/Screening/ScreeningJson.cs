using System.Text.Json;

namespace Bolwerk.Sanctions.Screening;

/// <summary>
/// Writes screening results in the command-line contract's shape (docs/cli.md, "sanctions
/// screen"): one object per query, <c>{"query": …, "matches": [{"entityId", "name", "schema",
/// "score", "matchedName", "programs", "explanation", "source", "ofacScore"}]}</c>, matches best first.
/// </summary>
public static class ScreeningJson
{
    /// <summary>Writes the result of one query as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, ScreeningQuery query, IReadOnlyList<ScreeningMatch> matches)
    {
        writer.WriteStartObject();
        writer.WriteString("query", query.Label);
        writer.WriteStartArray("matches");
        foreach (var match in matches)
        {
            writer.WriteStartObject();
            writer.WriteString("entityId", match.EntityId);
            writer.WriteString("name", match.Name);
            writer.WriteString("schema", match.Schema);
            writer.WriteNumber("score", match.Score);
            writer.WriteString("matchedName", match.MatchedName);
            writer.WriteStartArray("programs");
            foreach (var program in match.Programs)
            {
                writer.WriteStringValue(program);
            }

            writer.WriteEndArray();
            writer.WriteString("explanation", match.Explanation);
            writer.WriteString("source", match.Source);
            writer.WriteNumber("ofacScore", match.OfacScore);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
