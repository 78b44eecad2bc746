using System.CommandLine;
using System.Globalization;
using System.Text;
using Bolwerk.Maritime.Infrastructure;
using Bolwerk.Maritime.Simulation;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Maritime;

/// <summary>`bolwerk maritime simulate`: labelled AIS traffic for evaluation and the demo.</summary>
internal static class MaritimeSimulateCommand
{
    public static Command Create()
    {
        var assets = new Option<string[]>("--assets", "-a") { Description = "GeoJSON infrastructure layers to stage behaviours on (default: the Baltic layers shipped in data/).", AllowMultipleArgumentsPerToken = false };
        var lanes = new Option<string?>("--lanes") { Description = "GeoJSON LineStrings of the shipping lanes (default: data/maritime/simulation/baltic-lanes.geojson)." };
        var output = new Option<string>("--out", "-o") { Description = "NMEA output file ('-' for standard output; .gz not written).", DefaultValueFactory = _ => "-" };
        var labels = new Option<string?>("--labels") { Description = "Write the labels (injected behaviours and confounders, JSON lines) here." };
        var watchList = new Option<string?>("--watchlist-out") { Description = "Write a watch list CSV naming the watch-listed simulated vessels here." };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed and layers give the same output.", DefaultValueFactory = _ => 2027 };
        var hours = new Option<double>("--hours") { Description = "Length of the simulated period.", DefaultValueFactory = _ => 24 };
        var vessels = new Option<int>("--vessels") { Description = "Background vessels on the lanes.", DefaultValueFactory = _ => 260 };
        var instances = new Option<int>("--instances") { Description = "Instances of each injected behaviour and of each confounder.", DefaultValueFactory = _ => 6 };
        var incident = new Option<string?>("--incident") { Description = "Also replay a real incident from its published facts on the real asset geometry (eagle-s: Eagle S / Estlink 2, 25 Dec 2024, on the shipped layers; yi-peng-3: Yi Peng 3 / BCS East-West, 17 Nov 2024, schematic, needs a layer with that cable); the day becomes the incident's." };
        incident.AcceptOnlyFromAmong([.. MaritimeSimulation.Incidents]);
        var longestOutage = new Option<double>("--longest-outage-minutes") { Description = "Longest innocent reception outage (stress test: above the ais-gap minimum of 60 min, innocent silences become alerts).", DefaultValueFactory = _ => 40 };
        var loss = new Option<double>("--message-loss") { Description = "Share of reports lost at random, 0–1.", DefaultValueFactory = _ => 0.03 };
        var start = new Option<string>("--start") { Description = "Start of the period, UTC ISO 8601.", DefaultValueFactory = _ => "2026-03-01T00:00:00Z" };
        var command = new Command("simulate", "Generate realistic AIS traffic (NMEA with tag blocks) with labelled anchor drags, loitering, gaps, jumps, identity conflicts, rendezvous and watch-listed vessels, plus innocent look-alikes.")
        {
            assets, lanes, output, labels, watchList, seed, hours, vessels, instances, start, incident, longestOutage, loss,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var layerFiles = parse.GetValue(assets) is { Length: > 0 } given ? given : ShippedLayers.BalticInfrastructure;
            var layers = layerFiles.SelectMany(AssetLayerReader.Read).ToList();
            var laneLayer = AssetLayerReader.Read(parse.GetValue(lanes) ?? ShippedLayers.BalticLanes);
            var options = new SimulationOptions
            {
                Seed = parse.GetValue(seed),
                Duration = TimeSpan.FromHours(parse.GetValue(hours)),
                BackgroundVessels = parse.GetValue(vessels),
                InstancesPerKind = parse.GetValue(instances),
                InstancesPerConfounder = parse.GetValue(instances),
                Incident = parse.GetValue(incident),
                LongestOutage = TimeSpan.FromMinutes(Math.Max(3.5, parse.GetValue(longestOutage))),
                MessageLoss = Math.Clamp(parse.GetValue(loss), 0, 0.99),
                Start = DateTimeOffset.TryParse(parse.GetValue(start), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var from)
                    ? from.ToUniversalTime()
                    : throw new ArgumentException($"--start '{parse.GetValue(start)}' is not an ISO 8601 time"),
            };
            var path = parse.GetValue(output)!;
            SimulationResult result;
            await using (var stream = path == "-" ? StandardOutput.Open() : File.Create(path))
            await using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16))
            {
                result = MaritimeSimulation.Run(layers, laneLayer, options, writer);
                await writer.FlushAsync(cancellationToken);
            }

            if (parse.GetValue(labels) is { } labelsPath)
            {
                await using var labelWriter = new StreamWriter(labelsPath, false, new UTF8Encoding(false));
                result.WriteLabels(labelWriter);
            }

            if (parse.GetValue(watchList) is { } watchListPath)
            {
                await File.WriteAllTextAsync(watchListPath, result.WatchListCsv, cancellationToken);
            }

            var positives = result.Labels.Count(l => l.Kind != SimulationLabel.Confounder);
            CliConsole.Error.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{result.Sentences} sentences from {result.Vessels} vessels over {options.Duration.TotalHours:0.#} h ({result.VesselHours:0} vessel-hours); {positives} labelled behaviours, {result.Labels.Count - positives} confounders")));
            return ExitCodes.Success;
        });
        return command;
    }
}
