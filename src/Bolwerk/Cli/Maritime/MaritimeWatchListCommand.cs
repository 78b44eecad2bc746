using System.CommandLine;
using System.Globalization;
using Bolwerk.Identifiers;
using Bolwerk.Maritime.WatchLists;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Maritime;

/// <summary>`bolwerk maritime watchlist`: checks a watch list file and looks vessels up in it.</summary>
internal static class MaritimeWatchListCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "CSV with an 'imo' and/or 'mmsi' column (e.g. the EU Annex XLII list as published)." };
        var imo = new Option<string?>("--imo") { Description = "Look up this IMO number." };
        var mmsi = new Option<string?>("--mmsi") { Description = "Look up this MMSI." };
        var command = new Command("watchlist", "Read a watch list (reporting any bad row with file, line and column) and look vessels up in it; exit 1 when a looked-up vessel is not listed.")
        {
            file, imo, mmsi,
        };
        command.SetAction(parse =>
        {
            var list = WatchListReader.Read(parse.GetValue(file)!);
            CliConsole.Error.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{list.Entries.Count} vessels ({list.Entries.Count(e => e.Imo is not null)} with IMO, {list.Entries.Count(e => e.Mmsi is not null)} with MMSI), {list.Duplicates} repeated rows ignored")));
            WatchListEntry? entry = null;
            var asked = false;
            if (parse.GetValue(imo) is { } imoText)
            {
                asked = true;
                entry = ImoNumber.TryParse(imoText, out var parsed)
                    ? list.Find(parsed)
                    : throw new ArgumentException($"--imo '{imoText}' is not an IMO number (seven digits with a valid check digit)");
            }

            if (parse.GetValue(mmsi) is { } mmsiText)
            {
                asked = true;
                entry ??= Mmsi.TryParse(mmsiText, out var parsed) ? list.Find(parsed) : throw new ArgumentException($"--mmsi '{mmsiText}' is not an MMSI (nine digits)");
            }

            if (!asked)
            {
                return ExitCodes.Success;
            }

            if (entry is null)
            {
                Console.Out.WriteLine("not listed");
                return ExitCodes.Failure;
            }

            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"listed: {entry.Name} (IMO {entry.Imo?.ToString() ?? "-"}, MMSI {entry.Mmsi?.ToString() ?? "-"}, listed {entry.Listed ?? "-"}) at {entry.Source}:{entry.Line}"));
            return ExitCodes.Success;
        });
        return command;
    }
}
