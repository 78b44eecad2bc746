using Bolwerk.Strategy.Data;
using Bolwerk.Strategy.Indicators;

namespace Bolwerk.Strategy.Tests;

public sealed class DefenceCrossCheckTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
    private static readonly IReadOnlyList<TimeSeries> Nato = NatoDefenceExpenditure.Read(Path.Combine(Fixtures, "nato_2025ed_defexp_pct_gdp_2014_2024_allies.csv"), "NATO 2025 (August)");
    private static readonly IReadOnlyList<LongTableSeries.Entity> Sipri = LongTableSeries.ReadSipri(Path.Combine(Fixtures, "owid_sipri_milex_pct_gdp.csv"), "SIPRI 2025 via OWID");
    private static readonly IReadOnlyList<LongTableSeries.Entity> Gdp = LongTableSeries.ReadWorldBankGdp(Path.Combine(AppContext.BaseDirectory, "worldbank", "worldbank_gdp_current_usd.csv"), "World Bank via datahub 2026-03");

    [Fact]
    public void The_long_tables_read_the_netherlands()
    {
        var sipri = Sipri.Single(e => e.Name == "Netherlands");
        sipri.Iso3.ShouldBe("NLD");
        sipri.Series.Key.ShouldBe("sipri-milex-pct-gdp/Netherlands");
        sipri.Series.In(2024)!.Value.Value.ShouldBe(1.92, 0.005);
        Gdp.Single(e => e.Iso3 == "NLD").Series.In(2023)!.Value.Value.ShouldBe(1118.1e9, 0.05e9);
        Sipri.Count.ShouldBe(166);
    }

    [Fact]
    public void Nato_and_sipri_are_joined_for_every_ally_and_the_dutch_gap_is_priced_with_world_bank_gdp()
    {
        var y2023 = DefenceCrossCheck.Compare(Nato, Sipri, Gdp, 2023);

        y2023.Count.ShouldBe(31); // every ally in the NATO table (Iceland has no armed forces and no NATO figure)
        var nl = y2023.Single(c => c.Country == "Netherlands");
        nl.Nato.ShouldBe(Nato.Single(s => s.Key == "nato-defence-pct-gdp/Netherlands").In(2023)!.Value.Value);
        nl.Sipri.ShouldBe(1.44, 0.005);
        nl.GapUsd!.Value.ShouldBe(nl.GapPoints / 100 * 1118.1e9, 0.01e9);
        y2023.Select(c => Math.Abs(c.GapPoints)).ShouldBeInOrder(SortDirection.Descending);

        var y2024 = DefenceCrossCheck.Compare(Nato, Sipri, Gdp, 2024);
        var nl2024 = y2024.Single(c => c.Country == "Netherlands");
        (nl2024.NatoEstimate, Math.Round(nl2024.GapPoints, 2)).ShouldBe((true, 0.09));
        nl2024.GapUsd.ShouldBeNull(); // the World Bank table ends in 2023
    }

    [Fact]
    public void A_value_that_is_no_number_names_file_line_and_column()
    {
        var path = Path.Combine(Path.GetTempPath(), $"owid-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "Entity,Code,Year,Military expenditure (% of GDP),World region according to OWID\nNetherlands,NLD,2023,1.44,Europe\nNetherlands,NLD,2024,about two,Europe\n");
        try
        {
            Should.Throw<FormatException>(() => LongTableSeries.ReadSipri(path, "t")).Message.ShouldBe($"{path}: line 3, Military expenditure (% of GDP): 'about two' is not a number");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
