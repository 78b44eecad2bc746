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
        var ownership = new AlertOwnership();
        var command = new Command("ingest", "Track vessels and raise alerts from AIS archives, storing positions, vessel states, identity history and alerts in the database.");
        ownership.AddTo(command);
        setup.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (options, layers, list, proximity) = setup.Read(parse);
            await using var database = await UsersCommand.OpenMigratedAsync(parse, cancellationToken);
            // Checked before the feed starts: alerts are stored as they are raised.
            var (owner, marking) = await ownership.ReadAsync(parse, database, cancellationToken);

            var tracks = new TrackStore(database);
            await using var recorder = new TrackRecorder(tracks, cancellationToken);
            // Alerts and vessel states are stored while the feed runs, so a server on the same database shows them live.
            var alerts = new LiveAlertWriter(new AlertStore(database, TimeProvider.System), owner, marking, cancellationToken);
            var watch = new MaritimeWatch(options, proximity, list, alerts.Raise) { Accepted = recorder.Record };
            recorder.Vessels = watch.Vessels;
            var feed = new WatchFeed(watch);
            var errors = await setup.RunAsync(parse, feed, cancellationToken);
            watch.Complete();
            var stored = await recorder.CompleteAsync(watch.Vessels.Values, cancellationToken);
            var result = await alerts.CompleteAsync();

            MaritimeDetectCommand.WriteSummary(watch, feed, errors, layers.Count, list);
            CliConsole.Error.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"stored in {database.DisplayName}: {stored} new positions, {watch.Vessels.Count} vessels; alerts {result.Inserted} new, {result.Skipped} already stored")));
            return ExitCodes.Success;
        });
        return command;
    }
}
