using Bolwerk.Storage.Infrastructure;
using Bolwerk.Storage.Migrations;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Bolwerk.Testing;

/// <summary>
/// A fresh, empty database for one test on the engine asked for: a temporary SQLite file, or a
/// new database on the PostgreSQL server named by BOLWERK_TEST_POSTGRES (dropped afterwards).
/// </summary>
/// <remarks>
/// Without BOLWERK_TEST_POSTGRES the PostgreSQL variant is skipped, so a developer without a
/// server still runs everything else; CI sets BOLWERK_REQUIRE_POSTGRES=1, which turns that skip
/// into a failure so a missing server can never pass silently.
/// </remarks>
public sealed class TestDatabase : IAsyncDisposable
{
    /// <summary>Environment variable holding an admin connection string to a test server.</summary>
    public const string PostgresVariable = "BOLWERK_TEST_POSTGRES";

    /// <summary>Both engines, for [SkippableTheory] [MemberData].</summary>
    public static TheoryData<string> Engines => new() { "sqlite", "postgres" };

    private readonly string? _sqliteDirectory;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private TestDatabase(string connectionString, string? sqliteDirectory, string? postgresAdmin, string? postgresName)
    {
        ConnectionString = connectionString;
        _sqliteDirectory = sqliteDirectory;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
        Database = BolwerkDatabase.Open(connectionString);
    }

    /// <summary>Connection string of the fresh database.</summary>
    public string ConnectionString { get; }

    /// <summary>The open database.</summary>
    public BolwerkDatabase Database { get; }

    /// <summary>The clock every store in the test uses; starts at 2026-11-28T12:00Z.</summary>
    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    /// <summary>The admin connection string for PostgreSQL tests, or null (the caller skips).</summary>
    public static string? PostgresAdminConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (Environment.GetEnvironmentVariable("BOLWERK_REQUIRE_POSTGRES") == "1")
            {
                throw new InvalidOperationException($"BOLWERK_REQUIRE_POSTGRES=1 but {PostgresVariable} is not set: start scripts/pg-test-cluster.sh.");
            }

            return null;
        }

        return value;
    }

    /// <summary>Creates an empty database (no schema yet) on <paramref name="engine"/>: "sqlite" or "postgres".</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(string engine)
    {
        if (engine == "sqlite")
        {
            var directory = Directory.CreateTempSubdirectory("bolwerk-test-").FullName;
            return new TestDatabase($"Data Source={Path.Combine(directory, "bolwerk.db")}", directory, null, null);
        }

        var admin = PostgresAdminConnectionString();
        Skip.If(admin is null, $"{PostgresVariable} is not set; PostgreSQL tests skipped.");
        var name = "bolwerk_t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(builder.ConnectionString, null, admin, name);
    }

    /// <summary>Creates a database with the full schema applied.</summary>
    public static async Task<TestDatabase> CreateAsync(string engine)
    {
        var database = await CreateEmptyAsync(engine);
        await new Migrator(database.Database, database.Time).MigrateAsync(CancellationToken.None);
        return database;
    }

    /// <summary>Runs raw SQL (to tamper with or inspect the schema behind the stores' backs); returns rows affected.</summary>
    public Task<int> ExecuteAsync(string sql) =>
        Database.WithConnectionAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return await command.ExecuteNonQueryAsync();
        }, CancellationToken.None);

    /// <summary>Number of rows in <paramref name="table"/>.</summary>
    public Task<long> CountRowsAsync(string table) =>
        Database.WithConnectionAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM {table}";
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }, CancellationToken.None);

    /// <summary>The first column of every row <paramref name="sql"/> returns, as text.</summary>
    public Task<List<string>> ColumnAsync(string sql) =>
        Database.WithConnectionAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            var values = new List<string>();
            while (await reader.ReadAsync())
            {
                values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
            }

            return values;
        }, CancellationToken.None);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await Database.DisposeAsync();
        if (_sqliteDirectory is not null)
        {
            try
            {
                Directory.Delete(_sqliteDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A pooled handle may linger on some platforms; the temp folder is harmless.
            }
        }

        if (_postgresAdmin is not null)
        {
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
