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
}
