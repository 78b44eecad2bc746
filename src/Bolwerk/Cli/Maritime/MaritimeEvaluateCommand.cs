using System.CommandLine;
using System.Globalization;
using Bolwerk.Maritime.Simulation;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Maritime;

/// <summary>`bolwerk maritime evaluate`: precision and recall per kind, false alerts per 1,000 vessel-hours.</summary>
internal static class MaritimeEvaluateCommand
{
    public static Command Create()
    {
        var labels = new Option<string>("--labels") { Description = "Labels file written by `bolwerk maritime simulate --labels`.", Required = true };
        var alerts = new Argument<string>("alerts") { Description = "Alerts as JSON lines (`bolwerk maritime detect --format jsonl`)." };
        var tolerance = new Option<double>("--tolerance-minutes") { Description = "An alert matches a label when their times overlap, each widened by this.", DefaultValueFactory = _ => 30 };
        var command = new Command("evaluate", "Score alerts against simulation labels: precision and recall per kind, and false alerts per 1,000 vessel-hours.")
        {
            labels, alerts, tolerance,
        };
        command.SetAction(parse =>
        {
            var report = DetectionEvaluation.Evaluate(parse.GetValue(labels)!, parse.GetValue(alerts)!, TimeSpan.FromMinutes(parse.GetValue(tolerance)));
            var c = CultureInfo.InvariantCulture;
            var table = new Table().AddColumns("kind", "labels", "found", "alerts", "true", "precision", "recall", "false / 1,000 vessel-h", "false on look-alikes");
            foreach (var kind in report.Kinds)
            {
                table.AddRow(kind.Kind, kind.Labels.ToString(c), kind.Found.ToString(c), kind.Alerts.ToString(c), kind.TrueAlerts.ToString(c),
                    kind.Precision.ToString("0.000", c), kind.Recall.ToString("0.000", c), report.FalsePerThousand(kind).ToString("0.00", c), kind.OnConfounders.ToString(c));
            }

            AnsiConsole.Write(table);
            Console.Out.WriteLine(string.Create(c, $"all kinds: {report.Kinds.Sum(k => k.FalseAlerts)} false alerts in {report.VesselHours:0} vessel-hours = {report.FalseAlertsPerThousandVesselHours:0.00} per 1,000 vessel-hours"));
            return ExitCodes.Success;
        });
        return command;
    }
}
