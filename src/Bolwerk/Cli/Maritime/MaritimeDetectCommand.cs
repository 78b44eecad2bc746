using System.CommandLine;
using System.Globalization;
using System.Text;
using Bolwerk.Host.Cli.Ais;
using Bolwerk.Maritime.Ais.Decoding;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Infrastructure;
using Bolwerk.Maritime.Tracking;
using Bolwerk.Maritime.WatchLists;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Maritime;

/// <summary>
/// `bolwerk maritime detect`: runs the maritime watch over AIS archives and writes one alert per
/// episode. The command line is a contract other tools score against (docs/cli.md): keep it.
/// </summary>
internal static class MaritimeDetectCommand
{
    public static Command Create()
    {
        var setup = new WatchSetup();
        var format = new Option<string>("--format", "-f") { Description = "jsonl (one alert object per line, nothing else on stdout) or table.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("jsonl", "table");
        var command = new Command("detect", "Track vessels and raise alerts (anchor-drag, infrastructure-loitering, ais-gap, position-jump, identity-conflict, rendezvous, watchlisted-vessel) from AIS archives.")
        {
            format,
        };
        setup.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (options, layers, list, proximity) = setup.Read(parse);
            var jsonl = parse.GetValue(format) == "jsonl";
            var collected = new List<MaritimeAlert>();
            await using var stdout = StandardOutput.Open();
            await using var text = new StreamWriter(stdout, new UTF8Encoding(false), 1 << 16);
            var watch = new MaritimeWatch(options, proximity, list, alert =>
            {
                if (jsonl)
                {
                    text.WriteLine(MaritimeAlertJson.ToJsonLine(alert));
                }
                else
                {
                    collected.Add(alert);
                }
            });
            var feed = new WatchFeed(watch);
            var errors = await setup.RunAsync(parse, feed, cancellationToken);
            watch.Complete();
            await text.FlushAsync(cancellationToken);
            if (!jsonl)
            {
                WriteTable(collected);
            }

            WriteSummary(watch, feed, errors, layers.Count, list);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The layers prepared for the largest radius any detector asks about.</summary>
    public static AssetProximity Proximity(IReadOnlyList<InfrastructureAsset> layers, DetectionOptions options) =>
        new(layers,
            Math.Max(options.Corridor.BufferMetres, options.Loitering.RadiusMetres),
            Math.Max(options.Corridor.AnchorageExclusionMetres, options.Rendezvous.AnchorageExclusionMetres));

    private static void WriteTable(List<MaritimeAlert> alerts)
    {
        var table = new Table().AddColumns("kind", "mmsi", "start", "end", "asset", "score", "explanation");
        foreach (var alert in alerts.OrderBy(a => a.Start).ThenBy(a => a.Mmsi))
        {
            table.AddRow(
                alert.Kind,
                alert.Mmsi.ToString("D9", CultureInfo.InvariantCulture) + (alert.OtherMmsi is { } other ? "\n" + other.ToString("D9", CultureInfo.InvariantCulture) : string.Empty),
                alert.Start.UtcDateTime.ToString("u", CultureInfo.InvariantCulture),
                alert.End.UtcDateTime.ToString("u", CultureInfo.InvariantCulture),
                Markup.Escape(alert.AssetId ?? string.Empty),
                alert.Score.ToString("0.00", CultureInfo.InvariantCulture),
                Markup.Escape(alert.Explanation));
        }

        AnsiConsole.Write(table);
    }

    public static void WriteSummary(MaritimeWatch watch, WatchFeed feed, long errors, int assetCount, WatchList? list)
    {
        var s = watch.Statistics;
        var c = CultureInfo.InvariantCulture;
        var kinds = string.Join(", ", MaritimeAlertKinds.All.Select(kind => string.Create(c, $"{kind} {watch.AlertsRaised.GetValueOrDefault(kind)}")));
        CliConsole.Error.MarkupLine(Markup.Escape(string.Create(c,
            $"{watch.Vessels.Count} vessels, {s.Positions} positions ({s.Accepted} accepted, {s.Diverted} set aside as second tracks, {s.OutOfOrder} late, {s.Duplicates} repeated), {s.VesselHours:0.#} vessel-hours; {assetCount} assets{(list is null ? string.Empty : $", {list.Entries.Count} watch-listed vessels")}")));
        CliConsole.Error.MarkupLine(Markup.Escape(string.Create(c, $"alerts: {watch.AlertsRaised.Values.Sum()} ({kinds})")));
        if (feed.Untimed > 0)
        {
            CliConsole.Warn(string.Create(c, $"{feed.Untimed} messages carried no receiver time (no tag block or timestamp) and were not tracked"));
        }

        if (errors > 0)
        {
            CliConsole.Warn(string.Create(c, $"{errors} lines could not be decoded (see `bolwerk ais stats` for reasons and examples)"));
        }
    }
}
