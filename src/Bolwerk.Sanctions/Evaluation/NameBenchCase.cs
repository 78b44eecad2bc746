using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Bolwerk.Sanctions.Evaluation;

/// <summary>
/// One labelled name pair of the nomenklatura name benchmark (contrib/name_bench/cases.csv:
/// case_group, schema, name1, name2, is_match, quality, category, notes).
/// </summary>
public sealed record NameBenchCase(int Line, string Group, string Schema, string Query, string Candidate, bool IsMatch, string Quality, string Category)
{
    /// <summary>Reads the benchmark CSV; a missing column or a bad is_match is an error naming file and line.</summary>
    public static IReadOnlyList<NameBenchCase> Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        csv.ReadHeader();
        foreach (var column in new[] { "schema", "name1", "name2", "is_match" })
        {
            if (csv.HeaderRecord is null || !csv.HeaderRecord.Contains(column))
            {
                throw new FormatException($"{path}: line 1: column \"{column}\" is missing");
            }
        }

        var cases = new List<NameBenchCase>();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            var label = csv.GetField("is_match");
            var isMatch = label switch
            {
                "true" or "True" or "1" => true,
                "false" or "False" or "0" => false,
                _ => throw new FormatException($"{path}: line {line}: is_match \"{label}\" is neither true nor false"),
            };
            cases.Add(new NameBenchCase(
                line,
                csv.GetField("case_group") ?? string.Empty,
                csv.GetField("schema") ?? string.Empty,
                csv.GetField("name1") ?? string.Empty,
                csv.GetField("name2") ?? string.Empty,
                isMatch,
                csv.TryGetField("quality", out string? quality) ? quality ?? string.Empty : string.Empty,
                csv.TryGetField("category", out string? category) ? category ?? string.Empty : string.Empty));
        }

        return cases;
    }
}
