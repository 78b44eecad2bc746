using Bolwerk.Geodesy;
using Bolwerk.Storage.Tracks;
using Bolwerk.Testing;

namespace Bolwerk.Storage.Tests.Tracks;

/// <summary>
/// PostgreSQL answers "who was near" with PostGIS (migration 0011): every position has its place
/// as a WGS 84 point computed from lon/lat, the query plan reads the GiST index of the month
/// asked about, and the answer is the one the grid cells give on SQLite.
/// </summary>
public sealed class PostGisPositionTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task Places_are_the_reported_positions_and_the_near_query_reads_the_gist_index()
    {
        await using var db = await TestDatabase.CreateAsync("postgres");
        var store = new TrackStore(db.Database);
        // 300 vessels in a 2° square of the North Sea, a report every 5 minutes for a day.
        var random = new Random(11);
        var vessels = Enumerable.Range(0, 300).Select(i => (Mmsi: (uint)(244_000_000 + i), Lon: 3.0 + (random.NextDouble() * 2), Lat: 52.0 + (random.NextDouble() * 2))).ToList();
        var positions = vessels.SelectMany(v => Enumerable.Range(0, 288).Select(k => new StoredPosition(v.Mmsi, Start.AddMinutes(5 * k), v.Lon + (k * 0.0005), v.Lat, 10, 90, 90, 0))).ToList();
        (await store.AppendAsync(positions, CancellationToken.None)).ShouldBe(positions.Count);

        (await db.CountRowsAsync("vessel_positions WHERE abs(ST_X(place) - lon) > 1e-12 OR abs(ST_Y(place) - lat) > 1e-12 OR place IS NULL")).ShouldBe(0);

        await db.ExecuteAsync("ANALYZE vessel_positions");
        var plan = string.Join('\n', await db.ColumnAsync("EXPLAIN SELECT mmsi FROM vessel_positions WHERE place && ST_MakeEnvelope(3.97, 52.98, 4.03, 53.02, 4326) AND t_ms BETWEEN "
            + $"{Start.ToUnixTimeMilliseconds()} AND {Start.AddHours(6).ToUnixTimeMilliseconds()}"));
        plan.ShouldContain("place_idx", customMessage: plan);
        plan.ShouldNotContain("vessel_positions_default", customMessage: "months outside the window are pruned");

        // The PostGIS answer equals brute force over every position with Bolwerk's own distance.
        var found = 0;
        foreach (var (centre, radius) in new[] { (new GeoPoint(53.0, 4.0), 5_000.0), (new GeoPoint(52.5, 3.5), 20_000.0), (new GeoPoint(53.9, 4.9), 800.0) })
        {
            var (from, to) = (Start.AddHours(2), Start.AddHours(9));
            var expected = positions.Where(p => p.Time >= from && p.Time <= to && SphericalGeodesy.DistanceMetres(centre, new GeoPoint(p.Latitude, p.Longitude)) <= radius)
                .GroupBy(p => p.Mmsi).Select(g => (g.Key, g.Count())).OrderBy(x => x.Key).ToList();
            var near = await store.NearAsync(centre, radius, from, to, CancellationToken.None);
            near.Select(p => (p.Mmsi, p.PositionsInside)).OrderBy(x => x.Mmsi).ShouldBe(expected);
            found += expected.Count;
        }

        found.ShouldBeGreaterThan(5, "the comparison must include vessels found");
    }

    [SkippableFact]
    public async Task The_corridor_query_finds_vessels_within_the_distance_of_a_line_and_no_farther()
    {
        await using var db = await TestDatabase.CreateAsync("postgres");
        var store = new TrackStore(db.Database);
        // A cable along 4°E from 52°N to 53°N; vessels east of it at 52.5°N, one degree of longitude there ≈ 67.69 km.
        var kilometres = new Dictionary<uint, double> { [244_000_010] = 10, [244_000_029] = 29, [244_000_031] = 31, [244_000_050] = 50 };
        var degreeKm = SphericalGeodesy.DistanceMetres(new GeoPoint(52.5, 4.0), new GeoPoint(52.5, 5.0)) / 1000;
        var positions = kilometres.Select(v => new StoredPosition(v.Key, Start.AddHours(1), 4.0 + (v.Value / degreeKm), 52.5, 5, 0, 0, 0)).ToList();
        await store.AppendAsync(positions, CancellationToken.None);

        var found = await store.VesselsNearTargetAsync("LINESTRING(4 52, 4 53)", 30_000, (3.0, 51.5, 5.0, 53.5), [], Start, Start.AddHours(2), CancellationToken.None);
        found.ShouldBe([244_000_010u, 244_000_029u]);
        (await store.VesselsNearTargetAsync("LINESTRING(4 52, 4 53)", 30_000, (3.0, 51.5, 5.0, 53.5), [], Start.AddHours(2), Start.AddHours(3), CancellationToken.None)).ShouldBeEmpty("outside the window");
    }
}
