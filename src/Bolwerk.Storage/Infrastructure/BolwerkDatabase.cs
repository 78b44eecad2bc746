using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Bolwerk.Storage.Infrastructure;

/// <summary>
/// One Bolwerk database on either engine: opens connections, runs work in transactions and
/// translates engine errors. Create one per process and share it; it is thread-safe.
/// </summary>
public sealed class BolwerkDatabase : IAsyncDisposable
{
    private readonly NpgsqlDataSource? _postgres;
    private readonly string _connectionString;

    private BolwerkDatabase(StorageEngine engine, string connectionString)
    {
        Engine = engine;
        _connectionString = connectionString;
        Dialect = SqlDialect.For(engine);
        if (engine == StorageEngine.Postgres)
        {
            _postgres = NpgsqlDataSource.Create(connectionString);
        }
    }

    /// <summary>The engine behind this database.</summary>
    public StorageEngine Engine { get; }

    /// <summary>The connection string with any password hidden.</summary>
    public string DisplayName => DatabaseLocation.Redact(_connectionString);

    internal SqlDialect Dialect { get; }

    /// <summary>Opens the database named by <paramref name="connectionString"/> (see <see cref="DatabaseLocation"/>).</summary>
    public static BolwerkDatabase Open(string? connectionString)
    {
        var (engine, normalised) = DatabaseLocation.Resolve(connectionString);
        if (engine == StorageEngine.Sqlite)
        {
            // Foreign keys are off by default in SQLite; a busy timeout lets concurrent writers
            // wait for each other instead of failing at once.
            normalised = new SqliteConnectionStringBuilder(normalised) { ForeignKeys = true, DefaultTimeout = 30, Pooling = true }.ConnectionString;
        }

        return new BolwerkDatabase(engine, normalised);
    }

    /// <summary>Opens a connection, set up for Bolwerk (WAL mode on SQLite).</summary>
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (_postgres is not null)
            {
                return await _postgres.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            }

            var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var pragma = connection.CreateCommand();
            // WAL lets readers run during a write; it is a property of the file, so setting it on
            // every open is cheap and also covers a file created by another tool.
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch (Exception e) when (StorageErrors.IsDatabaseError(e))
        {
            throw StorageErrors.Translate(e);
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction: all of it is committed, or, on any
    /// exception or cancellation, none of it.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
            var result = await work(connection, transaction).ConfigureAwait(false);
            // Not cancellable: once the work is done, a cancellation must not leave the outcome unknown.
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            return result;
        }
        catch (Exception e) when (StorageErrors.IsDatabaseError(e))
        {
            throw StorageErrors.Translate(e);
        }
    }

    /// <summary>Runs read-only or single-statement work on a connection.</summary>
    public async Task<T> WithConnectionAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await work(connection).ConfigureAwait(false);
        }
        catch (Exception e) when (StorageErrors.IsDatabaseError(e))
        {
            throw StorageErrors.Translate(e);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync().ConfigureAwait(false);
        }
        else
        {
            // Pooled SQLite connections keep the file open (and its WAL un-checkpointed) until cleared.
            SqliteConnection.ClearAllPools();
        }
    }
}
