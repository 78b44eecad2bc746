using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Bolwerk.Strategy.Data;
using Bolwerk.Strategy.Indicators;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Strategy;

/// <summary>`bolwerk strategy dependencies`: the raw materials the EU depends on, by supplier concentration.</summary>
internal static class DependenciesCommand
{
    public static Command Create()
    {
        var crm = CrmOptions.Files();
        var noShipped = CrmOptions.NoShipped();
        var all = new Option<bool>("--all") { Description = "List every material-stage pair, not only those above a threshold." };
        var view = new Option<string>("--view") { Description = "eu: shares of EU sourcing (where the EU buys; default); global: shares of world supply (shipped 2023 study only).", DefaultValueFactory = _ => "eu" };
        view.AcceptOnlyFromAmong("eu", "global");
        var format = new Option<string>("--format") { DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var command = new Command("dependencies", "Material-stage pairs of EU raw-material supply by concentration: HHI against the Commission's 0.4 threshold, largest third country against the CRM Act's 65 % benchmark; the newest edition given.")
        {
            crm, noShipped, view, all, format,
        };
        command.SetAction(parse =>
        {
            var editions = CrmOptions.Editions(parse.GetValue(crm), parse.GetValue(noShipped));
            if (editions.Count == 0)
            {
                Console.Error.WriteLine("no supply-share edition: give --crm FILE:YEAR or drop --no-shipped-crm");
                return ExitCodes.Usage;
            }

            var (year, edition, shares) = editions.MaxBy(e => e.Year);
            if (parse.GetValue(view) == "global")
            {
                (year, edition, shares) = (CrmSupplyShares.ShippedYear, CrmSupplyShares.ShippedGlobalEdition, CrmSupplyShares.ShippedGlobal);
            }

            var results = SupplyConcentration.Analyse(shares).Where(r => parse.GetValue(all) || r.AboveHhiThreshold || r.AboveSingleCountryCap).ToList();
            var c = CultureInfo.InvariantCulture;
            if (parse.GetValue(format) == "jsonl")
            {
                foreach (var r in results)
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(new
                    {
                        material = r.Material, stage = r.Stage == "E" ? "extraction" : "processing", hhi = Math.Round(r.Hhi, 4),
                        topSupplier = r.TopSupplier.Country, topShare = r.TopSupplier.Share,
                        topThirdCountry = r.TopNonEuSupplier?.Country, topThirdCountryShare = r.TopNonEuSupplier?.Share,
                        aboveHhiThreshold = r.AboveHhiThreshold, aboveSingleThirdCountryCap = r.AboveSingleCountryCap,
                        euShare = Math.Round(r.EuShare, 4), euBenchmark = r.EuBenchmark, belowEuBenchmark = r.BelowEuBenchmark, year, edition,
                    }));
                }

                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("material", "stage", "HHI", "largest supplier", "largest third country", "EU27", "flags");
            foreach (var r in results)
            {
                var flags = string.Join(", ", new[] { r.AboveHhiThreshold ? "HHI > 0.4" : null, r.AboveSingleCountryCap ? "third country > 65 %" : null, r.BelowEuBenchmark ? string.Create(c, $"EU < {r.EuBenchmark:P0}") : null }.OfType<string>());
                table.AddRow(Markup.Escape(r.Material), r.Stage == "E" ? "extraction" : "processing", r.Hhi.ToString("0.00", c),
                    Markup.Escape(string.Create(c, $"{r.TopSupplier.Country} {r.TopSupplier.Share:P0}")),
                    Markup.Escape(r.TopNonEuSupplier is { } n ? string.Create(c, $"{n.Country} {n.Share:P0}") : "-"), r.EuShare.ToString("P0", c), Markup.Escape(flags));
            }

            AnsiConsole.Write(table);
            Console.Out.WriteLine(string.Create(c, $"{results.Count} pairs shown; {edition} ({year})"));
            return ExitCodes.Success;
        });
        return command;
    }
}
