using Bolwerk.Storage.Infrastructure;
using Bolwerk.Storage.Migrations;
using Bolwerk.Testing;

namespace Bolwerk.Storage.Tests.Migrations;

public sealed class MigratorTests
{
    private static readonly string[] FoundationTables = ["organisations", "users", "api_tokens", "audit_log", "alerts", "ingest_batches"];

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task MigrateAsync_EmptyDatabase_AppliesEveryMigrationAndCreatesTables(string engine)
    {
        await using var db = await TestDatabase.CreateEmptyAsync(engine);
        var migrator = new Migrator(db.Database, db.Time);

        var report = await migrator.MigrateAsync(CancellationToken.None);

        var catalog = MigrationCatalog.For(db.Database.Engine);
        report.Applied.Select(m => m.Version).ShouldBe(catalog.Select(m => m.Version));
        report.CurrentVersion.ShouldBe(catalog[^1].Version);
        foreach (var table in FoundationTables)
        {
            (await db.CountRowsAsync(table)).ShouldBe(0, $"table {table} exists and is empty");
        }
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task MigrateAsync_SecondRun_AppliesNothing(string engine)
    {
        await using var db = await TestDatabase.CreateEmptyAsync(engine);
        var migrator = new Migrator(db.Database, db.Time);
        await migrator.MigrateAsync(CancellationToken.None);

        var second = await migrator.MigrateAsync(CancellationToken.None);

        second.Applied.ShouldBeEmpty();
        (await migrator.AppliedVersionsAsync(CancellationToken.None)).Count.ShouldBe(MigrationCatalog.For(db.Database.Engine).Count);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task MigrateAsync_ConcurrentRuns_ApplyEachMigrationOnce(string engine)
    {
        await using var db = await TestDatabase.CreateEmptyAsync(engine);

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => new Migrator(db.Database, db.Time).MigrateAsync(CancellationToken.None))));

        runs.Sum(run => run.Applied.Count).ShouldBe(MigrationCatalog.For(db.Database.Engine).Count);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task MigrateAsync_AppliedMigrationEdited_RefusesWithSchemaMismatch(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await db.ExecuteAsync("UPDATE schema_migrations SET checksum = 'deadbeefdeadbeefdeadbeef' WHERE version = 1");

        var error = await Should.ThrowAsync<StorageException>(() => new Migrator(db.Database, db.Time).MigrateAsync(CancellationToken.None));

        error.Code.ShouldBe(StorageErrorCode.SchemaMismatch);
        error.Message.ShouldContain("was changed after it was applied");
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task MigrateAsync_DatabaseFromNewerBuild_RefusesWithSchemaMismatch(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await db.ExecuteAsync("INSERT INTO schema_migrations (version, name, checksum, applied_at) SELECT 9999, 'future', 'x', applied_at FROM schema_migrations WHERE version = 1");

        var error = await Should.ThrowAsync<StorageException>(() => new Migrator(db.Database, db.Time).MigrateAsync(CancellationToken.None));

        error.Code.ShouldBe(StorageErrorCode.SchemaMismatch);
        error.Message.ShouldContain("schema version 9999");
    }

    [Fact]
    public void Catalog_BothEnginesHaveTheSameVersionsAndNames()
    {
        var sqlite = MigrationCatalog.For(StorageEngine.Sqlite).Select(m => (m.Version, m.Name)).ToList();
        var postgres = MigrationCatalog.For(StorageEngine.Postgres).Select(m => (m.Version, m.Name)).ToList();

        sqlite.ShouldNotBeEmpty();
        postgres.ShouldBe(sqlite);
        sqlite.Select(m => m.Version).ShouldBe(Enumerable.Range(1, sqlite.Count), "versions are 1, 2, 3, ... without gaps");
    }
}
