using Bolwerk.Strategy.Data;
using Bolwerk.Strategy.Indicators;
using Bolwerk.Strategy.Model;

namespace Bolwerk.Strategy.Tests;

public sealed class BurdenSharingTests
{
    private static readonly string Release29 = Path.Combine(AppContext.BaseDirectory, "Fixtures", "kiel_r29");
    private static readonly Lazy<BurdenSharingResult> Result = new(() => BurdenSharing.Analyse(KielSupportTracker.Read(Release29)));

    [Fact]
    public void The_netherlands_totals_and_rank_match_kiels_release_29()
    {
        var nl = Result.Value.Donor("Netherlands");

        nl.Allocated.ShouldBe(10.70, 0.005);
        nl.Military.ShouldBe(8.85, 0.005);
        nl.Committed.ShouldBe(13.23, 0.005);
        nl.ToBeAllocated.ShouldBe(2.53, 0.005);
        nl.PctGdp.ShouldBe(1.25, 0.005);
        nl.PctGdpWithEu!.Value.ShouldBe(1.72, 0.005);
        nl.FairShare.ShouldBe(3.0, 0.05);
        nl.Rank.ShouldBe(8);
        Result.Value.DonorCount.ShouldBe(41);
        nl.EuRankWithEu.ShouldBe(7);
    }

    [Fact]
    public void Release_totals_match_kiels_published_aggregates()
    {
        var r = Result.Value;
        r.Release.Release.ShouldBe("29");
        r.Release.LastMonth.ShouldBe((2026, 4));
        r.AllDonorsAllocated.ShouldBe(358.4, 0.05);
        r.NatoPurl.ShouldBe(4.12, 0.005);
        r.Governments.Select(g => g.Donor).Take(3).ShouldBe(["Denmark", "Estonia", "Lithuania"]);
        r.Governments.ShouldNotContain(g => g.Donor == KielRelease.EuInstitutions);

        // The fair-share index weighs allocations by GDP over the same donors, so its GDP-weighted mean is 1.
        var gdp = r.Governments.Sum(g => g.Gdp2021);
        r.Governments.Sum(g => g.FairShare * g.Gdp2021 / gdp).ShouldBe(1.0, 1e-9);
    }

    [Fact]
    public void Yearly_series_leaves_out_the_partial_last_year()
    {
        var nl = BurdenSharing.YearlySeries(KielSupportTracker.Read(Release29)).Single(s => s.Key == "kiel-ukraine-allocated-pct-gdp/Netherlands");

        nl.Observations.Select(o => o.Year).ShouldBe([2022, 2023, 2024, 2025]); // release ends April 2026
        nl.In(2023)!.Value.Value.ShouldBe(100 * 3.166 / 856.356, 0.001);
        var indicator = StrategyModel.Default.Indicators.Single(i => i.Indicator.Id == "ukraine-aid-share-of-gdp").Indicator;
        indicator.Series.ShouldBe(nl.Key);
        nl.In(indicator.Baseline!.Year)!.Value.Value.ShouldBe(indicator.Baseline.Value, 0.0005); // the model's baseline is the data's
    }

    [Fact]
    public void A_value_that_is_no_number_names_file_line_and_column()
    {
        var directory = Directory.CreateTempSubdirectory("kiel-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(Release29))
            {
                File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
            }

            var explorer = Path.Combine(directory, "data_explorer.csv");
            var lines = File.ReadAllLines(explorer);
            lines[2] = lines[2].Replace(",0.142911,", ",n/a,", StringComparison.Ordinal);
            File.WriteAllLines(explorer, lines);

            var error = Should.Throw<FormatException>(() => KielSupportTracker.Read(directory));
            error.Message.ShouldBe($"{explorer}: line 3, total: 'n/a' is not a number");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
