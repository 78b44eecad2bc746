using Bolwerk.Strategy.Data;
using Bolwerk.Strategy.Indicators;
using Bolwerk.Strategy.Model;

namespace Bolwerk.Strategy.Tests;

public sealed class IndicatorEngineTests
{
    private static readonly IReadOnlyList<TimeSeries> Nato = NatoDefenceExpenditure.Read(
        Path.Combine(AppContext.BaseDirectory, "Fixtures", "nato_2025ed_defexp_pct_gdp_2014_2024_allies.csv"), "NATO 2025 (August)");

    [Fact]
    public void The_nato_table_reads_every_ally_and_the_netherlands_2024_is_2_00_percent()
    {
        Nato.Count.ShouldBe(33); // 31 allies and two aggregates
        var nl = Nato.Single(s => s.Key == "nato-defence-pct-gdp/Netherlands");
        var latest = nl.Latest(2026)!.Value;
        (latest.Year, Math.Round(latest.Value, 2), latest.Estimate).ShouldBe((2024, 2.00, true));
        nl.Observations.Count.ShouldBe(11);
    }

    [Fact]
    public void The_allies_at_or_above_two_percent_in_2024_are_listed_from_the_data()
    {
        var allies = Nato.Where(s => !s.Key.Contains("NATO", StringComparison.Ordinal))
            .Where(s => s.In(2024) is { Value: >= 2.0 }).Select(s => s.Key.Split('/')[1]).Order().ToList();

        allies.ShouldContain("Poland");
        allies.ShouldContain("Estonia");
        allies.ShouldContain("United States");
        allies.ShouldContain("Netherlands");
        allies.ShouldNotContain("Belgium");
        allies.ShouldNotContain("Canada");
        allies.Count.ShouldBe(18); // this edition's 2024 estimates; Bulgaria (1.95) and Slovakia (1.96) fall just short
    }

    [Fact]
    public void The_2030_defence_target_needs_0_13_points_a_year_from_2024_and_is_on_track_at_the_current_pace()
    {
        var engine = new IndicatorEngine(Nato.ToDictionary(s => s.Key), StatusRule.Default);
        var indicator = StrategyModel.Default.Indicators.Single(i => i.Indicator.Id == "defence-spending-2030").Indicator;

        var status = engine.Status(indicator, new DateOnly(2026, 12, 31));

        status.Latest!.Value.Year.ShouldBe(2024);
        status.RequiredAnnualChange!.Value.ShouldBe(0.133, 0.001);
        status.RecentAnnualChange!.Value.ShouldBeGreaterThan(0.3); // 1.64 % in 2023 to 2.00 % in 2024
        status.Standing.ShouldBe(Standing.OnTrack);
        status.Edition.ShouldBe("NATO 2025 (August)");
        status.Explanation.ShouldContain("needs +0.133 a year to reach 2.8 in 2030");
    }

    [Fact]
    public void Pace_below_half_of_what_is_needed_is_off_track_and_no_series_says_no_data()
    {
        var flat = new TimeSeries("x/NL", "test", "t", [new Observation(2023, 2.0, false), new Observation(2024, 2.02, false)]);
        var engine = new IndicatorEngine(new Dictionary<string, TimeSeries> { ["x/NL"] = flat }, StatusRule.Default);
        var indicator = new IndicatorDefinition { Id = "i", Series = "x/NL", Baseline = new YearValue { Year = 2024, Value = 2.0 }, Target = new YearValue { Year = 2030, Value = 2.8 } };

        engine.Status(indicator, new DateOnly(2025, 1, 1)).Standing.ShouldBe(Standing.OffTrack);
        engine.Status(indicator, new DateOnly(2020, 1, 1)).Explanation.ShouldBe("no data: x/NL has no observation up to 2020");
        var joint = StrategyModel.Default.Indicators.Single(i => i.Indicator.Id == "joint-procurement").Indicator;
        var none = engine.Status(joint, new DateOnly(2026, 12, 31));
        none.Standing.ShouldBe(Standing.NoData);
        none.Explanation.ShouldStartWith("no data: EDA publishes");
    }

    [Fact]
    public void Milestones_read_as_open_due_or_overdue()
    {
        var vifo = StrategyModel.Default.Milestones.Single(m => m.Milestone.Id == "vifo-six-technologies").Milestone;
        MilestoneStatus.Of(vifo, new DateOnly(2026, 12, 31)).ShouldBe("open, due 2027-01-01");
        MilestoneStatus.Of(vifo, new DateOnly(2027, 1, 1)).ShouldBe("due today: no achievement recorded yet");
        MilestoneStatus.Of(vifo, new DateOnly(2027, 6, 1)).ShouldBe("overdue since 2027-01-01: no achievement recorded");
    }

    [Fact]
    public void A_bad_value_names_file_line_and_column()
    {
        var path = Path.Combine(Path.GetTempPath(), $"nato-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "Country,2023,2024e\nNetherlands,1.6,two\n");
        try
        {
            Should.Throw<FormatException>(() => NatoDefenceExpenditure.Read(path, "t")).Message.ShouldContain("line 2, column 3 (Netherlands 2024e): 'two' is not a share of GDP");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
