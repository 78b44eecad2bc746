using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;

namespace Bolwerk.Sanctions.Screening;

/// <summary>
/// Reads a batch of screening queries: CSV with a header, or JSON lines, with the fields
/// <c>id, name, schema, country, birthDate, imo</c> (and <c>mmsi</c>); only <c>name</c> is required.
/// A row without a name, or a line that is not a JSON object, is an error naming the file and line.
/// </summary>
public static class ScreeningQueryFile
{
    /// <summary>The queries of <paramref name="path"/>, in file order (JSON lines when it ends in .jsonl/.ndjson or starts with '{').</summary>
    public static IReadOnlyList<ScreeningQuery> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"query file '{path}' does not exist", path);
        }

        using var reader = new StreamReader(path);
        var jsonLines = path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)
            || (char)reader.Peek() == '{';
        return jsonLines ? ReadJsonLines(path, reader) : ReadCsv(path, reader);
    }

    private static List<ScreeningQuery> ReadCsv(string path, StreamReader reader)
    {
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant() });
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null || !csv.HeaderRecord.Any(h => h.Trim().Equals("name", StringComparison.OrdinalIgnoreCase)))
        {
            throw new FormatException($"{path}: line 1: a header with a 'name' column is required (id,name,schema,country,birthDate,imo)");
        }

        var queries = new List<ScreeningQuery>();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            queries.Add(Query(path, line, Field(csv, "id"), Field(csv, "name"), Field(csv, "schema"), Field(csv, "country"), Field(csv, "birthdate"), Field(csv, "imo"), Field(csv, "mmsi")));
        }

        return queries;
    }

    private static List<ScreeningQuery> ReadJsonLines(string path, StreamReader reader)
    {
        var queries = new List<ScreeningQuery>();
        var line = 0L;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            JsonElement root;
            try
            {
                using var document = JsonDocument.Parse(text);
                root = document.RootElement.Clone();
            }
            catch (JsonException e)
            {
                throw new FormatException($"{path}: line {line}, byte {e.BytePositionInLine}: not JSON ({e.Message})", e);
            }

            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException($"{path}: line {line}: a JSON object is expected");
            }

            queries.Add(Query(path, line, Property(path, line, root, "id"), Property(path, line, root, "name"), Property(path, line, root, "schema"),
                Property(path, line, root, "country"), Property(path, line, root, "birthDate"), Property(path, line, root, "imo"), Property(path, line, root, "mmsi")));
        }

        return queries;
    }

    private static ScreeningQuery Query(string path, long line, string? id, string? name, string? schema, string? country, string? birthDate, string? imo, string? mmsi)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new FormatException($"{path}: line {line}, field name: a name is required");
        }

        return new ScreeningQuery
        {
            Id = Blank(id),
            Name = name.Trim(),
            Schema = Blank(schema),
            Country = Blank(country),
            BirthDate = Blank(birthDate),
            Imo = Blank(imo),
            Mmsi = Blank(mmsi),
        };
    }

    private static string? Field(CsvReader csv, string name) => csv.TryGetField(name, out string? value) ? value : null;

    private static string? Property(string path, long line, JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new FormatException($"{path}: line {line}, field {name}: a string is expected"),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
