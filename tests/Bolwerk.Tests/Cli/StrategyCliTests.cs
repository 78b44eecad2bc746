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
        rows.Single(r => r.GetProperty("id").GetString() == "joint-procurement").GetProperty("standing").GetString().ShouldBe("NoData");
        rows.Single(r => r.GetProperty("id").GetString() == "vifo-six-technologies").GetProperty("status").GetString().ShouldBe("open, due 2027-01-01");
        rows.Count.ShouldBe(12);
    }
}
