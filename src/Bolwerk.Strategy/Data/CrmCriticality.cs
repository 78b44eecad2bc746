using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Bolwerk.Strategy.Data;

/// <summary>A material's scores in one Commission criticality assessment (supply risk, economic importance).</summary>
public sealed record CriticalityScore(string Material, int Year, double SupplyRisk, double EconomicImportance)
{
    /// <summary>The Commission's thresholds: supply risk ≥ 1 and economic importance ≥ 2.8.</summary>
    public bool MeetsThresholds => SupplyRisk >= CrmCriticality.SupplyRiskThreshold && EconomicImportance >= CrmCriticality.EconomicImportanceThreshold;
}

/// <summary>
/// The supply-risk (SR) and economic-importance (EI) scores of every EU criticality assessment
/// (2011, 2014, 2017, 2020, 2023) in the study's CSV shape <c>Material,Year,SR,EI</c>; "-" means
/// not assessed that year and is left out. The methodology changed in 2017, so scores before and
/// after are not strictly comparable; reports say so.
/// </summary>
public static class CrmCriticality
{
    /// <summary>Supply-risk threshold of the EU methodology.</summary>
    public const double SupplyRiskThreshold = 1.0;

    /// <summary>Economic-importance threshold of the EU methodology.</summary>
    public const double EconomicImportanceThreshold = 2.8;

    private static readonly string[] Columns = ["Material", "Year", "SR", "EI"];

    private static readonly Lazy<IReadOnlyList<CriticalityScore>> ShippedScores = new(() =>
    {
        using var reader = ShippedData.Reader(ShippedData.CrmCriticalityOverTime);
        return Read(reader, "data/strategy/eu_crm_2023/dimension_CRMsOverTime.csv");
    });

    /// <summary>The shipped scores 2011–2023.</summary>
    public static IReadOnlyList<CriticalityScore> Shipped => ShippedScores.Value;

    /// <summary>Reads scores; <paramref name="path"/> names the source in errors (file, line, column).</summary>
    public static IReadOnlyList<CriticalityScore> Read(TextReader reader, string path)
    {
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null || Columns.FirstOrDefault(h => !csv.HeaderRecord.Contains(h)) is not null)
        {
            throw new FormatException($"{path}: line 1: the header needs Material,Year,SR,EI");
        }

        var scores = new List<CriticalityScore>();
        while (csv.Read())
        {
            var (sr, ei) = (csv.GetField("SR")?.Trim() ?? string.Empty, csv.GetField("EI")?.Trim() ?? string.Empty);
            if (sr == "-" || ei == "-" || sr.Length == 0 || ei.Length == 0)
            {
                continue; // not assessed in that year
            }

            scores.Add(new CriticalityScore(csv.GetField("Material")!.Trim(), Number(csv, path, "Year"), Score(csv, path, "SR", sr), Score(csv, path, "EI", ei)));
        }

        return scores;
    }

    private static int Number(CsvReader csv, string path, string column) =>
        int.TryParse(csv.GetField(column), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100
            ? year
            : throw new FormatException($"{path}: line {csv.Parser.RawRow}, {column}: '{csv.GetField(column)}' is not a year");

    private static double Score(CsvReader csv, string path, string column, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0
            ? value
            : throw new FormatException($"{path}: line {csv.Parser.RawRow}, {column}: '{text}' is not a score");
}
