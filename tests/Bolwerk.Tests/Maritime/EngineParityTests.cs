using Bolwerk.Geodesy;
using Bolwerk.Host.Cli.Maritime;
using Bolwerk.Host.Demo;
using Bolwerk.Host.Maritime;
using Bolwerk.Maritime.Forensics;
using Bolwerk.Maritime.Infrastructure;
using Bolwerk.Storage.Accounts;
using Bolwerk.Storage.Alerts;
using Bolwerk.Storage.Tracks;
using Bolwerk.Testing;

namespace Bolwerk.Tests.Maritime;

/// <summary>
/// The same simulated Baltic day (the demo's, with the Eagle S replay) stored in SQLite and in
/// PostgreSQL (partitioned by month there), and every maritime question asked of both: the answers
/// must be the same, row for row — the picture at many times, who was near many places, tracks,
/// vessel states, identity histories, the stored alerts, and the forensic ranking.
/// </summary>
public sealed class EngineParityTests
{
    [SkippableFact]
    public async Task Every_maritime_query_answers_the_same_on_sqlite_and_postgresql()
    {
        await using var sqlite = await TestDatabase.CreateAsync("sqlite");
        await using var postgres = await TestDatabase.CreateAsync("postgres");
        var engines = new List<(TrackStore Tracks, AlertStore Alerts)>();
        foreach (var db in new[] { sqlite, postgres })
        {
            await new AccountStore(db.Database, db.Time).EnsureOrganisationAsync("kustwacht", "Kustwacht", CancellationToken.None);
            var tracks = new TrackStore(db.Database);
            var alerts = new AlertStore(db.Database, db.Time);
            (await new DemoTraffic(tracks, alerts).LoadAsync("kustwacht", CancellationToken.None)).ShouldBeGreaterThan(0);
            engines.Add((tracks, alerts));
        }

        var (a, b) = (engines[0], engines[1]);
        (await a.Tracks.CountAsync(CancellationToken.None)).ShouldBe(await b.Tracks.CountAsync(CancellationToken.None));
        var span = (await a.Tracks.SpanAsync(CancellationToken.None))!.Value;
        (await b.Tracks.SpanAsync(CancellationToken.None)).ShouldBe(span);

        var random = new Random(11);
        var asked = 0;
        for (var i = 0; i < 12; i++)
        {
            var at = span.From + ((span.To - span.From) * i / 11);
            (await b.Tracks.PictureAsync(at, TimeSpan.FromMinutes(30), CancellationToken.None)).ShouldBe(await a.Tracks.PictureAsync(at, TimeSpan.FromMinutes(30), CancellationToken.None), $"picture at {at:u}");
            asked++;
        }

        for (var i = 0; i < 25; i++)
        {
            var centre = new GeoPoint(58.5 + (random.NextDouble() * 2.0), 19.0 + (random.NextDouble() * 7.0));
            var from = span.From + TimeSpan.FromMinutes(random.Next(0, 1200));
            var to = from + TimeSpan.FromMinutes(random.Next(10, 600));
            var radius = 5_000 + (random.NextDouble() * 60_000);
            var x = await a.Tracks.NearAsync(centre, radius, from, to, CancellationToken.None);
            var y = await b.Tracks.NearAsync(centre, radius, from, to, CancellationToken.None);
            y.Select(p => (p.Mmsi, Math.Round(p.ClosestMetres, 3), p.Closest, p.PositionsInside, p.FirstInside, p.LastInside))
                .ShouldBe(x.Select(p => (p.Mmsi, Math.Round(p.ClosestMetres, 3), p.Closest, p.PositionsInside, p.FirstInside, p.LastInside)), $"near {centre} r={radius:0}");
            asked++;
        }

        var mmsis = (await a.Tracks.PictureAsync(span.To, TimeSpan.FromDays(2), CancellationToken.None)).Select(v => v.Position.Mmsi).ToList();
        mmsis.Count.ShouldBeGreaterThan(30);
        (await b.Tracks.VesselsAsync(mmsis, CancellationToken.None)).ShouldBe(await a.Tracks.VesselsAsync(mmsis, CancellationToken.None));
        foreach (var mmsi in mmsis)
        {
            (await b.Tracks.TrackAsync(mmsi, span.From, span.To, CancellationToken.None)).ShouldBe(await a.Tracks.TrackAsync(mmsi, span.From, span.To, CancellationToken.None), $"track {mmsi}");
            (await b.Tracks.IdentityHistoryAsync(mmsi, CancellationToken.None)).ShouldBe(await a.Tracks.IdentityHistoryAsync(mmsi, CancellationToken.None), $"identity {mmsi}");
            asked += 2;
        }

        var alertsA = (await a.Alerts.ListObservedAsync("maritime.", span.From, span.To, CancellationToken.None)).Select(s => s.Alert.IngestKey).Order(StringComparer.Ordinal);
        var alertsB = (await b.Alerts.ListObservedAsync("maritime.", span.From, span.To, CancellationToken.None)).Select(s => s.Alert.IngestKey).Order(StringComparer.Ordinal);
        alertsB.ShouldBe(alertsA);

        var estlink = ShippedLayers.BalticInfrastructure.SelectMany(AssetLayerReader.Read).Single(x => x.Id == "submarine_power_cables#61");
        var query = new ForensicQuery { Asset = estlink, FaultTime = new DateTimeOffset(2024, 12, 25, 10, 26, 0, TimeSpan.Zero) };
        var rankA = (await new StoredForensics(a.Tracks, a.Alerts).RankAsync(query, null, CancellationToken.None)).Candidates;
        var rankB = (await new StoredForensics(b.Tracks, b.Alerts).RankAsync(query, null, CancellationToken.None)).Candidates;
        rankB.Select(c => (c.Mmsi, c.Score, c.ClosestApproachMeters, c.MinutesNearAsset)).ShouldBe(rankA.Select(c => (c.Mmsi, c.Score, c.ClosestApproachMeters, c.MinutesNearAsset)));
        rankA[0].Mmsi.ShouldBe(518_100_001u);
        asked.ShouldBeGreaterThan(100);
    }
}
