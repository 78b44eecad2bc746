using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Bolwerk.Strategy.Data;
using Bolwerk.Strategy.Indicators;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Strategy;

/// <summary>`bolwerk strategy burden-sharing`: aid to Ukraine by donor from a Kiel release, the Netherlands' place among them.</summary>
internal static class BurdenSharingCommand
{
    public static Command Create()
    {
        var kiel = new Option<string>("--kiel") { Description = "Directory of a Kiel Ukraine Support Tracker release (data_explorer.csv, eu_aid_shares.csv, release_info.csv, procurement_trends.csv).", Required = true };
        var format = new Option<string>("--format") { DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var command = new Command("burden-sharing", "Aid to Ukraine per government donor: allocated and committed (EUR bn), % of 2021 GDP with and without attributed EU-level aid, fair-share index, rank; Kiel's method.")
        {
            kiel, format,
        };
        command.SetAction(parse =>
        {
            var result = BurdenSharing.Analyse(KielSupportTracker.Read(parse.GetValue(kiel)!));
            var c = CultureInfo.InvariantCulture;
            if (parse.GetValue(format) == "jsonl")
            {
                foreach (var d in result.Governments)
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(new
                    {
                        donor = d.Donor, iso = d.Iso, allocatedBn = Math.Round(d.Allocated, 4), militaryBn = Math.Round(d.Military, 4), financialBn = Math.Round(d.Financial, 4),
                        humanitarianBn = Math.Round(d.Humanitarian, 4), committedBn = Math.Round(d.Committed, 4), toBeAllocatedBn = Math.Round(d.ToBeAllocated, 4),
                        pctGdp = Math.Round(d.PctGdp, 4), pctGdpWithEu = d.PctGdpWithEu is { } w ? Math.Round(w, 4) : (double?)null, fairShare = Math.Round(d.FairShare, 3),
                        rank = d.Rank, of = result.DonorCount, euRankWithEu = d.EuRankWithEu, release = result.Release.Label,
                    }));
                }

                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("#", "donor", "allocated €bn", "military", "committed", "% GDP", "% GDP with EU", "fair share", "EU #");
            foreach (var d in result.Governments)
            {
                var name = d.Iso == "NLD" ? $"[bold]{Markup.Escape(d.Donor)}[/]" : Markup.Escape(d.Donor);
                table.AddRow(d.Rank.ToString(c), name, d.Allocated.ToString("0.00", c), d.Military.ToString("0.00", c), d.Committed.ToString("0.00", c), d.PctGdp.ToString("0.00", c),
                    d.PctGdpWithEu?.ToString("0.00", c) ?? "-", d.FairShare.ToString("0.0", c), d.EuRankWithEu?.ToString(c) ?? "-");
            }

            AnsiConsole.Write(table);
            Console.Out.WriteLine(string.Create(c, $"{result.DonorCount} governments; all donors €{result.AllDonorsAllocated:0.0} bn allocated (EU institutions €{result.EuInstitutionsAllocated:0.0} bn); NATO PURL €{result.NatoPurl:0.00} bn; {result.Release.Label}, published {result.Release.Published:yyyy-MM-dd}"));
            return ExitCodes.Success;
        });
        return command;
    }
}
