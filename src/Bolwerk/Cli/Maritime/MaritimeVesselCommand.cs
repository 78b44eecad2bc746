using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Bolwerk.Host.Maritime;
using Bolwerk.Identifiers;
using Bolwerk.Maritime.Dossiers;
using Bolwerk.Maritime.WatchLists;
using Bolwerk.Storage.Alerts;
using Bolwerk.Storage.Tracks;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Maritime;

/// <summary>`bolwerk maritime vessel MMSI|IMO`: the vessel's dossier and shadow-fleet risk score from the database.</summary>
internal static class MaritimeVesselCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var id = new Argument<string>("vessel") { Description = "An MMSI (nine digits) or an IMO number (seven digits, optionally 'IMO 9329760')." };
        var watchList = new Option<string?>("--watchlist") { Description = "CSV watch list to check the vessel against (default: the watch-list alerts stored)." };
        var format = new Option<string>("--format", "-f") { Description = "table or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("vessel", "A vessel's dossier from the stored tracks and alerts: identities over time across every MMSI of its IMO (reflagging shows), alerts, watch-list status and a shadow-fleet risk score with its factors.")
        {
            id, watchList, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var text = parse.GetValue(id)!.Trim();
            uint? mmsi = null;
            int? imo = null;
            if (text.Length == 9 && Mmsi.TryParse(text, out var m))
            {
                mmsi = m.Value;
            }
            else if (ImoNumber.TryParse(text, out var i))
            {
                imo = i.Value;
            }
            else
            {
                throw new ArgumentException($"'{text}' is neither an MMSI (nine digits) nor an IMO number (seven digits with a valid check digit)");
            }

            var list = parse.GetValue(watchList) is { } path ? WatchListReader.Read(path) : null;
            await using var database = await UsersCommand.OpenMigratedAsync(parse, cancellationToken);
            var dossier = await new DossierBuilder(new TrackStore(database), new AlertStore(database, TimeProvider.System)).BuildAsync(mmsi, imo, list, null, cancellationToken);
            if (dossier is null)
            {
                CliConsole.Fail($"nothing stored for {text} in {database.DisplayName}");
                return ExitCodes.Failure;
            }

            if (parse.GetValue(format) == "json")
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(dossier, Json));
                return ExitCodes.Success;
            }

            var c = CultureInfo.InvariantCulture;
            AnsiConsole.MarkupLine(Markup.Escape(string.Create(c, $"MMSI {string.Join(", ", dossier.Facts.Mmsis.Select(v => v.ToString("D9", c)))}{(dossier.Facts.Imo is { } number ? $"; IMO {number}" : string.Empty)}; shadow-fleet risk {dossier.Risk.Score:0.00}")));
            var identities = new Table().AddColumns("mmsi", "field", "value", "first seen", "last seen");
            foreach (var identity in dossier.Facts.Identities.OrderBy(x => x.FirstSeen).ThenBy(x => x.Field))
            {
                identities.AddRow(identity.Mmsi.ToString("D9", c), identity.Field, Markup.Escape(identity.Value), identity.FirstSeen.ToString("u", c), identity.LastSeen.ToString("u", c));
            }

            AnsiConsole.Write(identities);
            var risk = new Table().AddColumns("factor", "value", "weight", "why");
            foreach (var factor in dossier.Risk.Factors)
            {
                risk.AddRow(factor.Name, factor.Value.ToString("0.00", c), factor.Weight.ToString("0.00", c), Markup.Escape(factor.Explanation));
            }

            AnsiConsole.Write(risk);
            var alertTable = new Table().AddColumns("kind", "start", "end", "title");
            foreach (var alert in dossier.Facts.Alerts)
            {
                alertTable.AddRow(alert.Kind, alert.Start.ToString("u", c), alert.End.ToString("u", c), Markup.Escape(alert.Title));
            }

            AnsiConsole.Write(alertTable);
            return ExitCodes.Success;
        });
        return command;
    }
}
