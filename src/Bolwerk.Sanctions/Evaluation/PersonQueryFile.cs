using System.Globalization;
using System.IO.Compression;
using Bolwerk.Sanctions.Screening;
using CsvHelper;
using CsvHelper.Configuration;

namespace Bolwerk.Sanctions.Evaluation;

/// <summary>
/// Reads the yente candidate-generation benchmark files (`full_name, first_name, middle_name,
/// last_name, gender, date_of_birth, place_of_birth, nationality`; plain or .gz) as person
/// screening queries: the labelled positives (UN-listed people) and the synthetic negatives.
/// </summary>
public static class PersonQueryFile
{
    /// <summary>The queries of <paramref name="path"/>; with <paramref name="withFacts"/> false, names only.</summary>
    public static IReadOnlyList<ScreeningQuery> Read(string path, bool withFacts = true)
    {
        using var stream = File.OpenRead(path);
        using var decompressed = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(stream, CompressionMode.Decompress) : (Stream)stream;
        using var reader = new StreamReader(decompressed);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        csv.ReadHeader();
        if (csv.HeaderRecord is null || !csv.HeaderRecord.Contains("full_name"))
        {
            throw new FormatException($"{path}: line 1: column \"full_name\" is missing");
        }

        var queries = new List<ScreeningQuery>();
        while (csv.Read())
        {
            var name = csv.GetField("full_name");
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new FormatException($"{path}: line {csv.Parser.RawRow}: full_name is empty");
            }

            queries.Add(new ScreeningQuery
            {
                Id = csv.Parser.RawRow.ToString(CultureInfo.InvariantCulture),
                Name = name,
                Schema = "Person",
                BirthDate = withFacts && csv.TryGetField("date_of_birth", out string? birth) && !string.IsNullOrWhiteSpace(birth) ? birth : null,
                Country = withFacts && csv.TryGetField("nationality", out string? nationality) && !string.IsNullOrWhiteSpace(nationality) ? nationality : null,
            });
        }

        return queries;
    }
}
