using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Bolwerk.Strategy.Data;
using Bolwerk.Strategy.Indicators;
using Bolwerk.Strategy.Model;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Strategy;

/// <summary>`bolwerk strategy …`: the IVS 2026-2030 goals as indicators and milestones, with status on the data given.</summary>
internal static class StrategyCommand
{
    public static Command Create()
    {
        var strategy = new Command("strategy", "Strategy monitor: the 2030 goals of the IVS 2026-2030 as indicators and milestones, with status on real data.");
        strategy.Subcommands.Add(Status());
        strategy.Subcommands.Add(DependenciesCommand.Create());
        strategy.Subcommands.Add(CriticalityCommand.Create());
        strategy.Subcommands.Add(CrossCheckCommand.Create());
        strategy.Subcommands.Add(BurdenSharingCommand.Create());
        strategy.Subcommands.Add(ReportCommand.Create());
        strategy.Subcommands.Add(ReportCommand.Regenerate());
        return strategy;
    }

    private static Command Status()
    {
        var nato = new Option<string?>("--nato") { Description = "NATO defence expenditure % of GDP table (CSV: Country,2014,…,2024e)." };
        var natoEdition = new Option<string>("--nato-edition") { Description = "The edition of that table, named in the output.", DefaultValueFactory = _ => "NATO (edition not stated)" };
        var kiel = new Option<string?>("--kiel") { Description = "Directory of a Kiel Ukraine Support Tracker release (yearly aid as % of GDP per donor)." };
        var crm = CrmOptions.Files();
        var noShippedCrm = CrmOptions.NoShipped();
        var asOf = new Option<DateOnly?>("--as-of") { Description = "Status as of this date (default: today)." };
        var format = new Option<string>("--format") { DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var command = new Command("status", "Every indicator (standing, latest value, path value, yearly change needed and achieved) and milestone of the strategy, by action line; no data is said, never guessed.")
        {
            nato, natoEdition, kiel, crm, noShippedCrm, asOf, format,
        };
        command.SetAction(parse =>
        {
            var series = new Dictionary<string, TimeSeries>(StringComparer.Ordinal);
            if (parse.GetValue(nato) is { } path)
            {
                foreach (var s in NatoDefenceExpenditure.Read(path, parse.GetValue(natoEdition)!))
                {
                    series[s.Key] = s;
                }
            }

            if (parse.GetValue(kiel) is { } kielDirectory)
            {
                foreach (var s in BurdenSharing.YearlySeries(KielSupportTracker.Read(kielDirectory)))
                {
                    series[s.Key] = s;
                }
            }

            foreach (var s in CrmDependencySeries.From(CrmOptions.Editions(parse.GetValue(crm), parse.GetValue(noShippedCrm))))
            {
                series[s.Key] = s;
            }

            var date = parse.GetValue(asOf) ?? DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
            var model = StrategyModel.Default;
            var engine = new IndicatorEngine(series, StatusRule.Default);
            var c = CultureInfo.InvariantCulture;
            if (parse.GetValue(format) == "jsonl")
            {
                foreach (var (line, indicator) in model.Indicators)
                {
                    var s = engine.Status(indicator, date);
                    Console.Out.WriteLine(JsonSerializer.Serialize(new
                    {
                        kind = "indicator", id = indicator.Id, actionLine = line.Id, section = indicator.Section, standing = s.Standing.ToString(),
                        latestYear = s.Latest?.Year, latest = s.Latest?.Value, pathValue = s.TrajectoryValue, requiredAnnualChange = s.RequiredAnnualChange,
                        recentAnnualChange = s.RecentAnnualChange, deliveryConfidence = DeliveryConfidenceScale.Of(indicator, s, StatusRule.Default)?.Label(), explanation = s.Explanation, edition = s.Edition,
                    }));
                }

                foreach (var (line, milestone) in model.Milestones)
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(new { kind = "milestone", id = milestone.Id, actionLine = line.Id, section = milestone.Section, due = milestone.Due.ToString("yyyy-MM-dd", c), status = MilestoneStatus.Of(milestone, date) }));
                }

                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("line", "commitment", "§", "status", "confidence", "detail");
            foreach (var (line, indicator) in model.Indicators)
            {
                var s = engine.Status(indicator, date);
                table.AddRow(line.Name, Markup.Escape(indicator.Name), indicator.Section, Colour(s.Standing), DeliveryConfidenceScale.Of(indicator, s, StatusRule.Default)?.Label() ?? "-", Markup.Escape(s.Explanation + (s.Edition is null ? string.Empty : $" [{s.Edition}]")));
            }

            foreach (var (line, milestone) in model.Milestones)
            {
                table.AddRow(line.Name, Markup.Escape(milestone.Name), milestone.Section, "milestone", "-", Markup.Escape(MilestoneStatus.Of(milestone, date)));
            }

            AnsiConsole.Write(table);
            Console.Out.WriteLine(string.Create(c, $"{model.Strategy}, model {model.Version}, as of {date:yyyy-MM-dd}"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Colour(Standing standing) => standing switch
    {
        Standing.Achieved => "[green]achieved[/]",
        Standing.OnTrack => "[green]on track[/]",
        Standing.AtRisk => "[yellow]at risk[/]",
        Standing.OffTrack => "[red]off track[/]",
        Standing.Measured => "measured",
        _ => "no data",
    };
}
