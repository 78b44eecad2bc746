using Bolwerk.Identifiers;
using Bolwerk.Strategy.Data;

namespace Bolwerk.Strategy.Indicators;

/// <summary>How concentrated the supply of one material at one stage is.</summary>
/// <param name="Material">The material.</param>
/// <param name="Stage">E extraction, P processing.</param>
/// <param name="Hhi">Herfindahl-Hirschman index: Σ share² (0–1) over the listed suppliers.</param>
/// <param name="TopSupplier">The largest supplier and its share.</param>
/// <param name="TopNonEuSupplier">The largest supplier outside the EU27 and its share, if any.</param>
/// <param name="AboveHhiThreshold">HHI above the Commission's 0.4 dependency threshold.</param>
/// <param name="AboveSingleCountryCap">One third country above the CRM Act's 65 % benchmark.</param>
/// <param name="EuShare">The EU27 members' combined share.</param>
public sealed record ConcentrationResult(string Material, string Stage, double Hhi, (string Country, double Share) TopSupplier, (string Country, double Share)? TopNonEuSupplier, bool AboveHhiThreshold, bool AboveSingleCountryCap, double EuShare)
{
    /// <summary>The CRM Act's 2030 benchmark for the stage: 10 % of EU consumption extracted, 40 % processed in the EU.</summary>
    public double EuBenchmark => Stage == "E" ? SupplyConcentration.ExtractionBenchmark : SupplyConcentration.ProcessingBenchmark;

    /// <summary>The EU's own share is below the stage's benchmark.</summary>
    public bool BelowEuBenchmark => EuShare < EuBenchmark;
}

/// <summary>
/// Supplier concentration per material and stage from raw supply shares: HHI against the
/// Commission's 0.4 threshold and the largest third country against the Critical Raw Materials
/// Act's 65 % single-third-country benchmark (Reg. (EU) 2024/1252). Countries are matched to ISO
/// codes to tell EU27 suppliers apart; a name that resolves to no country counts as outside the EU.
/// The EU27 share of a pair set against the CRM Act's 10 % extraction and 40 % processing
/// benchmarks is a proxy: the Act measures against EU consumption, the study's shares are of EU
/// sourcing (or of world supply); recycling (25 %) is not in the shares at all.
/// </summary>
public static class SupplyConcentration
{
    /// <summary>The Commission's concentration threshold.</summary>
    public const double HhiThreshold = 0.4;

    /// <summary>The CRM Act's benchmark for any single third country.</summary>
    public const double SingleCountryCap = 0.65;

    /// <summary>The CRM Act's 2030 benchmark for EU extraction (art. 5(1)(a)(i)).</summary>
    public const double ExtractionBenchmark = 0.10;

    /// <summary>The CRM Act's 2030 benchmark for EU processing (art. 5(1)(a)(ii)).</summary>
    public const double ProcessingBenchmark = 0.40;

    private static readonly HashSet<string> Eu27 =
    [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    ];

    /// <summary>Whether a country name (as the tables write it) is an EU member.</summary>
    public static bool IsEu(string country) => Countries.TryResolve(country, out var resolved) && Eu27.Contains(resolved.Alpha2);

    /// <summary>One result per material and stage, most concentrated first.</summary>
    public static IReadOnlyList<ConcentrationResult> Analyse(IEnumerable<SupplyShare> shares) =>
        [.. shares.GroupBy(s => (s.Material, s.Stage)).Select(g =>
        {
            var hhi = g.Sum(s => s.Share * s.Share);
            var top = g.MaxBy(s => s.Share)!;
            var nonEu = g.Where(s => !IsEu(s.Country)).MaxBy(s => s.Share);
            return new ConcentrationResult(g.Key.Material, g.Key.Stage, hhi, (top.Country, top.Share), nonEu is null ? null : (nonEu.Country, nonEu.Share),
                hhi > HhiThreshold, nonEu is not null && nonEu.Share > SingleCountryCap, g.Where(x => IsEu(x.Country)).Sum(x => x.Share));
        }).OrderByDescending(r => r.Hhi).ThenBy(r => r.Material, StringComparer.Ordinal)];
}
