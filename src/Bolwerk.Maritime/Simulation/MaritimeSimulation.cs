using System.Globalization;
using System.Text;
using System.Text.Json;
using Bolwerk.Geodesy;
using Bolwerk.Maritime.Infrastructure;
using NetTopologySuite.Geometries;

namespace Bolwerk.Maritime.Simulation;

/// <summary>What a simulation produced besides its NMEA: the labels, the watch list and counts.</summary>
/// <param name="Labels">Injected behaviours and confounders.</param>
/// <param name="WatchListCsv">A watch list (imo,mmsi,name) naming the watch-listed vessels, for `detect --watchlist`.</param>
/// <param name="Sentences">NMEA sentences written.</param>
/// <param name="Vessels">Distinct MMSIs that reported.</param>
/// <param name="VesselHours">Hours between each simulated vessel's first and last report, summed.</param>
public sealed record SimulationResult(IReadOnlyList<SimulationLabel> Labels, string WatchListCsv, long Sentences, int Vessels, double VesselHours)
{
    /// <summary>The labels file: a first line with the run's totals (kind "meta"), then one label per line.</summary>
    public void WriteLabels(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("kind", "meta");
            writer.WriteNumber("sentences", Sentences);
            writer.WriteNumber("vessels", Vessels);
            writer.WriteNumber("vesselHours", Math.Round(VesselHours, 1));
            writer.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        foreach (var label in Labels)
        {
            buffer.SetLength(0);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                label.Write(writer);
            }

            output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }
}

/// <summary>
/// `bolwerk maritime simulate`: realistic AIS traffic over given asset layers and shipping lanes,
/// with every behaviour the watch detects injected in hard variants and labelled, and innocent
/// look-alikes beside them. The source of Bolwerk's own evaluation (docs/detection.md).
/// </summary>
public static class MaritimeSimulation
{
    /// <summary>Incidents that can be replayed (`--incident`).</summary>
    public static IReadOnlyList<string> Incidents => IncidentReplays.Names;

    /// <summary>Runs the simulation, writing NMEA lines to <paramref name="nmea"/>.</summary>
    public static SimulationResult Run(IReadOnlyList<InfrastructureAsset> assets, IReadOnlyList<InfrastructureAsset> lanes, SimulationOptions options, TextWriter nmea)
    {
        ArgumentNullException.ThrowIfNull(assets);
        ArgumentNullException.ThrowIfNull(lanes);
        ArgumentNullException.ThrowIfNull(options);
        var world = new SimulationWorld(assets, [.. lanes.SelectMany(lane => Paths(lane.Geometry))]);
        if (options.Incident is { } incident)
        {
            options = options with { Start = IncidentReplays.Day(incident) };
        }

        var builder = new ScenarioBuilder(world, options);
        builder.Build();
        if (options.Incident == "eagle-s")
        {
            var (vessel, replayLabels) = IncidentReplays.EagleS(assets);
            builder.Vessels.Add(vessel);
            builder.Labels.AddRange(replayLabels);
            builder.WatchListed.Add((vessel, true));
        }
        else if (options.Incident == "yi-peng-3")
        {
            var (vessel, replayLabels) = IncidentReplays.YiPeng3(assets);
            builder.Vessels.Add(vessel);
            builder.Labels.AddRange(replayLabels);
        }

        var simulator = new TrafficSimulator(builder.Vessels, options);
        simulator.Run(nmea);
        builder.LabelWatchListed();
        var csv = new StringBuilder("imo,mmsi,name\n");
        foreach (var (vessel, byImo) in builder.WatchListed)
        {
            csv.Append(byImo ? vessel.Imo.ToString(CultureInfo.InvariantCulture) : string.Empty).Append(',')
                .Append(byImo ? string.Empty : vessel.Mmsi.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(vessel.Name).Append('\n');
        }

        var reported = builder.Vessels.Where(v => v.FirstReportMs >= 0).Select(v => v.Mmsi).Distinct().Count();
        var labels = builder.Labels.OrderBy(l => l.Start).ThenBy(l => l.Mmsi).ToList();
        return new SimulationResult(labels, csv.ToString(), simulator.Sentences, reported, simulator.VesselHours);
    }

    private static IEnumerable<IReadOnlyList<GeoPoint>> Paths(Geometry geometry) => geometry switch
    {
        LineString line => [[.. line.Coordinates.Select(c => new GeoPoint(c.Y, c.X))]],
        GeometryCollection collection => Enumerable.Range(0, collection.NumGeometries).SelectMany(i => Paths(collection.GetGeometryN(i))),
        _ => [],
    };
}
