using Bolwerk.Strategy.Indicators;
using Bolwerk.Strategy.Reports;

namespace Bolwerk.Strategy.Tests;

public sealed class StrategyReportTests : IDisposable
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
    private readonly string _directory = Directory.CreateTempSubdirectory("bolwerk-report-").FullName;

    private static ReportRequest Request(string format) => new(new DateOnly(2026, 12, 31), format, Path.Combine(Fixtures, "nato_2025ed_defexp_pct_gdp_2014_2024_allies.csv"), "NATO 2025 (August)",
        Path.Combine(Fixtures, "kiel_r29"), []);

    [Fact]
    public void A_frozen_report_regenerates_byte_identically_and_names_its_editions()
    {
        var manifest = FrozenReport.Freeze(Request("md"), _directory, StatusRule.Default);

        var report = File.ReadAllText(Path.Combine(_directory, "report.md"));
        report.ShouldContain("NATO 2025 (August)");
        report.ShouldContain("Ukraine Support Tracker, Release 29 (04/2026)");
        report.ShouldContain("no data: ");
        report.ShouldContain("![Defence expenditure, % of GDP (NATO definition): data, path to target and target](charts/defence-spending-2030.svg)");
        File.Exists(Path.Combine(_directory, "charts", "defence-spending-2030.svg")).ShouldBeTrue();
        manifest.Inputs.Select(i => i.Role).Distinct().ShouldBe(["model", "crm", "nato", "kiel"]);
        foreach (var input in manifest.Inputs)
        {
            report.ShouldContain(input.Sha256);
        }

        FrozenReport.Regenerate(_directory).Identical.ShouldBeTrue();
    }

    [Fact]
    public void A_changed_input_or_output_is_caught_on_regeneration()
    {
        FrozenReport.Freeze(Request("html"), _directory, StatusRule.Default);
        File.AppendAllText(Path.Combine(_directory, "report.html"), " ");
        FrozenReport.Regenerate(_directory).Detail.ShouldBe("report.html: the regenerated report differs from the frozen one");

        var nato = Path.Combine(_directory, "inputs", "nato-defence-pct-gdp.csv");
        File.WriteAllText(nato, File.ReadAllText(nato).Replace("2.003", "2.103", StringComparison.Ordinal));
        var result = FrozenReport.Regenerate(_directory);
        result.Identical.ShouldBeFalse();
        result.Detail.ShouldBe("inputs/nato-defence-pct-gdp.csv: the input has changed since the report was frozen (sha256 differs)");
    }

    [Fact]
    public void Two_renders_of_the_same_inputs_are_the_same_bytes_and_the_html_inlines_every_chart()
    {
        var first = FrozenReport.Freeze(Request("html"), Path.Combine(_directory, "a"), StatusRule.Default);
        var second = FrozenReport.Freeze(Request("html"), Path.Combine(_directory, "b"), StatusRule.Default);

        second.OutputSha256.ShouldBe(first.OutputSha256);
        var html = File.ReadAllText(Path.Combine(_directory, "a", "report.html"));
        html.Split("<svg ").Length.ShouldBe(1 + 4); // two defence, dependencies, Ukraine
        html.ShouldNotContain("<script");
        html.ShouldContain("class=\"path\"");
    }

    [Fact]
    public void With_sipri_the_report_cross_checks_nato_for_the_netherlands_and_still_regenerates_identically()
    {
        var request = Request("md") with { SipriFile = Path.Combine(Fixtures, "owid_sipri_milex_pct_gdp.csv"), SipriEdition = "SIPRI 2025 (OWID)" };
        var manifest = FrozenReport.Freeze(request, _directory, StatusRule.Default);

        manifest.Inputs.Select(i => i.Role).ShouldContain("sipri");
        manifest.Inputs.Select(i => i.Role).ShouldContain("gdp");
        var report = File.ReadAllText(Path.Combine(_directory, "report.md"));
        report.ShouldContain("## Cross-check: NATO and SIPRI");
        report.ShouldContain("| Netherlands | 2023 | 1.60 | 1.44 | +0.16 | +1.8 |"); // the gap priced in World Bank GDP (US$ 1,118 bn)
        report.ShouldContain("| Netherlands | 2024 | 2.00e | 1.92 | +0.09 | - |"); // no World Bank GDP for 2024 yet
        FrozenReport.Regenerate(_directory).Identical.ShouldBeTrue();
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
