using System.Text.Json;
using Bolwerk.Tests.Support;

namespace Bolwerk.Tests.Cli;

/// <summary>`bolwerk strategy status` as a child process.</summary>
public sealed class StrategyCliTests
{
    [Fact]
    public async Task Status_lists_every_commitment_with_a_standing_or_no_data()
    {
        var nato = Path.Combine(AppContext.BaseDirectory, "Fixtures", "nato_2025ed_defexp_pct_gdp_2014_2024_allies.csv");
        var (exit, stdout, stderr) = await CliProcess.RunAsync(AppContext.BaseDirectory, "strategy", "status", "--nato", nato, "--nato-edition", "NATO 2025 (August)", "--as-of", "2026-12-31", "--format", "jsonl");

        exit.ShouldBe(0, stderr);
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var defence = rows.Single(r => r.GetProperty("id").GetString() == "defence-spending-2030");
        defence.GetProperty("standing").GetString().ShouldBe("OnTrack");
        Math.Round(defence.GetProperty("latest").GetDouble(), 2).ShouldBe(2.00);
        defence.GetProperty("requiredAnnualChange").GetDouble().ShouldBe(0.133, 0.001);
        defence.GetProperty("edition").GetString().ShouldBe("NATO 2025 (August)");
        defence.GetProperty("deliveryConfidence").GetString().ShouldBe("Green");
        rows.Single(r => r.GetProperty("id").GetString() == "joint-procurement").GetProperty("standing").GetString().ShouldBe("NoData");
        rows.Single(r => r.GetProperty("id").GetString() == "vifo-six-technologies").GetProperty("status").GetString().ShouldBe("open, due 2027-01-01");
        rows.Count.ShouldBe(12);
    }

    [Fact]
    public async Task Dependencies_are_counted_from_the_shipped_study_and_a_later_edition_moves_the_indicator()
    {
        // A later edition in which magnesium processing is no longer concentrated: one pair fewer above HHI 0.4.
        var later = Path.Combine(Path.GetTempPath(), $"crm-2026-{Guid.NewGuid():N}.csv");
        var shipped = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "eu_crm_2023", "fact_EUSupplyShares_and_t.csv"));
        var rewritten = shipped.Where(l => !l.StartsWith("Magnesium,P,", StringComparison.Ordinal)).Concat(["Magnesium,P,China,40%,1", "Magnesium,P,Norway,30%,1", "Magnesium,P,Canada,30%,1"]);
        await File.WriteAllLinesAsync(later, rewritten);
        try
        {
            var (exit, stdout, stderr) = await CliProcess.RunAsync(AppContext.BaseDirectory, "strategy", "status", "--crm", $"{later}:2026", "--as-of", "2026-12-31", "--format", "jsonl");
            exit.ShouldBe(0, stderr);
            var risky = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).Single(r => r.GetProperty("id").GetString() == "risky-dependencies");
            risky.GetProperty("standing").GetString().ShouldBe("Measured");
            risky.GetProperty("latestYear").GetInt32().ShouldBe(2026);
            risky.GetProperty("latest").GetDouble().ShouldBe(26);
            risky.GetProperty("recentAnnualChange").GetDouble().ShouldBe(-1.0 / 3, 1e-9);

            (exit, stdout, stderr) = await CliProcess.RunAsync(AppContext.BaseDirectory, "strategy", "dependencies", "--format", "jsonl");
            exit.ShouldBe(0, stderr);
            var pairs = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            pairs.Count.ShouldBe(27); // every pair above a third-country cap is also above HHI 0.4
            var magnesium = pairs.Single(p => p.GetProperty("material").GetString() == "Magnesium" && p.GetProperty("stage").GetString() == "processing");
            magnesium.GetProperty("topThirdCountry").GetString().ShouldBe("China");
            magnesium.GetProperty("aboveSingleThirdCountryCap").GetBoolean().ShouldBeTrue();
        }
        finally
        {
            File.Delete(later);
        }
    }

    [Fact]
    public async Task A_crm_edition_without_a_year_is_refused_by_name()
    {
        var (exit, _, stderr) = await CliProcess.RunAsync(AppContext.BaseDirectory, "strategy", "status", "--crm", "crm.csv");
        exit.ShouldNotBe(0);
        stderr.ShouldContain("--crm 'crm.csv'");
    }

    [Fact]
    public async Task Burden_sharing_places_the_netherlands_among_the_donors_and_feeds_the_ukraine_indicator()
    {
        var kiel = Path.Combine(AppContext.BaseDirectory, "Fixtures", "kiel_r29");
        var (exit, stdout, stderr) = await CliProcess.RunAsync(AppContext.BaseDirectory, "strategy", "burden-sharing", "--kiel", kiel, "--format", "jsonl");

        exit.ShouldBe(0, stderr);
        var donors = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        donors.Count.ShouldBe(41);
        var nl = donors.Single(d => d.GetProperty("iso").GetString() == "NLD");
        nl.GetProperty("rank").GetInt32().ShouldBe(8);
        nl.GetProperty("allocatedBn").GetDouble().ShouldBe(10.70, 0.005);

        (exit, stdout, stderr) = await CliProcess.RunAsync(AppContext.BaseDirectory, "strategy", "status", "--kiel", kiel, "--as-of", "2026-12-31", "--format", "jsonl");
        exit.ShouldBe(0, stderr);
        var ukraine = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).Single(r => r.GetProperty("id").GetString() == "ukraine-aid-share-of-gdp");
        ukraine.GetProperty("standing").GetString().ShouldBe("Measured");
        ukraine.GetProperty("latestYear").GetInt32().ShouldBe(2025);
        ukraine.GetProperty("edition").GetString().ShouldBe("Ukraine Support Tracker, Release 29 (04/2026)");
    }

    [Fact]
    public async Task Crosscheck_joins_nato_and_sipri_for_every_ally_with_the_shipped_world_bank_gdp()
    {
        var fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var (exit, stdout, stderr) = await CliProcess.RunAsync(AppContext.BaseDirectory, "strategy", "crosscheck", "--nato", Path.Combine(fixtures, "nato_2025ed_defexp_pct_gdp_2014_2024_allies.csv"),
            "--sipri", Path.Combine(fixtures, "owid_sipri_milex_pct_gdp.csv"), "--year", "2023", "--format", "jsonl");

        exit.ShouldBe(0, stderr);
        var rows = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        rows.Count.ShouldBe(31);
        var nl = rows.Single(r => r.GetProperty("country").GetString() == "Netherlands");
        nl.GetProperty("gapPoints").GetDouble().ShouldBe(0.16, 0.005);
        (nl.GetProperty("gapUsd").GetDouble() / 1e9).ShouldBe(1.8, 0.05);
    }
}
