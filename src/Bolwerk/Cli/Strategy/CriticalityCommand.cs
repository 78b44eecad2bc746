using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Bolwerk.Strategy.Data;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Strategy;

/// <summary>`bolwerk strategy criticality`: the EU criticality assessments 2011–2023, as counts per edition or one material's trend.</summary>
internal static class CriticalityCommand
{
    public static Command Create()
    {
        var material = new Option<string?>("--material") { Description = "One material's supply risk and economic importance in every assessment (e.g. Magnesium)." };
        var format = new Option<string>("--format") { DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var command = new Command("criticality", "Supply risk (SR) and economic importance (EI) in the Commission's assessments 2011, 2014, 2017, 2020 and 2023: per edition how many assessed materials meet SR ≥ 1 and EI ≥ 2.8, or one material's trend.")
        {
            material, format,
        };
        command.SetAction(parse =>
        {
            var scores = CrmCriticality.Shipped;
            var c = CultureInfo.InvariantCulture;
            var jsonl = parse.GetValue(format) == "jsonl";
            if (parse.GetValue(material) is { } name)
            {
                var rows = scores.Where(s => string.Equals(s.Material, name, StringComparison.OrdinalIgnoreCase)).OrderBy(s => s.Year).ToList();
                if (rows.Count == 0)
                {
                    Console.Error.WriteLine($"--material '{name}': not assessed in any edition (names as the study writes them, e.g. Magnesium, Lithium, HREEs)");
                    return ExitCodes.DataError;
                }

                var table = new Table().AddColumns("year", "supply risk", "economic importance", "meets thresholds");
                foreach (var s in rows)
                {
                    if (jsonl)
                    {
                        Console.Out.WriteLine(JsonSerializer.Serialize(new { material = s.Material, year = s.Year, supplyRisk = s.SupplyRisk, economicImportance = s.EconomicImportance, meetsThresholds = s.MeetsThresholds }));
                    }

                    table.AddRow(s.Year.ToString(c), s.SupplyRisk.ToString("0.0", c), s.EconomicImportance.ToString("0.0", c), s.MeetsThresholds ? "yes" : "no");
                }

                if (!jsonl)
                {
                    AnsiConsole.Write(table);
                }

                return ExitCodes.Success;
            }

            var editions = new Table().AddColumns("year", "assessed", "meeting SR ≥ 1 and EI ≥ 2.8");
            foreach (var year in scores.GroupBy(s => s.Year).OrderBy(g => g.Key))
            {
                var meeting = year.Count(s => s.MeetsThresholds);
                if (jsonl)
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(new { year = year.Key, assessed = year.Count(), meetingThresholds = meeting, materials = year.Where(s => s.MeetsThresholds).Select(s => s.Material).Order(StringComparer.Ordinal) }));
                }

                editions.AddRow(year.Key.ToString(c), year.Count().ToString(c), meeting.ToString(c));
            }

            if (!jsonl)
            {
                AnsiConsole.Write(editions);
                Console.Out.WriteLine("The methodology changed in 2017: earlier scores are not strictly comparable. Source: EC CRM study 2023, Annex 4.");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
