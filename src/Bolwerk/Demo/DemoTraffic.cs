using Bolwerk.Host.Cli.Maritime;
using Bolwerk.Host.Maritime;
using Bolwerk.Marking;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Infrastructure;
using Bolwerk.Maritime.Simulation;
using Bolwerk.Maritime.Tracking;
using Bolwerk.Maritime.WatchLists;
using Bolwerk.Storage.Alerts;
using Bolwerk.Storage.Tracks;

namespace Bolwerk.Host.Demo;

/// <summary>
/// The demo's maritime picture: a simulated Baltic day with the Eagle S / Estlink 2 replay
/// (published facts on the real cable geometry) and a few staged behaviours, run through the
/// real watch; tracks and the alerts it raised are stored. Simulated traffic, labelled as such
/// in every vessel name ending in "REPLAY" and in docs; the alerts are computed, not seeded.
/// </summary>
internal sealed class DemoTraffic(TrackStore tracks, AlertStore alerts)
{
    private const uint ReplayMmsi = 518_100_001;

    /// <summary>Runs once per database (the replay vessel's stored track is the marker); returns alerts stored.</summary>
    public async Task<int> LoadAsync(string organisation, CancellationToken cancellationToken)
    {
        var day = new DateTimeOffset(2024, 12, 25, 0, 0, 0, TimeSpan.Zero);
        if ((await tracks.TrackAsync(ReplayMmsi, day, day.AddDays(1), cancellationToken)).Count > 0)
        {
            return 0;
        }

        var layers = ShippedLayers.BalticInfrastructure.SelectMany(AssetLayerReader.Read).ToList();
        var lanes = AssetLayerReader.Read(ShippedLayers.BalticLanes);
        using var nmea = new StringWriter();
        var simulation = MaritimeSimulation.Run(layers, lanes, new SimulationOptions { Incident = "eagle-s", BackgroundVessels = 40, InstancesPerKind = 1, InstancesPerConfounder = 1 }, nmea);
        var watchList = new WatchList(simulation.WatchListCsv.Split('\n').Skip(1).Where(line => line.Length > 0).Select((line, i) => ParseRow(line, i + 2)));
        var options = new DetectionOptions();
        var raised = new List<MaritimeAlert>();
        await using var recorder = new TrackRecorder(tracks, cancellationToken);
        var watch = new MaritimeWatch(options, MaritimeDetectCommand.Proximity(layers, options), watchList, raised.Add) { Accepted = recorder.Record };
        new WatchFeed(watch).DecodeAll(nmea.ToString());
        watch.Complete();
        await recorder.CompleteAsync(watch.Vessels.Values, cancellationToken);
        var converted = raised.Select(alert => MaritimeAlertConversion.ToAlert(alert, Tlp.Amber)).ToList();
        var result = await alerts.IngestAsync("maritime-watch", "demo-traffic-v1", converted, organisation, "maritime-watch", cancellationToken);
        return result.Inserted;
    }

    // The simulator's watch list: imo,mmsi,name.
    private static WatchListEntry ParseRow(string line, int lineNumber)
    {
        var parts = line.Split(',');
        Bolwerk.Identifiers.ImoNumber? imo = Bolwerk.Identifiers.ImoNumber.TryParse(parts[0], out var i) ? i : null;
        Bolwerk.Identifiers.Mmsi? mmsi = Bolwerk.Identifiers.Mmsi.TryParse(parts[1], out var m) ? m : null;
        return new WatchListEntry(imo, mmsi, parts[2], null, "simulated watch list", lineNumber);
    }
}
