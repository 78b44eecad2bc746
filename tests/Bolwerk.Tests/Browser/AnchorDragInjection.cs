using Bolwerk.Host.Cli.Maritime;
using Bolwerk.Host.Maritime;
using Bolwerk.Marking;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Infrastructure;
using Bolwerk.Maritime.Simulation;
using Bolwerk.Maritime.Tracking;
using Bolwerk.Maritime.WatchLists;
using Bolwerk.Storage.Alerts;

namespace Bolwerk.Tests.Browser;

/// <summary>
/// An anchor-drag scenario injected while the page is open: the simulator stages anchor drags on
/// the shipped Baltic cables on a later day (no background traffic), the real watch detects them,
/// and the alerts are stored the way `maritime ingest` stores them — the server's stream must
/// bring them to the page.
/// </summary>
internal static class AnchorDragInjection
{
    public static async Task<IReadOnlyList<MaritimeAlert>> InjectAsync(AlertStore alerts, string organisation, string by)
    {
        var layers = ShippedLayers.BalticInfrastructure.SelectMany(AssetLayerReader.Read).ToList();
        var lanes = AssetLayerReader.Read(ShippedLayers.BalticLanes);
        using var nmea = new StringWriter();
        MaritimeSimulation.Run(layers, lanes, new SimulationOptions
        {
            Start = new DateTimeOffset(2024, 12, 26, 0, 0, 0, TimeSpan.Zero), Seed = 7, BackgroundVessels = 0, InstancesPerKind = 1, InstancesPerConfounder = 0,
        }, nmea);
        var options = new DetectionOptions();
        var raised = new List<MaritimeAlert>();
        var watch = new MaritimeWatch(options, MaritimeDetectCommand.Proximity(layers, options), new WatchList([]), raised.Add);
        new WatchFeed(watch).DecodeAll(nmea.ToString());
        watch.Complete();
        var drags = raised.Where(a => a.Kind == MaritimeAlertKinds.AnchorDrag).ToList();
        drags.ShouldNotBeEmpty("the staged anchor drag must be detected");
        await alerts.IngestAsync("maritime-watch", "injected-anchor-drag", [.. drags.Select(a => MaritimeAlertConversion.ToAlert(a, Tlp.Amber))], organisation, by, CancellationToken.None);
        return drags;
    }
}
