using System.Globalization;
using Bolwerk.Strategy.Model;
using Bolwerk.Strategy.Data;
using Bolwerk.Strategy.Indicators;

namespace Bolwerk.Strategy.Tests;

public sealed class SupplyConcentrationTests
{
    private static readonly IReadOnlyList<SupplyShare> EuSourcing = CrmSupplyShares.Read(Path.Combine(AppContext.BaseDirectory, "eu_crm_2023", "fact_EUSupplyShares_and_t.csv"));

    [Fact]
    public void The_risky_dependencies_are_reproduced_from_the_raw_eu_sourcing_shares()
    {
        var results = SupplyConcentration.Analyse(EuSourcing);

        results.Count.ShouldBe(96); // material-stage pairs with EU sourcing data
        results.Count(r => r.AboveHhiThreshold).ShouldBe(27);
        var capped = results.Where(r => r.AboveSingleCountryCap).ToDictionary(r => (r.Material, r.Stage), r => r.TopNonEuSupplier!.Value);
        capped.Count.ShouldBe(12);
        capped[("Magnesium", "P")].ShouldBe(("China", 0.97));
        capped[("Neodymium", "P")].ShouldBe(("China", 0.85)); // rare-earth processing
        capped[("Borate", "E")].ShouldBe(("Türkiye", 0.99));
        capped[("Lithium", "P")].ShouldBe(("Chile", 0.79));
        capped.Keys.ShouldAllBe(k => results.Single(r => r.Material == k.Material && r.Stage == k.Stage).AboveHhiThreshold);
    }

    [Theory]
    [InlineData("Netherlands", true)]
    [InlineData("Czechia", true)]
    [InlineData("Türkiye", false)]
    [InlineData("United Kingdom", false)]
    [InlineData("Congo, D.R.", false)]
    public void Eu_membership_is_read_from_the_country_name(string country, bool eu) => SupplyConcentration.IsEu(country).ShouldBe(eu);

    [Fact]
    public void A_share_that_is_no_percentage_names_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"crm-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "Material,Stage,Country,Share,t\nMagnesium,P,China,97%,1\nMagnesium,P,Austria,lots,1\n");
        try
        {
            Should.Throw<FormatException>(() => CrmSupplyShares.Read(path)).Message.ShouldContain("line 3, Share: 'lots' is not a percentage");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_models_baseline_is_the_count_computed_from_the_shipped_study()
    {
        var indicator = StrategyModel.Default.Indicators.Single(i => i.Indicator.Id == "risky-dependencies").Indicator;
        var series = CrmDependencySeries.From([(CrmSupplyShares.ShippedYear, CrmSupplyShares.ShippedEdition, CrmSupplyShares.Shipped)]);

        indicator.Series.ShouldBe(CrmDependencySeries.HhiAboveThreshold);
        var computed = series.Single(s => s.Key == indicator.Series).In(indicator.Baseline!.Year)!.Value.Value;
        computed.ShouldBe(indicator.Baseline.Value);
        CrmSupplyShares.Shipped.Count.ShouldBe(EuSourcing.Count); // embedded copy = data file
    }

    [Theory]
    [InlineData("eu_sourcing")]
    [InlineData("global_supply")]
    public void Every_pair_agrees_with_the_independently_derived_hhi_table(string source)
    {
        // The strategy team's derived table (computed separately in Python) is a cross-check, not an input.
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "Fixtures", "crm", "derived_supply_concentration_hhi.csv"));
        using var csv = new CsvHelper.CsvReader(reader, CultureInfo.InvariantCulture);
        var derived = new List<string[]>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            if (csv.GetField(2) == source)
            {
                derived.Add([.. Enumerable.Range(0, csv.ColumnCount).Select(i => csv.GetField(i)!)]);
            }
        }

        var ours = SupplyConcentration.Analyse(source == "eu_sourcing" ? CrmSupplyShares.Shipped : CrmSupplyShares.ShippedGlobal).ToDictionary(r => (r.Material, r.Stage));

        derived.Count.ShouldBe(ours.Count);
        foreach (var f in derived)
        {
            var r = ours[(f[0], f[1])];
            r.Hhi.ShouldBe(double.Parse(f[5], CultureInfo.InvariantCulture), 0.00051, $"{f[0]} {f[1]}");
            r.EuShare.ShouldBe(double.Parse(f[11], CultureInfo.InvariantCulture), 0.0011, $"{f[0]} {f[1]}");
            r.AboveHhiThreshold.ShouldBe(f[12] == "1", $"{f[0]} {f[1]}");
            r.AboveSingleCountryCap.ShouldBe(f[13] == "1", $"{f[0]} {f[1]}");
        }
    }

    [Fact]
    public void Eu_shares_are_set_against_the_crm_act_benchmarks_by_stage()
    {
        var results = SupplyConcentration.Analyse(CrmSupplyShares.Shipped).ToDictionary(r => (r.Material, r.Stage));

        results[("Magnesium", "P")].EuShare.ShouldBe(0);
        results[("Magnesium", "P")].EuBenchmark.ShouldBe(0.40);
        results[("Magnesium", "P")].BelowEuBenchmark.ShouldBeTrue();
        results[("Borate", "E")].EuBenchmark.ShouldBe(0.10);
        results.Values.Where(r => r.EuShare >= r.EuBenchmark).ShouldAllBe(r => !r.BelowEuBenchmark);
        results.Values.Count(r => r.BelowEuBenchmark).ShouldBeInRange(1, results.Count - 1); // some pairs meet their benchmark, some do not
    }

    [Fact]
    public void Criticality_assessments_reproduce_the_2020_list_and_the_magnesium_trend()
    {
        var byYear = CrmCriticality.Shipped.GroupBy(s => s.Year).ToDictionary(g => g.Key, g => g.Count(s => s.MeetsThresholds));

        byYear.Keys.Order().ShouldBe([2011, 2014, 2017, 2020, 2023]);
        byYear[2020].ShouldBe(30); // the 2020 EU list has 30 critical raw materials
        byYear[2023].ShouldBe(32); // the 2023 list of 34 adds copper and nickel as strategic raw materials below the thresholds
        var magnesium = CrmCriticality.Shipped.Where(s => s.Material == "Magnesium").OrderBy(s => s.Year).Select(s => s.SupplyRisk).ToList();
        magnesium.ShouldBe([2.6, 2.5, 4.0, 3.9, 4.1]);
        CrmCriticality.Shipped.ShouldNotContain(s => s.Material == "Aggregates" && s.Year == 2011); // "-": not assessed
    }
}
