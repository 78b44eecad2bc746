using Bolwerk.Strategy.Data;

namespace Bolwerk.Strategy.Indicators;

/// <summary>
/// Turns one edition of supply shares into the strategy's dependency series: how many
/// material-stage pairs are above the Commission's HHI threshold, and how many depend on one
/// third country for more than the CRM Act's 65 %. One edition is one observation; a later study
/// given beside it adds the next point.
/// </summary>
public static class CrmDependencySeries
{
    /// <summary>The dataset key.</summary>
    public const string Dataset = "eu-crm-dependencies";

    /// <summary>Key of the count of pairs above HHI 0.4.</summary>
    public const string HhiAboveThreshold = Dataset + "/hhi-above-0.4";

    /// <summary>Key of the count of pairs with one third country above 65 %.</summary>
    public const string SingleThirdCountryAboveCap = Dataset + "/single-third-country-above-65pct";

    /// <summary>Both series from the editions given, one observation per (year, shares).</summary>
    public static IReadOnlyList<TimeSeries> From(IEnumerable<(int Year, string Edition, IReadOnlyList<SupplyShare> Shares)> editions)
    {
        ArgumentNullException.ThrowIfNull(editions);
        var hhi = new List<Observation>();
        var cap = new List<Observation>();
        var names = new List<string>();
        foreach (var (year, edition, shares) in editions.OrderBy(e => e.Year))
        {
            var results = SupplyConcentration.Analyse(shares);
            hhi.Add(new Observation(year, results.Count(r => r.AboveHhiThreshold), false));
            cap.Add(new Observation(year, results.Count(r => r.AboveSingleCountryCap), false));
            names.Add(edition);
        }

        var source = "European Commission CRM supply shares, concentration computed by Bolwerk";
        var label = string.Join("; ", names);
        return [new TimeSeries(HhiAboveThreshold, source, label, hhi), new TimeSeries(SingleThirdCountryAboveCap, source, label, cap)];
    }
}
