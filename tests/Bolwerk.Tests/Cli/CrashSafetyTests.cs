using Bolwerk.Testing;
using Bolwerk.Tests.Support;

namespace Bolwerk.Tests.Cli;

/// <summary>
/// `maritime ingest` killed with SIGKILL — once while positions are being written, once after
/// alerts have begun to be stored — and run again on the same file: the database ends with exactly
/// what one uninterrupted run stores (positions, vessels, identity history, alerts by ingest key),
/// nothing lost and nothing twice, on both engines.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bolwerk-crash-").FullName;

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task An_ingest_killed_twice_and_run_again_stores_what_one_clean_run_stores(string engine)
    {
        var (simExit, _, simErr) = await CliProcess.RunAsync(_directory, "maritime", "simulate", "--vessels", "150", "--instances", "2", "--hours", "12", "--seed", "5", "--out", "day.nmea");
        simExit.ShouldBe(0, simErr);
        await using var reference = await TestDatabase.CreateEmptyAsync(engine);
        await using var crashed = await TestDatabase.CreateEmptyAsync(engine);
        foreach (var database in new[] { reference, crashed })
        {
            (await CliProcess.RunAsync(_directory, "users", "add", "ria", "--org", "kustwacht", "-d", database.ConnectionString)).ExitCode.ShouldBe(0);
        }

        var (clean, _, cleanErr) = await CliProcess.RunAsync(_directory, "maritime", "ingest", "--org", "kustwacht", "-d", reference.ConnectionString, "day.nmea");
        clean.ShouldBe(0, cleanErr);
        var expected = await ContentsAsync(reference);
        expected.Positions.ShouldBeGreaterThan(100_000);
        expected.Alerts.ShouldNotBeEmpty();

        // Killed while positions are being written.
        await KillWhenAsync(crashed, async () => await crashed.CountRowsAsync("vessel_positions") > 0);
        var afterFirst = await ContentsAsync(crashed);
        afterFirst.Positions.ShouldBeLessThan(expected.Positions, "the first kill came mid-file");

        // Killed again after alerts have begun to be stored.
        await KillWhenAsync(crashed, async () => await crashed.CountRowsAsync("alerts") > 0);

        var (again, _, againErr) = await CliProcess.RunAsync(_directory, "maritime", "ingest", "--org", "kustwacht", "-d", crashed.ConnectionString, "day.nmea");
        again.ShouldBe(0, againErr);
        var actual = await ContentsAsync(crashed);
        actual.Positions.ShouldBe(expected.Positions);
        actual.PositionTimeSum.ShouldBe(expected.PositionTimeSum);
        actual.Vessels.ShouldBe(expected.Vessels);
        actual.IdentityChanges.ShouldBe(expected.IdentityChanges);
        actual.Alerts.ShouldBe(expected.Alerts);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task KillWhenAsync(TestDatabase database, Func<Task<bool>> condition)
    {
        await using var ingest = CliProcess.Start(_directory, "maritime", "ingest", "--org", "kustwacht", "-d", database.ConnectionString, "day.nmea");
        var deadline = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            ingest.HasExited.ShouldBeFalse($"the ingest ended before the moment to kill it: {ingest.StandardError}");
            deadline.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(90));
            await Task.Delay(20);
        }

        ingest.HasExited.ShouldBeFalse("killed while running, not after");
        ingest.KillHard();
    }

    private static async Task<(long Positions, long PositionTimeSum, long Vessels, long IdentityChanges, List<string> Alerts)> ContentsAsync(TestDatabase database)
    {
        var alerts = await database.ColumnAsync("SELECT ingest_key FROM alerts ORDER BY ingest_key");
        var sum = await database.Database.WithConnectionAsync(async connection =>
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COALESCE(SUM(t_ms % 1000003), 0) FROM vessel_positions";
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }, CancellationToken.None);
        return (await database.CountRowsAsync("vessel_positions"), sum, await database.CountRowsAsync("vessels"), await database.CountRowsAsync("vessel_identity_history"), alerts);
    }
}
