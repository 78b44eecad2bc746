using System.Globalization;
using System.Text;
using Bolwerk.Strategy.Data;
using Bolwerk.Strategy.Indicators;
using Bolwerk.Strategy.Model;
using Bolwerk.Text;

namespace Bolwerk.Strategy.Reports;

/// <summary>One input of a report: what it is, its file name in the frozen report, its hash, its edition.</summary>
public sealed record ReportInput(string Role, string File, string Sha256, string? Edition);

/// <summary>A rendered report: the Markdown, its charts by relative path (charts/{indicator}.svg) and the HTML.</summary>
public sealed record RenderedReport(string Markdown, IReadOnlyDictionary<string, string> Charts, string Html);

/// <summary>
/// The progress report on the strategy as of a date, for the Parliament letter: per action line
/// each indicator (quote, standing, delivery confidence, numbers, chart against its path) and
/// milestone, then the data editions and input hashes and the rule. Its bytes depend only on its
/// inputs — no clock, no machine, invariant culture — so a frozen report regenerates identically.
/// </summary>
public static class StrategyReport
{
    /// <summary>Renders the report.</summary>
    public static RenderedReport Render(StrategyModel model, IReadOnlyDictionary<string, TimeSeries> series, DateOnly asOf, StatusRule rule, IReadOnlyList<ReportInput> inputs,
        IReadOnlyList<DefenceComparison>? crossCheck = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(inputs);
        var c = CultureInfo.InvariantCulture;
        var engine = new IndicatorEngine(series, rule);
        var statuses = model.Indicators.Select(x => (x.Line, x.Indicator, Status: engine.Status(x.Indicator, asOf))).ToList();
        var charts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var md = new StringBuilder();
        md.Append(c, $"# {model.Strategy}: progress as of {asOf:yyyy-MM-dd}\n\n");
        md.Append(c, $"Model version {model.Version}. Every figure below is computed from the data editions listed at the end; an indicator without data says so.\n\n");
        md.Append("> ").Append(model.Goal.Quote).Append(c, $" (§{model.Goal.Section})\n\n");
        md.Append("## Summary\n\n| standing | indicators |\n|---|---|\n");
        foreach (var group in statuses.GroupBy(s => s.Status.Standing).OrderBy(g => g.Key))
        {
            md.Append(c, $"| {Words(group.Key)} | {group.Count()} |\n");
        }

        var milestones = model.Milestones.ToList();
        md.Append(c, $"\n{milestones.Count} milestones: {milestones.Count(m => MilestoneStatus.Of(m.Milestone, asOf).StartsWith("achieved", StringComparison.Ordinal))} achieved, {milestones.Count(m => MilestoneStatus.Of(m.Milestone, asOf).StartsWith("overdue", StringComparison.Ordinal))} overdue.\n");

        foreach (var line in model.ActionLines)
        {
            md.Append(c, $"\n## {line.Name} (§{line.Section})\n");
            foreach (var (_, indicator, status) in statuses.Where(s => s.Line == line))
            {
                md.Append(c, $"\n### {indicator.Name}\n\n> {indicator.Quote} (§{indicator.Section})\n\n");
                md.Append("| standing | delivery confidence | latest | path value | change needed per year | recent change per year | edition |\n|---|---|---|---|---|---|---|\n");
                var confidence = DeliveryConfidenceScale.Of(indicator, status, rule);
                md.Append(c, $"| **{Words(status.Standing)}** | {confidence?.Label() ?? "-"} | {(status.Latest is { } l ? $"{l.Value:0.###} ({l.Year})" : "-")} | {Number(status.TrajectoryValue)} | {Signed(status.RequiredAnnualChange)} | {Signed(status.RecentAnnualChange)} | {MarkdownPage.Cell(status.Edition ?? "-")} |\n\n");
                md.Append(status.Explanation).Append(status.Explanation.EndsWith('.') ? "\n" : ".\n");
                if (indicator.Series is { } key && series.TryGetValue(key, out var data) && status.Standing != Standing.NoData)
                {
                    var path = $"charts/{indicator.Id}.svg";
                    charts[path] = IndicatorChart.Svg(indicator, data, asOf);
                    md.Append(c, $"\n![{indicator.Name}: data, path to target and target]({path})\n");
                }
            }

            var lineMilestones = milestones.Where(m => m.Line == line).ToList();
            if (lineMilestones.Count > 0)
            {
                md.Append("\n### Milestones\n\n| milestone | § | due | status |\n|---|---|---|---|\n");
                foreach (var (_, m) in lineMilestones)
                {
                    md.Append(c, $"| {MarkdownPage.Cell(m.Name)} | {m.Section} | {m.Due:yyyy-MM-dd} | {MarkdownPage.Cell(MilestoneStatus.Of(m, asOf))} |\n");
                }
            }
        }

        if (crossCheck is { Count: > 0 })
        {
            md.Append("\n## Cross-check: NATO and SIPRI\n\nDefence expenditure as % of GDP by NATO's definition (the indicator) and by SIPRI's (one definition for all countries); they differ by definition and GDP vintage, so a gap is expected — a changing gap is worth a question.\n\n");
            md.Append("| country | year | NATO | SIPRI | gap (points) | gap (US$ bn, World Bank GDP) |\n|---|---|---|---|---|---|\n");
            foreach (var r in crossCheck.Where(r => r.Year <= asOf.Year).OrderBy(r => r.Country, StringComparer.Ordinal).ThenBy(r => r.Year))
            {
                md.Append(c, $"| {MarkdownPage.Cell(r.Country)} | {r.Year} | {r.Nato:0.00}{(r.NatoEstimate ? "e" : string.Empty)} | {r.Sipri:0.00} | {r.GapPoints:+0.00;-0.00;0.00} | {(r.GapUsd is { } u ? (u / 1e9).ToString("+0.0;-0.0;0.0", c) : "-")} |\n");
            }
        }

        md.Append("\n## Data used\n\n| input | file | edition | sha256 |\n|---|---|---|---|\n");
        foreach (var input in inputs)
        {
            md.Append(c, $"| {MarkdownPage.Cell(input.Role)} | `{MarkdownPage.Cell(input.File)}` | {MarkdownPage.Cell(input.Edition ?? "-")} | `{input.Sha256}` |\n");
        }

        md.Append(c, $"\n## Method\n\nStanding: achieved when the latest value meets the target; on track when the change over the latest year is at least the change per year still needed to reach the target in time; at risk when it is at least {rule.AtRiskShare:0.##} of that; off track otherwise (for indicators that must fall, the same on negated values). Measured: the strategy states a direction, no number. ");
        md.Append(c, $"Delivery confidence follows the five levels of the UK Infrastructure and Projects Authority as a proxy from the same numbers — the pace ratio (recent ÷ needed change) at least 1 Green, {rule.ConfidenceBands[0]:0.##} Amber/Green, {rule.ConfidenceBands[1]:0.##} Amber, {rule.ConfidenceBands[2]:0.##} Amber/Red, below that Red — not an expert assessment.\n");
        var markdown = md.ToString();
        return new RenderedReport(markdown, charts, MarkdownPage.ToHtml(markdown, $"{model.Strategy}: progress as of {asOf:yyyy-MM-dd}", charts));
    }

    private static string Words(Standing standing) => standing switch
    {
        Standing.NoData => "no data",
        Standing.OnTrack => "on track",
        Standing.AtRisk => "at risk",
        Standing.OffTrack => "off track",
        _ => standing.ToString().ToLowerInvariant(),
    };

    private static string Number(double? value) => value is { } v ? v.ToString("0.###", CultureInfo.InvariantCulture) : "-";

    private static string Signed(double? value) => value is { } v ? v.ToString("+0.###;-0.###;0", CultureInfo.InvariantCulture) : "-";
}
