using System.CommandLine;
using System.Globalization;
using Bolwerk.Alerts;
using Bolwerk.Host.Maritime;
using Bolwerk.Marking;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Tracking;
using Bolwerk.Storage.Alerts;
using Bolwerk.Storage.Tracks;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Maritime;

/// <summary>
/// `bolwerk maritime ingest`: runs the watch over AIS archives and stores what it saw in the
/// database: every accepted position (the track store), vessel states and identity history, and
/// the alerts (owned by --org, marked --tlp). Ingesting the same archive again stores nothing twice.
/// </summary>
internal static class MaritimeIngestCommand
{
    public static Command Create()
    {
        var setup = new WatchSetup();
        var organisation = new Option<string>("--org") { Description = "Organisation id that owns the stored alerts (must exist: see `bolwerk users`).", Required = true };
        var tlp = new Option<string>("--tlp") { Description = "TLP marking of the stored alerts: clear, green, amber, amber+strict or red.", DefaultValueFactory = _ => "amber" };
        var command = new Command("ingest", "Track vessels and raise alerts from AIS archives, storing positions, vessel states, identity history and alerts in the database.")
        {
            organisation, tlp,
        };
        setup.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var marking = TlpLabels.TryParse(parse.GetValue(tlp), out var parsed) ? parsed : throw new ArgumentException($"--tlp '{parse.GetValue(tlp)}' is not a TLP 2.0 label (clear, green, amber, amber+strict, red)");
            var (options, layers, list, proximity) = setup.Read(parse);
            await using var database = await UsersCommand.OpenMigratedAsync(parse, cancellationToken);
            var tracks = new TrackStore(database);
            await using var recorder = new TrackRecorder(tracks, cancellationToken);
            var alerts = new List<MaritimeAlert>();
            var watch = new MaritimeWatch(options, proximity, list, alerts.Add) { Accepted = recorder.Record };
            var feed = new WatchFeed(watch);
            var errors = await setup.RunAsync(parse, feed, cancellationToken);
            watch.Complete();
            var stored = await recorder.CompleteAsync(watch.Vessels.Values, cancellationToken);

            var converted = alerts.Select(alert => MaritimeAlertConversion.ToAlert(alert, marking)).ToList();
            var batchKey = converted.Count == 0 ? "maritime-empty" : IngestKeys.From([.. converted.Select(a => a.IngestKey)]);
            var result = await new AlertStore(database, TimeProvider.System).IngestAsync("maritime-watch", batchKey, converted, parse.GetValue(organisation)!, "maritime-watch", cancellationToken);

            MaritimeDetectCommand.WriteSummary(watch, feed, errors, layers.Count, list);
            CliConsole.Error.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"stored in {database.DisplayName}: {stored} new positions, {watch.Vessels.Count} vessels; alerts {result.Inserted} new, {result.Skipped} already stored")));
            return ExitCodes.Success;
        });
        return command;
    }
}
