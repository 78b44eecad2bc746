using Bolwerk.Geodesy;
using Bolwerk.Maritime.Detection;
using Bolwerk.Maritime.Forensics;
using Bolwerk.Maritime.Infrastructure;
using Bolwerk.Maritime.Tests.Detection;
using NetTopologySuite.Geometries;

namespace Bolwerk.Maritime.Tests.Forensics;

/// <summary>The forensic ranking on hand-built tracks around the test cable along 3.0°E (53–54°N).</summary>
public sealed class ForensicAnalysisTests
{
    private const uint Culprit = 518000001;
    private const uint FastCrosser = 244000001;
    private const uint Passer = 244000002;
    private const uint Far = 244000003;
    private static readonly InfrastructureAsset Cable = new("cable-1", "Test Cable", AssetKind.Cable, "test",
        new GeometryFactory(new PrecisionModel(), 4326).CreateLineString([new Coordinate(3.0, 53.0), new Coordinate(3.0, 54.0)]), new Dictionary<string, string>());

    // Fault at 03:00. The culprit slows from 10 kn and goes dark for 80 min while crossing at 2 kn;
    // one ship crosses at 12 kn an hour earlier, one passes 1.5 km off at the fault time, one is far away.
    private static (List<ForensicCandidate> Ranked, ForensicCoverage Coverage) Run(ForensicQuery? query = null, bool culpritListed = false)
    {
        var harness = new WatchHarness();
        harness.Identity(Culprit, 80, name: "DARK TANKER");
        var tracks = new (uint, IEnumerable<Tracking.TrackPoint>)[]
        {
            (Culprit, new TrackBuilder(2.49, 53.3).Leg(90, 10, 90).Leg(20, 6, 90).Silent(80, 2, 90).Leg(60, 7, 90).Points),
            (FastCrosser, new TrackBuilder(2.80, 53.5, startMinutes: 60).Leg(60, 12, 90).Points),
            (Passer, new TrackBuilder(3.022, 53.0, startMinutes: 150).Leg(60, 10, 0).Points),
            (Far, new TrackBuilder(1.0, 53.3).Leg(240, 10, 0).Points),
        };
        var analysis = new ForensicAnalysis(query ?? new ForensicQuery { Asset = Cable, FaultTime = WatchHarness.T0.AddHours(3), Window = TimeSpan.FromHours(6) });
        var watch = new MaritimeWatch(new DetectionOptions(), new AssetProximity([Cable], 5_000, 10_000), null, analysis.Alert) { Accepted = analysis.Accept };
        watch.ObserveIdentity(Culprit, WatchHarness.T0.ToUnixTimeMilliseconds(), new Tracking.VesselIdentity { Name = "DARK TANKER", ShipType = 80 });
        foreach (var (mmsi, point) in tracks.SelectMany(t => t.Item2.Select(p => (t.Item1, p))).OrderBy(x => x.p.TimeMs))
        {
            watch.ObservePosition(mmsi, point, classB: false);
        }

        watch.Complete();
        var (ranked, coverage) = analysis.Rank(watch.Vessels, mmsi => culpritListed && mmsi == Culprit);
        return ([.. ranked], coverage);
    }

    [Fact]
    public void The_ship_that_went_dark_crossing_the_cable_ranks_first_with_the_silence_as_evidence()
    {
        var (ranked, _) = Run();

        ranked.Select(c => c.Mmsi).ShouldBe([Culprit, Passer, FastCrosser], ignoreOrder: false, customMessage: string.Join("\n", ranked.Select(c => $"{c.Rank} {c.Mmsi} {c.Score}: {string.Join("; ", c.Reasons)}")));
        var culprit = ranked[0];
        culprit.Rank.ShouldBe(1);
        culprit.Name.ShouldBe("DARK TANKER");
        culprit.ClosestApproachInterpolated.ShouldBeTrue();
        culprit.ClosestApproachMeters.ShouldBeLessThan(100);
        culprit.Reasons.ShouldContain(r => r.StartsWith("AIS silent for 80 min", StringComparison.Ordinal));
        culprit.Reasons.ShouldContain(r => r.Contains("slower", StringComparison.Ordinal));
        culprit.Factors["darkOverAsset"].ShouldBe(1, 0.01);
        culprit.Score.ShouldBeGreaterThan(ranked[1].Score + 0.2);
        ranked.ShouldNotContain(c => c.Mmsi == Far);
    }

    [Fact]
    public void Near_a_fault_position_only_vessels_near_that_point_count()
    {
        // The passer runs north along the cable 1.5 km off from 53.0°N; a fault position at 53.9°N is far from it.
        var (ranked, _) = Run(new ForensicQuery { Asset = Cable, FaultTime = WatchHarness.T0.AddHours(3), Window = TimeSpan.FromHours(6), FaultPosition = new GeoPoint(53.3, 3.0), RadiusMetres = 3_000 });
        ranked[0].Mmsi.ShouldBe(Culprit);
        ranked.ShouldNotContain(c => c.Mmsi == FastCrosser);
    }

    [Fact]
    public void Being_on_the_watch_list_is_a_stated_reason()
    {
        var (ranked, _) = Run(culpritListed: true);
        ranked[0].Reasons.ShouldContain("on the watch list");
        ranked[0].Factors["identityAndListing"].ShouldBe(1);
    }

    [Fact]
    public void Thin_coverage_is_said_plainly()
    {
        // Nobody reports within 10 km of the cable in the hour either side of a fault at 00:10.
        var (_, coverage) = Run(new ForensicQuery { Asset = Cable, FaultTime = WatchHarness.T0.AddMinutes(10), Window = TimeSpan.FromHours(1) });
        coverage.Thin.ShouldBeTrue();
        coverage.Statement.ShouldContain("no positions is not no suspects");
    }
}
