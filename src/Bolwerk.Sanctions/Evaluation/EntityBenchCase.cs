using Bolwerk.Sanctions.Model;
using Bolwerk.Sanctions.Screening;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Bolwerk.Sanctions.Evaluation;

/// <summary>
/// One labelled entity pair of the nomenklatura entity benchmark (contrib/entity_bench/checks.yml):
/// a query and a candidate given as FtM properties (name, or firstName/middleName/fatherName/lastName,
/// birthDate, country …), the schema, and whether they are the same.
/// </summary>
public sealed record EntityBenchCase(int Index, string Schema, IReadOnlyDictionary<string, string> Query, IReadOnlyDictionary<string, string> Candidate, bool IsMatch)
{
    private static readonly string[] NameParts = ["firstName", "middleName", "fatherName", "lastName"];

    /// <summary>Reads the checks file; a check without match, schema, query or candidate is an error naming the file and the check.</summary>
    public static IReadOnlyList<EntityBenchCase> Read(string path)
    {
        ChecksFile file;
        try
        {
            file = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).IgnoreUnmatchedProperties().Build().Deserialize<ChecksFile>(File.ReadAllText(path));
        }
        catch (YamlException e)
        {
            throw new FormatException($"{path}: line {e.Start.Line}, column {e.Start.Column}: {e.Message}", e);
        }

        var cases = new List<EntityBenchCase>();
        for (var i = 0; i < file.Checks.Count; i++)
        {
            var check = file.Checks[i];
            if (check.Match is null || check.Schema is null || check.Query is null || check.Candidate is null)
            {
                throw new FormatException($"{path}: check {i + 1}: match, schema, query and candidate are required");
            }

            cases.Add(new EntityBenchCase(i + 1, check.Schema, check.Query, check.Candidate, check.Match.Value));
        }

        return cases;
    }

    /// <summary>The query side as a screening query.</summary>
    public ScreeningQuery ToQuery() => new()
    {
        Name = FullName(Query),
        Schema = Schema,
        Country = Query.GetValueOrDefault("country") ?? Query.GetValueOrDefault("nationality"),
        BirthDate = Query.GetValueOrDefault("birthDate"),
        Imo = Query.GetValueOrDefault("imoNumber"),
        Mmsi = Query.GetValueOrDefault("mmsi"),
    };

    /// <summary>The candidate side as a listed entity.</summary>
    public SanctionedEntity ToEntity() => new()
    {
        Id = "check-" + Index,
        Schema = Schema,
        Names = [FullName(Candidate)],
        Countries = Values(Candidate, "country"),
        Nationalities = Values(Candidate, "nationality"),
        BirthDates = Values(Candidate, "birthDate"),
        Identifiers = [.. Values(Candidate, "imoNumber").Select(v => new EntityIdentifier("IMO", v)), .. Values(Candidate, "mmsi").Select(v => new EntityIdentifier("MMSI", v))],
        Source = "entity_bench",
    };

    private static string FullName(IReadOnlyDictionary<string, string> properties) =>
        properties.GetValueOrDefault("name")
        ?? string.Join(' ', NameParts.Select(properties.GetValueOrDefault).OfType<string>());

    private static string[] Values(IReadOnlyDictionary<string, string> properties, string key) =>
        properties.TryGetValue(key, out var value) ? [value] : [];

    private sealed class ChecksFile
    {
        public List<Check> Checks { get; set; } = [];
    }

    private sealed class Check
    {
        public bool? Match { get; set; }

        public string? Schema { get; set; }

        public Dictionary<string, string>? Query { get; set; }

        public Dictionary<string, string>? Candidate { get; set; }
    }
}
