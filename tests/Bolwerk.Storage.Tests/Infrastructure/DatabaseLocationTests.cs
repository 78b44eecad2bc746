using Bolwerk.Storage.Infrastructure;
using Bolwerk.Testing;

namespace Bolwerk.Storage.Tests.Infrastructure;

public sealed class DatabaseLocationTests
{
    [Theory]
    [InlineData(null, StorageEngine.Sqlite, "Data Source=bolwerk.db")]
    [InlineData("", StorageEngine.Sqlite, "Data Source=bolwerk.db")]
    [InlineData("/var/lib/bolwerk/watch.db", StorageEngine.Sqlite, "Data Source=/var/lib/bolwerk/watch.db")]
    [InlineData("Data Source=x.db", StorageEngine.Sqlite, "Data Source=x.db")]
    [InlineData("Host=db;Database=bolwerk;Username=app", StorageEngine.Postgres, "Host=db;Database=bolwerk;Username=app")]
    [InlineData("postgres://app:s%40cret@db:5433/bolwerk", StorageEngine.Postgres, "Host=db;Port=5433;Database=bolwerk;Username=app;Password=s@cret")]
    public void Resolve_ChoosesEngineFromConnectionString(string? input, StorageEngine engine, string normalised)
    {
        var (resolvedEngine, connectionString) = DatabaseLocation.Resolve(input);

        resolvedEngine.ShouldBe(engine);
        connectionString.ShouldBe(normalised);
    }

    [Fact]
    public void Redact_HidesPassword() =>
        DatabaseLocation.Redact("postgres://app:hunter2@db/bolwerk").ShouldNotContain("hunter2");

    [Fact]
    public void Resolve_MalformedUri_DoesNotEchoPassword() =>
        Should.Throw<ArgumentException>(() => DatabaseLocation.Resolve("postgres://app:hunter2@")).Message.ShouldNotContain("hunter2");

    [Fact]
    public async Task OpenConnectionAsync_Sqlite_UsesWriteAheadLog()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite");

        var mode = await db.Database.WithConnectionAsync(async c =>
        {
            await using var pragma = c.CreateCommand();
            pragma.CommandText = "PRAGMA journal_mode";
            return (string?)await pragma.ExecuteScalarAsync();
        }, CancellationToken.None);

        mode.ShouldBe("wal");
    }
}
