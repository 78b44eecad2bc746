using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Bolwerk.Strategy.Data;

/// <summary>
/// Series from a table in long form — one row per entity and year — as Our World in Data
/// (<c>Entity,Code,Year,&lt;indicator&gt;,…</c>) and the World Bank's data packages
/// (<c>Country Name,Country Code,Year,Value</c>) publish them. Each entity becomes a series
/// "{dataset}/{entity}"; the ISO3 code is kept beside it so tables that spell names differently
/// can be joined. A year or value that is not a number is an error naming file, line and column.
/// </summary>
public static class LongTableSeries
{
    /// <summary>One entity's series with its ISO3 code (empty for aggregates such as "World").</summary>
    public sealed record Entity(string Name, string Iso3, TimeSeries Series);

    /// <summary>The SIPRI military expenditure (% of GDP) dataset key.</summary>
    public const string SipriDataset = "sipri-milex-pct-gdp";

    /// <summary>The World Bank GDP (current US$) dataset key.</summary>
    public const string WorldBankGdpDataset = "worldbank-gdp-usd";

    /// <summary>The edition of the shipped World Bank GDP table.</summary>
    public const string ShippedWorldBankEdition = "World Bank GDP (current US$) 1960-2023, datahub datasets/gdp 2026-03-20";

    private static readonly Lazy<IReadOnlyList<Entity>> ShippedGdp = new(() =>
    {
        using var reader = ShippedData.Reader(ShippedData.WorldBankGdp);
        return ReadWorldBankGdp(reader, "data/strategy/worldbank/worldbank_gdp_current_usd.csv", ShippedWorldBankEdition);
    });

    /// <summary>The shipped World Bank GDP table.</summary>
    public static IReadOnlyList<Entity> ShippedWorldBankGdp => ShippedGdp.Value;

    /// <summary>SIPRI military expenditure as % of GDP in OWID's grapher download (<c>Entity,Code,Year,Military expenditure (% of GDP),…</c>).</summary>
    public static IReadOnlyList<Entity> ReadSipri(string path, string edition)
    {
        using var reader = new StreamReader(path);
        return ReadSipri(reader, path, edition);
    }

    /// <summary>As <see cref="ReadSipri(string, string)"/> from a reader; <paramref name="path"/> names it in errors.</summary>
    public static IReadOnlyList<Entity> ReadSipri(TextReader reader, string path, string edition) =>
        Read(reader, path, SipriDataset, "SIPRI Military Expenditure Database (via Our World in Data)", edition, "Entity", "Code", "Year", valueColumn: 3);

    /// <summary>World Bank GDP in current US$ (indicator NY.GDP.MKTP.CD) as the datahub/World Bank package writes it.</summary>
    public static IReadOnlyList<Entity> ReadWorldBankGdp(string path, string edition)
    {
        using var reader = new StreamReader(path);
        return ReadWorldBankGdp(reader, path, edition);
    }

    /// <summary>As <see cref="ReadWorldBankGdp(string, string)"/> from a reader; <paramref name="path"/> names it in errors.</summary>
    public static IReadOnlyList<Entity> ReadWorldBankGdp(TextReader reader, string path, string edition) =>
        Read(reader, path, WorldBankGdpDataset, "World Bank, GDP (current US$), NY.GDP.MKTP.CD", edition, "Country Name", "Country Code", "Year", valueColumn: 3);

    private static List<Entity> Read(TextReader reader, string path, string dataset, string source, string edition, string entityColumn, string codeColumn, string yearColumn, int valueColumn)
    {
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header || header.Length <= valueColumn)
        {
            throw new FormatException($"{path}: line 1: a header '{entityColumn},{codeColumn},{yearColumn},<value>' is expected");
        }

        foreach (var column in new[] { entityColumn, codeColumn, yearColumn })
        {
            if (!header.Contains(column))
            {
                throw new FormatException($"{path}: line 1: column '{column}' is missing");
            }
        }

        var rows = new Dictionary<string, (string Iso3, List<Observation> Observations)>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var name = csv.GetField(entityColumn)?.Trim() ?? string.Empty;
            var yearText = csv.GetField(yearColumn)?.Trim();
            var valueText = csv.GetField(valueColumn)?.Trim();
            if (name.Length == 0 || string.IsNullOrEmpty(valueText))
            {
                continue; // no figure
            }

            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1800 or > 2100)
            {
                throw new FormatException($"{path}: line {csv.Parser.RawRow}, {yearColumn}: '{yearText}' is not a year");
            }

            if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                throw new FormatException($"{path}: line {csv.Parser.RawRow}, {header[valueColumn]}: '{valueText}' is not a number");
            }

            if (!rows.TryGetValue(name, out var entity))
            {
                rows[name] = entity = (csv.GetField(codeColumn)?.Trim() ?? string.Empty, []);
            }

            entity.Observations.Add(new Observation(year, value, false));
        }

        return [.. rows.Select(r => new Entity(r.Key, r.Value.Iso3, new TimeSeries($"{dataset}/{r.Key}", source, edition, [.. r.Value.Observations.OrderBy(o => o.Year)])))];
    }
}
