using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Bolwerk.Strategy.Data;
using Bolwerk.Strategy.Indicators;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Strategy;

/// <summary>`bolwerk strategy crosscheck`: NATO's and SIPRI's defence shares of GDP side by side, the gap priced with World Bank GDP.</summary>
internal static class CrossCheckCommand
{
    public static Command Create()
    {
        var nato = new Option<string>("--nato") { Description = "NATO defence expenditure % of GDP table.", Required = true };
        var natoEdition = new Option<string>("--nato-edition") { DefaultValueFactory = _ => "NATO (edition not stated)" };
        var sipri = new Option<string>("--sipri") { Description = "SIPRI military expenditure % of GDP in OWID's long form (Entity,Code,Year,value).", Required = true };
        var sipriEdition = new Option<string>("--sipri-edition") { DefaultValueFactory = _ => "SIPRI (edition not stated)" };
        var gdp = new Option<string?>("--gdp") { Description = "World Bank GDP, current US$ (Country Name,Country Code,Year,Value); the shipped table by default." };
        var year = new Option<int>("--year") { Description = "The year compared.", Required = true };
        var format = new Option<string>("--format") { DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var command = new Command("crosscheck", "NATO and SIPRI defence expenditure as % of GDP per ally for one year, largest gap first, with the gap in US$ where the World Bank has that year's GDP.")
        {
            nato, natoEdition, sipri, sipriEdition, gdp, year, format,
        };
        command.SetAction(parse =>
        {
            var gdpTable = parse.GetValue(gdp) is { } g ? LongTableSeries.ReadWorldBankGdp(g, Path.GetFileName(g)) : LongTableSeries.ShippedWorldBankGdp;
            var rows = DefenceCrossCheck.Compare(NatoDefenceExpenditure.Read(parse.GetValue(nato)!, parse.GetValue(natoEdition)!),
                LongTableSeries.ReadSipri(parse.GetValue(sipri)!, parse.GetValue(sipriEdition)!), gdpTable, parse.GetValue(year));
            var c = CultureInfo.InvariantCulture;
            if (parse.GetValue(format) == "jsonl")
            {
                foreach (var r in rows)
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(new { country = r.Country, year = r.Year, nato = r.Nato, natoEstimate = r.NatoEstimate, sipri = r.Sipri, gapPoints = Math.Round(r.GapPoints, 4), gapUsd = r.GapUsd is { } u ? Math.Round(u) : (double?)null }));
                }

                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("ally", "NATO % GDP", "SIPRI % GDP", "gap (points)", "gap (US$ bn)");
            foreach (var r in rows)
            {
                table.AddRow(Markup.Escape(r.Country), r.Nato.ToString("0.00", c) + (r.NatoEstimate ? "e" : string.Empty), r.Sipri.ToString("0.00", c), r.GapPoints.ToString("+0.00;-0.00;0.00", c),
                    r.GapUsd is { } usd ? (usd / 1e9).ToString("+0.0;-0.0;0.0", c) : "-");
            }

            AnsiConsole.Write(table);
            Console.Out.WriteLine(string.Create(c, $"{rows.Count} allies in both tables for {parse.GetValue(year)}; the two differ by definition (NATO's own rules, SIPRI one definition for all) and GDP vintage."));
            return ExitCodes.Success;
        });
        return command;
    }
}
