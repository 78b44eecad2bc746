using Bolwerk.Strategy.Data;

namespace Bolwerk.Strategy.Indicators;

/// <summary>One government donor's aid to Ukraine over a whole Kiel release.</summary>
/// <param name="Donor">Donor name as Kiel writes it.</param>
/// <param name="Iso">ISO 3166 alpha-3 code.</param>
/// <param name="Allocated">Aid allocated, EUR bn (Kiel's headline measure).</param>
/// <param name="Military">Military part of it.</param>
/// <param name="Financial">Financial part.</param>
/// <param name="Humanitarian">Humanitarian part.</param>
/// <param name="Committed">Aid committed, EUR bn.</param>
/// <param name="Gdp2021">Donor GDP 2021, EUR bn (Kiel's base).</param>
/// <param name="PctGdp">Allocated as % of 2021 GDP.</param>
/// <param name="PctGdpWithEu">With the attributed share of EU-institution aid (EU members only).</param>
/// <param name="FairShare">Share of all governments' allocations ÷ share of their GDP; above 1 gives more than its economic weight.</param>
/// <param name="Rank">Rank by <paramref name="PctGdp"/> among all government donors (1 = highest).</param>
/// <param name="EuRankWithEu">Rank by <paramref name="PctGdpWithEu"/> among the EU27.</param>
public sealed record DonorBurden(string Donor, string Iso, double Allocated, double Military, double Financial, double Humanitarian, double Committed, double Gdp2021,
    double PctGdp, double? PctGdpWithEu, double FairShare, int Rank, int? EuRankWithEu)
{
    /// <summary>Committed but not yet allocated, EUR bn.</summary>
    public double ToBeAllocated => Committed - Allocated;
}

/// <summary>The burden-sharing view of one Kiel release, all amounts EUR bn.</summary>
public sealed record BurdenSharingResult(KielRelease Release, IReadOnlyList<DonorBurden> Governments, double AllDonorsAllocated, double EuInstitutionsAllocated, double NatoPurl)
{
    /// <summary>The number of government donors.</summary>
    public int DonorCount => Governments.Count;

    /// <summary>The donor named <paramref name="donor"/> (Kiel's name or ISO3).</summary>
    public DonorBurden Donor(string donor) => Governments.Single(d => string.Equals(d.Donor, donor, StringComparison.OrdinalIgnoreCase) || string.Equals(d.Iso, donor, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Burden sharing of aid to Ukraine from a Kiel Ukraine Support Tracker release, by Kiel's method:
/// allocations over 2021 GDP; EU-institution aid is a donor of its own and is attributed to the
/// EU27 only through Kiel's key (eu_aid_shares.csv); the fair-share index is a donor's share of all
/// governments' allocations divided by its share of their GDP (EU institutions excluded from both).
/// </summary>
public static class BurdenSharing
{
    /// <summary>Analyses <paramref name="release"/>.</summary>
    public static BurdenSharingResult Analyse(KielRelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        var byDonor = release.Donors.Where(d => d.Donor != KielRelease.EuInstitutions).GroupBy(d => (d.Donor, d.Iso)).Select(g => new
        {
            g.Key.Donor,
            g.Key.Iso,
            Allocated = g.Sum(d => d.Total),
            Military = g.Sum(d => d.Military),
            Financial = g.Sum(d => d.Financial),
            Humanitarian = g.Sum(d => d.Humanitarian),
            Committed = g.Sum(d => d.Commitments),
            Gdp = g.Max(d => d.Gdp2021), // constant per donor: Kiel's 2021 base
        }).ToList();
        var totalAllocated = byDonor.Sum(d => d.Allocated);
        var totalGdp = byDonor.Sum(d => d.Gdp);
        var euWith = release.EuShares.ToDictionary(e => e.Iso, e => e.TotalPctGdp, StringComparer.OrdinalIgnoreCase);
        var ranked = byDonor.OrderByDescending(d => d.Allocated / d.Gdp).Select((d, i) => (d, Rank: i + 1)).ToList();
        var euRank = release.EuShares.OrderByDescending(e => e.TotalPctGdp).Select((e, i) => (e.Iso, Rank: i + 1)).ToDictionary(x => x.Iso, x => x.Rank, StringComparer.OrdinalIgnoreCase);
        var governments = ranked.Select(x => new DonorBurden(x.d.Donor, x.d.Iso, x.d.Allocated, x.d.Military, x.d.Financial, x.d.Humanitarian, x.d.Committed, x.d.Gdp,
            100 * x.d.Allocated / x.d.Gdp, euWith.TryGetValue(x.d.Iso, out var w) ? w : null, x.d.Allocated / totalAllocated / (x.d.Gdp / totalGdp), x.Rank,
            euRank.TryGetValue(x.d.Iso, out var r) ? r : null)).ToList();
        return new BurdenSharingResult(release, governments, release.Donors.Sum(d => d.Total),
            release.Donors.Where(d => d.Donor == KielRelease.EuInstitutions).Sum(d => d.Total), release.MilitarySourcing.Sum(m => m.NatoPurl));
    }

    /// <summary>Dataset key of the yearly allocation series.</summary>
    public const string Dataset = "kiel-ukraine-allocated-pct-gdp";

    /// <summary>
    /// Per donor, the aid allocated in each complete calendar year as % of 2021 GDP
    /// ("kiel-ukraine-allocated-pct-gdp/{Donor}"): the year the release ends in is left out unless
    /// it reaches December, so a partial year never reads as a fall.
    /// </summary>
    public static IReadOnlyList<TimeSeries> YearlySeries(KielRelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        var (lastYear, lastMonth) = release.LastMonth;
        return [.. release.Donors.Where(d => d.Donor != KielRelease.EuInstitutions && d.Gdp2021 > 0).GroupBy(d => d.Donor).Select(g => new TimeSeries(
            $"{Dataset}/{g.Key}", "Kiel Institute for the World Economy, Ukraine Support Tracker", release.Label,
            [.. g.Where(d => d.Year < lastYear || lastMonth == 12).GroupBy(d => d.Year).OrderBy(y => y.Key).Select(y => new Observation(y.Key, 100 * y.Sum(d => d.Total) / y.First().Gdp2021, false))]))];
    }
}
