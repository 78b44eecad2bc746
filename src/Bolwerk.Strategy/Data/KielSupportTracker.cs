using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Bolwerk.Strategy.Data;

/// <summary>One donor's aid in one month, EUR bn (Kiel's allocations unless named commitments).</summary>
public sealed record DonorMonth(string Donor, string Iso, int Year, int Month, double Total, double Financial, double Humanitarian, double Military, double Commitments, double ToBeAllocated, double Gdp2021);

/// <summary>An EU member's aid with its attributed share of EU-institution aid, % of 2021 GDP (Kiel's key).</summary>
public sealed record EuAidShare(string Country, string Iso, double BilateralPctGdp, double EuSharePctGdp, double TotalPctGdp, double EuShareBn);

/// <summary>Military aid of all donors in one month by how it was sourced, EUR bn; PURL is NATO's Prioritized Ukraine Requirements List.</summary>
public sealed record MilitarySourcingMonth(int Year, int Month, double Stockpile, double Procurement, double Unspecified, double NatoPurl);

/// <summary>One release of the Kiel Institute's Ukraine Support Tracker.</summary>
/// <param name="Release">Release number ("29").</param>
/// <param name="Period">Last month covered (MM/YYYY).</param>
/// <param name="Published">Publication date.</param>
/// <param name="Label">Kiel's label, named in reports.</param>
/// <param name="Donors">Donor × month rows (41 governments and "EU (Commission and Council)" in release 29).</param>
/// <param name="EuShares">EU-aid attribution to the EU27.</param>
/// <param name="MilitarySourcing">Monthly military aid by sourcing, incl. NATO PURL (empty when the file is absent).</param>
public sealed record KielRelease(string Release, string Period, DateOnly Published, string Label, IReadOnlyList<DonorMonth> Donors, IReadOnlyList<EuAidShare> EuShares, IReadOnlyList<MilitarySourcingMonth> MilitarySourcing)
{
    /// <summary>The donor that stands for the EU institutions, not a government.</summary>
    public const string EuInstitutions = "EU (Commission and Council)";

    /// <summary>The last (year, month) the release covers.</summary>
    public (int Year, int Month) LastMonth
    {
        get
        {
            var parts = Period.Split('/');
            return (int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[0], CultureInfo.InvariantCulture));
        }
    }
}

/// <summary>
/// Reads a Kiel Ukraine Support Tracker release directory in the shape the Kiel Institute
/// publishes for its tracker website (<c>data_explorer.csv</c>, <c>eu_aid_shares.csv</c>,
/// <c>release_info.csv</c>, optionally <c>procurement_trends.csv</c>). A missing column, or a
/// value that is not a number, is an error naming file, line and column.
/// </summary>
public static class KielSupportTracker
{
    /// <summary>Reads the release in <paramref name="directory"/>.</summary>
    public static KielRelease Read(string directory)
    {
        var infoFile = Path.Combine(directory, "release_info.csv");
        var rows = Rows(infoFile, ["release", "period", "date", "label"], r => (Release: r.Field("release"), Period: r.Field("period"), Date: r.Field("date"), Label: r.Field("label")));
        if (rows is not [var info, ..])
        {
            throw new FormatException($"{infoFile}: line 2: no release row");
        }

        if (!DateOnly.TryParseExact(info.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var published))
        {
            throw new FormatException($"{infoFile}: line 2, date: '{info.Date}' is not a date (yyyy-MM-dd)");
        }

        if (info.Period.Split('/') is not [var m, var y] || !int.TryParse(m, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12 || !int.TryParse(y, CultureInfo.InvariantCulture, out _))
        {
            throw new FormatException($"{infoFile}: line 2, period: '{info.Period}' is not MM/YYYY");
        }

        var donors = Rows(Path.Combine(directory, "data_explorer.csv"), ["country", "iso", "year", "month", "total", "financial", "humanitarian", "military", "commitments", "to_be_allocated", "gdp"],
            r => new DonorMonth(r.Field("country"), r.Field("iso"), (int)r.Number("year"), (int)r.Number("month"), r.Number("total"), r.Number("financial"), r.Number("humanitarian"),
                r.Number("military"), r.Number("commitments"), r.Number("to_be_allocated"), r.Number("gdp")));
        var euShares = Rows(Path.Combine(directory, "eu_aid_shares.csv"), ["country", "iso", "bilateral_pct_gdp", "eu_share_pct_gdp", "total_pct_gdp", "eu_share_bn"],
            r => new EuAidShare(r.Field("country"), r.Field("iso"), r.Number("bilateral_pct_gdp"), r.Number("eu_share_pct_gdp"), r.Number("total_pct_gdp"), r.Number("eu_share_bn")));
        var sourcingFile = Path.Combine(directory, "procurement_trends.csv");
        var sourcing = File.Exists(sourcingFile)
            ? Rows(sourcingFile, ["year", "month", "stockpile", "procurement", "unspecified", "nato_purl"],
                r => new MilitarySourcingMonth((int)r.Number("year"), (int)r.Number("month"), r.Number("stockpile"), r.Number("procurement"), r.Number("unspecified"), r.Number("nato_purl")))
            : [];
        return new KielRelease(info.Release, info.Period, published, info.Label, donors, euShares, sourcing);
    }

    private static List<T> Rows<T>(string path, string[] columns, Func<Row, T> map)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: the Kiel release file is missing", path);
        }

        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            throw new FormatException($"{path}: line 1: no header");
        }

        foreach (var column in columns)
        {
            if (!csv.HeaderRecord.Contains(column))
            {
                throw new FormatException($"{path}: line 1: column '{column}' is missing");
            }
        }

        var rows = new List<T>();
        while (csv.Read())
        {
            rows.Add(map(new Row(csv, path)));
        }

        return rows;
    }

    /// <summary>One CSV row that names file, line and column in its errors.</summary>
    private readonly struct Row(CsvReader csv, string path)
    {
        public string Field(string column) => csv.GetField(column)?.Trim() ?? string.Empty;

        public double Number(string column)
        {
            var text = Field(column);
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
                ? value
                : throw new FormatException($"{path}: line {csv.Parser.RawRow}, {column}: '{text}' is not a number");
        }
    }
}
