using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Bolwerk.Strategy.Data;

/// <summary>
/// NATO's "Defence Expenditure of NATO Countries" table of defence expenditure as a share of GDP
/// in its CSV shape: <c>Country,2014,…,2023,2024e</c> (a trailing "e" marks NATO's estimate), one
/// row per ally and the aggregates. Each row becomes a series "nato-defence-pct-gdp/{Country}".
/// A year column that is not a year, or a value that is not a number, is an error naming the file,
/// line and column.
/// </summary>
public static class NatoDefenceExpenditure
{
    /// <summary>The dataset key.</summary>
    public const string Dataset = "nato-defence-pct-gdp";

    /// <summary>Reads the table at <paramref name="path"/>, labelled with its <paramref name="edition"/>.</summary>
    public static IReadOnlyList<TimeSeries> Read(string path, string edition)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 1 } header || !string.Equals(header[0].Trim(), "Country", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"{path}: line 1: a header 'Country,<year>,…' is expected");
        }

        var years = new (int Year, bool Estimate)[header.Length - 1];
        for (var c = 1; c < header.Length; c++)
        {
            var label = header[c].Trim();
            var estimate = label.EndsWith('e');
            if (!int.TryParse(estimate ? label[..^1] : label, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1949 or > 2100)
            {
                throw new FormatException($"{path}: line 1, column {c + 1}: '{label}' is not a year");
            }

            years[c - 1] = (year, estimate);
        }

        var series = new List<TimeSeries>();
        while (csv.Read())
        {
            var country = csv.GetField(0)?.Trim();
            if (string.IsNullOrEmpty(country))
            {
                continue;
            }

            var observations = new List<Observation>();
            for (var c = 1; c < header.Length; c++)
            {
                var text = csv.GetField(c)?.Trim();
                if (string.IsNullOrEmpty(text))
                {
                    continue; // no figure for that year
                }

                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < 0)
                {
                    throw new FormatException($"{path}: line {csv.Parser.RawRow}, column {c + 1} ({country} {header[c].Trim()}): '{text}' is not a share of GDP");
                }

                observations.Add(new Observation(years[c - 1].Year, value, years[c - 1].Estimate));
            }

            series.Add(new TimeSeries($"{Dataset}/{country}", "NATO, Defence Expenditure of NATO Countries", edition, observations));
        }

        return series;
    }
}
