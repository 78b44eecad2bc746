using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Forensics;
using Bolwerk.Maritime.Infrastructure;
using Bolwerk.Maritime.Simulation;
using Bolwerk.Maritime.Tests.Simulation;
using Bolwerk.Maritime.Tracking;
using Bolwerk.Maritime.WatchLists;
using Xunit.Abstractions;

namespace Bolwerk.Maritime.Tests.Forensics;

/// <summary>
/// Forensics on simulated traffic: the incident replays rank their culprit first with the right
/// reasons, and on a simulated day every staged anchor drag and loitering culprit ranks first in
/// at least 90 % of queries and in the top 3 in all, among the innocent ships crossing the same asset.
/// </summary>
public sealed class ForensicRankingTests(ITestOutputHelper output)
{
    [Fact]
    public void Eagle_s_replay_ranks_first_for_the_estlink_2_fault()
    {
        var day = Watched(TestLayers.Shipped, new SimulationOptions { Incident = "eagle-s", BackgroundVessels = 40, InstancesPerKind = 1, InstancesPerConfounder = 1 },
            WatchListReader.Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", "watchlists", "eu_annex_xlii_designated_vessels_2025-10-23.csv")));
        var estlink = TestLayers.Shipped.First(a => a.Name == "HVDC Estlink 2");

        // Estlink 2 failed at 12:26 EET (10:26 UTC) on 25 December 2024.
        var (ranked, coverage) = day.Rank(new ForensicQuery { Asset = estlink, FaultTime = new DateTimeOffset(2024, 12, 25, 10, 26, 0, TimeSpan.Zero) });

        var first = ranked[0];
        output.WriteLine(string.Join("\n", ranked.Select(c => $"{c.Rank} {c.Mmsi} {c.Score}: {string.Join("; ", c.Reasons)}")));
        first.Mmsi.ShouldBe(518_100_001u);
        first.Reasons.ShouldContain(r => r.StartsWith("AIS silent for 90 min", StringComparison.Ordinal));
        first.Reasons.ShouldContain("on the watch list");
        first.Reasons.ShouldContain(r => r.Contains("watch alert anchor-drag", StringComparison.Ordinal));
        coverage.Thin.ShouldBeFalse();
    }

    [Fact]
    public void Yi_peng_3_replay_ranks_first_for_the_bcs_east_west_fault()
    {
        var layers = TestLayers.Shipped.Concat(AssetLayerReader.Read(Path.Combine(TestLayers.Folder, "telegeography_baltic_cables.geojson"))).ToList();
        var day = Watched(layers, new SimulationOptions { Incident = "yi-peng-3", BackgroundVessels = 40, InstancesPerKind = 1, InstancesPerConfounder = 1 }, null);
        var bcs = layers.First(a => a.Name == "BCS East-West Interlink");

        var (ranked, _) = day.Rank(new ForensicQuery { Asset = bcs, FaultTime = new DateTimeOffset(2024, 11, 17, 20, 0, 0, TimeSpan.Zero) });

        output.WriteLine(string.Join("\n", ranked.Select(c => $"{c.Rank} {c.Mmsi} {c.Score}: {string.Join("; ", c.Reasons)}")));
        ranked[0].Mmsi.ShouldBe(412_100_002u);
        ranked[0].Reasons.ShouldContain(r => r.Contains("slower", StringComparison.Ordinal));
    }

    [Fact]
    public void Staged_culprits_rank_first_in_nine_queries_of_ten_and_in_the_top_three_always()
    {
        var day = Watched(TestLayers.Shipped, new SimulationOptions { Seed = 31337, BackgroundVessels = 120, InstancesPerKind = 6, InstancesPerConfounder = 6 }, null);
        var culprits = day.Labels.Where(l => l.Kind is MaritimeAlertKinds.AnchorDrag or MaritimeAlertKinds.InfrastructureLoitering && l.AssetId is not null).ToList();
        culprits.Count.ShouldBe(12);

        var ranks = new List<int>();
        foreach (var label in culprits)
        {
            var asset = TestLayers.Shipped.First(a => a.Id == label.AssetId);
            var fault = label.Start + ((label.End - label.Start) / 2);
            var (ranked, _) = day.Rank(new ForensicQuery { Asset = asset, FaultTime = fault });
            var rank = ranked.FirstOrDefault(c => c.Mmsi == label.Mmsi)?.Rank ?? int.MaxValue;
            output.WriteLine($"{label.Kind} {label.Variant} {label.Mmsi} at {asset.Id}: rank {rank} of {ranked.Count}");
            ranks.Add(rank);
        }

        ranks.Count(r => r == 1).ShouldBeGreaterThanOrEqualTo((int)Math.Ceiling(0.9 * ranks.Count));
        ranks.ShouldAllBe(r => r <= 3);
    }

    private static WatchedDay Watched(IReadOnlyList<InfrastructureAsset> layers, SimulationOptions options, WatchList? watchList)
    {
        using var nmea = new StringWriter();
        var simulation = MaritimeSimulation.Run(layers, TestLayers.Lanes, options, nmea);
        var positions = new List<(uint, TrackPoint)>();
        var alerts = new List<MaritimeAlert>();
        var watch = new MaritimeWatch(new DetectionOptions(), new AssetProximity(layers, 1_000, 10_000), watchList, alerts.Add) { Accepted = (m, p) => positions.Add((m, p)) };
        new WatchFeed(watch).DecodeAll(nmea.ToString());
        watch.Complete();
        return new WatchedDay(simulation.Labels, positions, alerts, watch);
    }

    /// <summary>A decoded and watched day, replayed into one forensic analysis per query.</summary>
    private sealed record WatchedDay(IReadOnlyList<SimulationLabel> Labels, List<(uint Mmsi, TrackPoint Point)> Positions, List<MaritimeAlert> Alerts, MaritimeWatch Watch)
    {
        public (IReadOnlyList<ForensicCandidate> Ranked, ForensicCoverage Coverage) Rank(ForensicQuery query)
        {
            var analysis = new ForensicAnalysis(query);
            foreach (var (mmsi, point) in Positions)
            {
                analysis.Accept(mmsi, point);
            }

            foreach (var alert in Alerts)
            {
                analysis.Alert(alert);
            }

            return analysis.Rank(Watch.Vessels, Watch.WatchListed);
        }
    }
}
