using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Bolwerk.Strategy.Data;

/// <summary>One supplier's share of a material at a stage (E extraction, P processing).</summary>
public sealed record SupplyShare(string Material, string Stage, string Country, double Share);

/// <summary>
/// The European Commission's CRM study 2023 supply-share tables in their CSV shape
/// (<c>Material,Stage,Country,Share,t</c>, shares as "12%" or "&lt;0.1%"). "&lt;0.1%" is read as
/// 0.05 %, a bare number as a percentage. A share that is not a number or a stage other than E/P
/// is an error naming file and line.
/// </summary>
public static class CrmSupplyShares
{
    /// <summary>The edition shipped in data/strategy/eu_crm_2023 (embedded).</summary>
    public const string ShippedEdition = "European Commission, Study on the critical raw materials for the EU 2023 (EU sourcing shares)";

    /// <summary>The global-supply view of the shipped edition.</summary>
    public const string ShippedGlobalEdition = "European Commission, Study on the critical raw materials for the EU 2023 (global supply shares)";

    /// <summary>The year the shipped edition describes.</summary>
    public const int ShippedYear = 2023;

    private static readonly Lazy<IReadOnlyList<SupplyShare>> ShippedShares = new(() =>
    {
        using var reader = ShippedData.Reader(ShippedData.CrmSupplyShares2023);
        return Read(reader, "data/strategy/eu_crm_2023/fact_EUSupplyShares_and_t.csv");
    });

    private static readonly Lazy<IReadOnlyList<SupplyShare>> ShippedGlobalShares = new(() =>
    {
        using var reader = ShippedData.Reader(ShippedData.CrmGlobalSupplyShares2023);
        return Read(reader, "data/strategy/eu_crm_2023/fact_GlobalSupplyShares_and_t.csv");
    });

    /// <summary>The shipped 2023 supply shares (EU sourcing: where the EU buys).</summary>
    public static IReadOnlyList<SupplyShare> Shipped => ShippedShares.Value;

    /// <summary>The shipped 2023 global supply shares (where the world's supply comes from).</summary>
    public static IReadOnlyList<SupplyShare> ShippedGlobal => ShippedGlobalShares.Value;

    /// <summary>Reads the table at <paramref name="path"/>.</summary>
    public static IReadOnlyList<SupplyShare> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads a table from <paramref name="reader"/>; <paramref name="path"/> names it in errors.</summary>
    public static IReadOnlyList<SupplyShare> Read(TextReader reader, string path)
    {
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read();
        csv.ReadHeader();
        foreach (var column in new[] { "Material", "Stage", "Country", "Share" })
        {
            if (csv.HeaderRecord is null || !csv.HeaderRecord.Contains(column))
            {
                throw new FormatException($"{path}: line 1: column '{column}' is missing");
            }
        }

        var shares = new List<SupplyShare>();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            var stage = csv.GetField("Stage")?.Trim() ?? string.Empty;
            if (stage is not ("E" or "P"))
            {
                throw new FormatException($"{path}: line {line}, Stage: '{stage}' is not E (extraction) or P (processing)");
            }

            var text = csv.GetField("Share")?.Trim() ?? string.Empty;
            double share;
            if (text.StartsWith('<'))
            {
                share = 0.0005; // "<0.1%": half the bound, as the study's own totals imply
            }
            // A bare number is a percentage too: the study's table has one unmarked value ("Silicon metal,P,Germany,6").
            else if (!double.TryParse(text.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out share) || share is < 0 or > 100)
            {
                throw new FormatException($"{path}: line {line}, Share: '{text}' is not a percentage");
            }
            else
            {
                share /= 100;
            }

            shares.Add(new SupplyShare(csv.GetField("Material")!.Trim(), stage, csv.GetField("Country")!.Trim(), share));
        }

        return shares;
    }
}
