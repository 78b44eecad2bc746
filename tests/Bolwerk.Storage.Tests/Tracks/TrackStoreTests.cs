using Bolwerk.Geodesy;
using Bolwerk.Storage.Tracks;
using Bolwerk.Testing;

namespace Bolwerk.Storage.Tests.Tracks;

/// <summary>Track storage on both engines; the spatio-temporal query checked against a brute-force scan.</summary>
public sealed class TrackStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Near_equals_a_brute_force_scan_of_every_position(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var store = new TrackStore(db.Database);
        var positions = RandomTraffic(seed: 3, vessels: 60, reportsEach: 120);
        (await store.AppendAsync(positions, CancellationToken.None)).ShouldBe(positions.Count);

        var random = new Random(5);
        for (var query = 0; query < 25; query++)
        {
            var centre = new GeoPoint(54.5 + (random.NextDouble() * 1.0), 2.5 + (random.NextDouble() * 1.5));
            var radius = 2_000 + (random.NextDouble() * 30_000);
            var from = T0.AddMinutes(random.Next(0, 600));
            var to = from.AddMinutes(random.Next(10, 400));
            var expected = positions
                .Where(p => p.Time >= from && p.Time <= to)
                .Select(p => (p, metres: SphericalGeodesy.DistanceMetres(centre, new GeoPoint(p.Latitude, p.Longitude))))
                .Where(x => x.metres <= radius)
                .GroupBy(x => x.p.Mmsi)
                .Select(g => (Mmsi: g.Key, Closest: g.Min(x => x.metres), Count: g.Count()))
                .OrderBy(x => x.Closest).ThenBy(x => x.Mmsi)
                .ToList();

            var found = await store.NearAsync(centre, radius, from, to, CancellationToken.None);

            found.Select(f => (f.Mmsi, Math.Round(f.ClosestMetres, 3), f.PositionsInside)).ShouldBe(expected.Select(e => (e.Mmsi, Math.Round(e.Closest, 3), e.Count)));
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Appending_the_same_positions_twice_stores_them_once_and_tracks_read_back_in_order(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var store = new TrackStore(db.Database);
        var positions = RandomTraffic(seed: 1, vessels: 3, reportsEach: 50);
        await store.AppendAsync(positions, CancellationToken.None);
        (await store.AppendAsync(positions, CancellationToken.None)).ShouldBe(0);
        (await store.CountAsync(CancellationToken.None)).ShouldBe(150);

        var mmsi = positions[0].Mmsi;
        var track = await store.TrackAsync(mmsi, T0, T0.AddDays(1), CancellationToken.None);
        track.ShouldBe(positions.Where(p => p.Mmsi == mmsi).OrderBy(p => p.Time).ToList());
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task The_picture_at_a_time_is_each_vessels_latest_position_in_the_window(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var store = new TrackStore(db.Database);
        var positions = RandomTraffic(seed: 7, vessels: 30, reportsEach: 60);
        await store.AppendAsync(positions, CancellationToken.None);
        var vessels = positions.GroupBy(p => p.Mmsi).Select(g => new StoredVessel { Mmsi = g.Key, Name = $"V{g.Key}", FirstSeen = g.Min(p => p.Time), Last = g.MaxBy(p => p.Time)!, Positions = g.Count() }).ToList();
        await store.SaveVesselsAsync(vessels, [], CancellationToken.None);

        foreach (var minutes in new[] { 30, 200, 500 })
        {
            var at = T0.AddMinutes(minutes);
            var expected = positions.Where(p => p.Time <= at && p.Time >= at.AddMinutes(-30)).GroupBy(p => p.Mmsi).Select(g => g.MaxBy(p => p.Time)!).OrderBy(p => p.Mmsi).ToList();
            var picture = await store.PictureAsync(at, TimeSpan.FromMinutes(30), CancellationToken.None);
            picture.Select(v => v.Position).ToList().ShouldBe(expected);
            picture.ShouldAllBe(v => v.Name == $"V{v.Position.Mmsi}");
        }

        var span = (await store.SpanAsync(CancellationToken.None))!.Value;
        (span.From, span.To).ShouldBe((positions.Min(p => p.Time), positions.Max(p => p.Time)));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Vessel_state_keeps_known_identity_and_history_extends_stretches(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var store = new TrackStore(db.Database);
        var last = new StoredPosition(244660000, T0.AddHours(2), 3.1, 54.2, 7.5, 90, 91, 0);
        await store.SaveVesselsAsync(
            [new StoredVessel { Mmsi = 244660000, Name = "NORTH STAR", Imo = 9329760, FirstSeen = T0, Last = last, Positions = 10 }],
            [new StoredIdentityChange(244660000, "name", "NORTH STAR", T0, T0.AddHours(1))],
            CancellationToken.None);
        await store.SaveVesselsAsync(
            [new StoredVessel { Mmsi = 244660000, CallSign = "PBXY", FirstSeen = T0.AddHours(1), Last = last with { Time = T0.AddHours(3) }, Positions = 20 }],
            [new StoredIdentityChange(244660000, "name", "NORTH STAR", T0, T0.AddHours(3)), new StoredIdentityChange(244660000, "name", "SOUTH STAR", T0.AddHours(4), T0.AddHours(4))],
            CancellationToken.None);

        var history = await store.IdentityHistoryAsync(244660000, CancellationToken.None);
        history.ShouldBe([
            new StoredIdentityChange(244660000, "name", "NORTH STAR", T0, T0.AddHours(3)),
            new StoredIdentityChange(244660000, "name", "SOUTH STAR", T0.AddHours(4), T0.AddHours(4))]);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Forensic_reads_find_vessels_by_cell_and_thin_their_tracks_away_from_the_target(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var store = new TrackStore(db.Database);
        // One vessel reporting every 10 s for an hour, sailing east along 54.05°N from 2.95°E across the 3.0° cell boundary.
        var positions = Enumerable.Range(0, 360).Select(i => new StoredPosition(244000001, T0.AddSeconds(10 * i), 2.95 + (i * 0.0003), 54.05, 10, 90, 90, 0)).ToList();
        positions.Add(new StoredPosition(244000002, T0, 5.55, 55.55, 10, 90, 90, 0));
        await store.AppendAsync(positions, CancellationToken.None);
        var target = TrackGrid.Cell(3.05, 54.05);

        (await store.VesselsInCellsAsync([target], T0, T0.AddHours(1), CancellationToken.None)).ShouldBe([244000001u]);
        (await store.VesselsInCellsAsync([target], T0.AddHours(2), T0.AddHours(3), CancellationToken.None)).ShouldBeEmpty();

        var thinned = await store.TracksAsync([244000001], T0, T0.AddHours(1), [target], CancellationToken.None);
        var inTarget = positions.Where(p => p.Mmsi == 244000001 && TrackGrid.Cell(p.Longitude, p.Latitude) == target).ToList();
        var outside = positions.Where(p => p.Mmsi == 244000001 && TrackGrid.Cell(p.Longitude, p.Latitude) != target).ToList();
        thinned.Where(p => TrackGrid.Cell(p.Longitude, p.Latitude) == target).Count().ShouldBe(inTarget.Count);
        thinned.Where(p => TrackGrid.Cell(p.Longitude, p.Latitude) != target).ShouldAllBe(p => p.Time.Second < 10);
        thinned.Count(p => TrackGrid.Cell(p.Longitude, p.Latitude) != target).ShouldBe(outside.Count(p => p.Time.Second < 10));
        thinned.Select(p => p.Time).ShouldBeInOrder();

        // Several vessels asked for in any order come back by vessel, then time (PostgreSQL reads them in one statement).
        var both = await store.TracksAsync([244000002, 244000001, 244000003], T0, T0.AddHours(1), null, CancellationToken.None);
        both.Select(p => (p.Mmsi, p.Time)).ShouldBe(positions.OrderBy(p => p.Mmsi).ThenBy(p => p.Time).Select(p => (p.Mmsi, p.Time)));
    }

    // Vessels criss-crossing a 2° × 1.5° box every 5 minutes, with repeats of the same cell.
    private static List<StoredPosition> RandomTraffic(int seed, int vessels, int reportsEach)
    {
        var random = new Random(seed);
        var positions = new List<StoredPosition>();
        for (var v = 0; v < vessels; v++)
        {
            var at = new GeoPoint(54.0 + (random.NextDouble() * 2), 2.0 + (random.NextDouble() * 2.5));
            var course = random.NextDouble() * 360;
            var knots = random.NextDouble() * 15;
            for (var i = 0; i < reportsEach; i++)
            {
                at = SphericalGeodesy.Destination(at, course, knots * 1852 / 12);
                positions.Add(new StoredPosition((uint)(244_000_000 + v), T0.AddMinutes(5 * i), at.Longitude, at.Latitude, i % 7 == 0 ? null : knots, course, i % 5 == 0 ? null : (int)course, 0));
            }
        }

        return positions;
    }
}
