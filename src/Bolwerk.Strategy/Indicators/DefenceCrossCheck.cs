using Bolwerk.Identifiers;
using Bolwerk.Strategy.Data;

namespace Bolwerk.Strategy.Indicators;

/// <summary>One ally's defence share of GDP in one year by NATO and by SIPRI, and what the gap amounts to.</summary>
/// <param name="Country">The name as NATO writes it.</param>
/// <param name="Year">The year compared.</param>
/// <param name="Nato">NATO's figure, % of GDP.</param>
/// <param name="NatoEstimate">NATO marks it an estimate.</param>
/// <param name="Sipri">SIPRI's figure, % of GDP.</param>
/// <param name="GapUsd">(NATO − SIPRI) × GDP in current US$, when the World Bank has that year's GDP.</param>
public sealed record DefenceComparison(string Country, int Year, double Nato, bool NatoEstimate, double Sipri, double? GapUsd)
{
    /// <summary>NATO minus SIPRI, percentage points.</summary>
    public double GapPoints => Nato - Sipri;
}

/// <summary>
/// NATO's and SIPRI's defence shares of GDP side by side. They differ by definition (NATO counts
/// e.g. pensions and some aid to Ukraine by its own rules; SIPRI applies one definition to all) and
/// by GDP vintage, so a gap is expected; a large or changing gap is worth a note in the report.
/// Countries are joined by resolving both tables' names to ISO codes.
/// </summary>
public static class DefenceCrossCheck
{
    /// <summary>Every ally NATO and SIPRI both give a figure for in <paramref name="year"/>, largest gap first.</summary>
    public static IReadOnlyList<DefenceComparison> Compare(IEnumerable<TimeSeries> nato, IEnumerable<LongTableSeries.Entity> sipri, IEnumerable<LongTableSeries.Entity>? gdp, int year)
    {
        ArgumentNullException.ThrowIfNull(nato);
        ArgumentNullException.ThrowIfNull(sipri);
        var sipriByCode = ByCode(sipri);
        var gdpByCode = gdp is null ? [] : ByCode(gdp);
        var comparisons = new List<DefenceComparison>();
        foreach (var series in nato)
        {
            var name = series.Key[(series.Key.IndexOf('/', StringComparison.Ordinal) + 1)..];
            if (!Countries.TryResolve(name, out var country) || series.In(year) is not { } n || !sipriByCode.TryGetValue(country.Alpha2, out var s) || s.Series.In(year) is not { } si)
            {
                continue; // an aggregate, or no figure on one side
            }

            double? gap = gdpByCode.TryGetValue(country.Alpha2, out var g) && g.Series.In(year) is { } gdpYear ? (n.Value - si.Value) / 100 * gdpYear.Value : null;
            comparisons.Add(new DefenceComparison(name, year, n.Value, n.Estimate, si.Value, gap));
        }

        return [.. comparisons.OrderByDescending(c => Math.Abs(c.GapPoints)).ThenBy(c => c.Country, StringComparer.Ordinal)];
    }

    private static Dictionary<string, LongTableSeries.Entity> ByCode(IEnumerable<LongTableSeries.Entity> entities)
    {
        var byCode = new Dictionary<string, LongTableSeries.Entity>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (Countries.TryResolve(e.Name, out var c))
            {
                byCode.TryAdd(c.Alpha2, e);
            }
        }

        return byCode;
    }
}
