using Bolwerk.Geodesy;
using Bolwerk.Storage.Migrations;
using Bolwerk.Storage.Tracks;
using Bolwerk.Testing;

namespace Bolwerk.Storage.Tests.Tracks;

/// <summary>
/// PostgreSQL keeps positions in monthly partitions (migration 0009): rows land in their month,
/// nothing in the default partition, queries across months answer as before, and a database
/// filled before 0009 keeps every row when it is migrated.
/// </summary>
public sealed class PositionPartitionTests
{
    private static readonly DateTimeOffset January = new(2026, 1, 31, 23, 30, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task Positions_land_in_their_month_and_queries_cross_months_unchanged()
    {
        await using var db = await TestDatabase.CreateAsync("postgres");
        var store = new TrackStore(db.Database);
        // Every ten minutes from 31 January 23:30 to 2 March: three months.
        var positions = Enumerable.Range(0, 4_400).Select(i => new StoredPosition(244_000_001, January.AddMinutes(10 * i), 4.0 + (i % 100 * 0.001), 52.0, 10, 90, 90, 0)).ToList();
        (await store.AppendAsync(positions, CancellationToken.None)).ShouldBe(positions.Count);

        (await PartitionRowsAsync(db, "vessel_positions_y2026m01")).ShouldBe(3);
        (await PartitionRowsAsync(db, "vessel_positions_y2026m02")).ShouldBe(28 * 24 * 6);
        (await PartitionRowsAsync(db, "vessel_positions_y2026m03")).ShouldBe(positions.Count - 3 - (28 * 24 * 6));
        (await PartitionRowsAsync(db, "vessel_positions_default")).ShouldBe(0);

        var across = await store.TrackAsync(244_000_001, January, January.AddDays(2), CancellationToken.None);
        across.Count.ShouldBe(positions.Count(p => p.Time <= January.AddDays(2)));
        var near = await store.NearAsync(new GeoPoint(52.0, 4.05), 10_000, January, January.AddDays(40), CancellationToken.None);
        near.ShouldHaveSingleItem().PositionsInside.ShouldBe(positions.Count);
        (await store.AppendAsync(positions, CancellationToken.None)).ShouldBe(0, "still idempotent across partitions");
    }

    [SkippableFact]
    public async Task A_database_filled_before_partitioning_keeps_every_position_through_the_migration()
    {
        await using var db = await TestDatabase.CreateEmptyAsync("postgres");
        // Apply 0001–0008 by hand, as an older build would have left the database.
        await db.ExecuteAsync("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)");
        foreach (var migration in MigrationCatalog.For(Bolwerk.Storage.Infrastructure.StorageEngine.Postgres).Where(m => m.Version < 9))
        {
            await db.ExecuteAsync(migration.Sql);
            await db.ExecuteAsync($"INSERT INTO schema_migrations VALUES ({migration.Version}, '{migration.Name}', '{migration.Checksum}', now())");
        }

        var before = Enumerable.Range(0, 500).Select(i => (Mmsi: 244_000_000L + (i % 7), T: January.AddHours(3 * i).ToUnixTimeMilliseconds())).ToList();
        foreach (var (mmsi, t) in before)
        {
            await db.ExecuteAsync($"INSERT INTO vessel_positions (mmsi, t_ms, lon, lat, sog, cog, heading, status, cell) VALUES ({mmsi}, {t}, 4.0, 52.0, 10, 90, 90, 0, 1)");
        }

        var report = await new Migrator(db.Database, db.Time).MigrateAsync(CancellationToken.None);
        report.Applied.Select(m => m.Version).ShouldContain(9);
        (await db.CountRowsAsync("vessel_positions")).ShouldBe(before.Count);
        (await PartitionRowsAsync(db, "vessel_positions_default")).ShouldBe(0, "every old row found its month");
        (await db.CountRowsAsync("pg_inherits WHERE inhparent = 'vessel_positions'::regclass")).ShouldBeGreaterThan(2);
        var store = new TrackStore(db.Database);
        (await store.TrackAsync(244_000_003, January.AddYears(-1), January.AddYears(1), CancellationToken.None)).Count.ShouldBe(before.Count(b => b.Mmsi == 244_000_003));
    }

    private static Task<long> PartitionRowsAsync(TestDatabase db, string partition) => db.CountRowsAsync(partition);
}
