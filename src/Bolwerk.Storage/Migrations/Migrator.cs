using System.Data.Common;
using Bolwerk.Storage.Infrastructure;

namespace Bolwerk.Storage.Migrations;

/// <summary>
/// Brings a database to the newest schema. Safe to run at every start and from several
/// processes at once: each migration applies in its own transaction under an engine lock
/// (BEGIN IMMEDIATE on SQLite, an advisory lock on PostgreSQL), and applied versions are
/// recorded in schema_migrations with their checksum.
/// </summary>
public sealed class Migrator(BolwerkDatabase database, TimeProvider timeProvider)
{
    // Arbitrary constant naming Bolwerk's migration lock among PostgreSQL advisory locks.
    private const long PostgresLockKey = 0x426f6c7765726b;

    /// <summary>Applies every pending migration.</summary>
    /// <exception cref="StorageException">
    /// Code <see cref="StorageErrorCode.SchemaMismatch"/> when the database is newer than this
    /// build or an applied migration's script has changed since.
    /// </exception>
    public async Task<MigrationReport> MigrateAsync(CancellationToken cancellationToken)
    {
        var catalog = MigrationCatalog.For(database.Engine);
        var applied = new List<Migration>();
        while (true)
        {
            var next = await database.InTransactionAsync(
                async (connection, transaction) =>
                {
                    await LockAndBootstrapAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                    var done = await ReadAppliedAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                    Verify(catalog, done);
                    var pending = catalog.FirstOrDefault(migration => !done.ContainsKey(migration.Version));
                    if (pending is null)
                    {
                        return null;
                    }

                    await using (var command = connection.Command(pending.Sql, transaction))
                    {
                        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }

                    await using var record = connection.Command(
                        "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (@version, @name, @checksum, @at)", transaction)
                        .With("@version", pending.Version)
                        .With("@name", pending.Name)
                        .With("@checksum", pending.Checksum)
                        .With("@at", database.Dialect.Timestamp(timeProvider.GetUtcNow()));
                    await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    return pending;
                },
                cancellationToken).ConfigureAwait(false);
            if (next is null)
            {
                break;
            }

            applied.Add(next);
        }

        return new MigrationReport(applied, catalog.Count == 0 ? 0 : catalog[^1].Version);
    }

    /// <summary>The versions applied so far (empty for a new database).</summary>
    public Task<IReadOnlyDictionary<int, string>> AppliedVersionsAsync(CancellationToken cancellationToken) =>
        database.InTransactionAsync(
            async (connection, transaction) =>
            {
                await LockAndBootstrapAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                return (IReadOnlyDictionary<int, string>)await ReadAppliedAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);

    /// <summary>The newest applied version, read without locking (for health checks); 0 before the first migration.</summary>
    public Task<int> ReadCurrentVersionAsync(CancellationToken cancellationToken) =>
        database.WithConnectionAsync(
            async connection =>
            {
                await using var command = connection.Command("SELECT COALESCE(MAX(version), 0) FROM schema_migrations");
                return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            },
            cancellationToken);

    /// <summary>The newest version this build knows.</summary>
    public int LatestKnownVersion => MigrationCatalog.For(database.Engine) is { Count: > 0 } catalog ? catalog[^1].Version : 0;

    private static void Verify(IReadOnlyList<Migration> catalog, Dictionary<int, string> done)
    {
        var known = catalog.ToDictionary(migration => migration.Version);
        foreach (var (version, checksum) in done)
        {
            if (!known.TryGetValue(version, out var migration))
            {
                throw new StorageException(StorageErrorCode.SchemaMismatch,
                    $"The database has schema version {version}, which this build of Bolwerk does not know; it was migrated by a newer Bolwerk.", false);
            }

            if (!string.Equals(migration.Checksum, checksum, StringComparison.Ordinal))
            {
                throw new StorageException(StorageErrorCode.SchemaMismatch,
                    $"Migration {version:D4}_{migration.Name} was changed after it was applied to this database (checksum {checksum[..12]}…, now {migration.Checksum[..12]}…). Add a new migration instead of editing an applied one.", false);
            }
        }
    }

    private async Task LockAndBootstrapAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var sql = database.Engine == StorageEngine.Postgres
            ? $"SELECT pg_advisory_xact_lock({PostgresLockKey}); CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL);"
            : "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL);";
        await using var command = connection.Command(sql, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Dictionary<int, string>> ReadAppliedAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var done = new Dictionary<int, string>();
        await using var command = connection.Command("SELECT version, checksum FROM schema_migrations", transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            done.Add(reader.GetInt32(0), reader.GetString(1));
        }

        return done;
    }
}
