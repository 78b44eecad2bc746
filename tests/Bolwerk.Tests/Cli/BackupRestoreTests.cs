using System.Diagnostics;
using Bolwerk.Testing;
using Bolwerk.Tests.Support;
using Npgsql;

namespace Bolwerk.Tests.Cli;

/// <summary>
/// Backups that restore to the same contents: `bolwerk db backup` of a SQLite file while the
/// server has it open, and pg_dump -Fc / pg_restore of a PostgreSQL database (Debian's
/// postgresql-client, the tools docs/reliability.md tells operators to use).
/// </summary>
public sealed class BackupRestoreTests : IDisposable
{
    private static readonly string[] Tables = ["organisations", "users", "api_tokens", "audit_log", "alerts", "vessel_positions", "vessels", "vessel_identity_history", "schema_migrations"];
    private readonly string _directory = Directory.CreateTempSubdirectory("bolwerk-backup-").FullName;

    [Fact]
    public async Task A_sqlite_backup_taken_while_the_server_runs_holds_everything_and_serves()
    {
        await FillAsync("Data Source=" + Path.Combine(_directory, "live.db"));
        await using (var serve = CliProcess.Start(_directory, "serve", "-d", "live.db", "--port", "0"))
        {
            await serve.WaitForLineAsync(l => l.Contains("Bolwerk serving", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
            var (exit, stdout, stderr) = await CliProcess.RunAsync(_directory, "db", "backup", "copy.db", "-d", "live.db");
            exit.ShouldBe(0, stderr);
            stdout.ShouldContain("backed up");
            var (again, _, againErr) = await CliProcess.RunAsync(_directory, "db", "backup", "copy.db", "-d", "live.db");
            again.ShouldBe(65);
            againErr.ShouldContain("never overwrites");
        }

        (await CountsAsync("Data Source=" + Path.Combine(_directory, "copy.db"))).ShouldBe(await CountsAsync("Data Source=" + Path.Combine(_directory, "live.db")));
        var (status, statusOut, _) = await CliProcess.RunAsync(_directory, "db", "status", "-d", "copy.db");
        status.ShouldBe(0);
        statusOut.ShouldNotContain("pending");
    }

    [SkippableFact]
    public async Task A_postgres_dump_restores_into_a_new_database_with_the_same_contents()
    {
        var tool = new[] { "/usr/bin/pg_dump", "/usr/local/bin/pg_dump" }.FirstOrDefault(File.Exists);
        Skip.If(tool is null && Environment.GetEnvironmentVariable("BOLWERK_REQUIRE_POSTGRES") != "1", "pg_dump (Debian postgresql-client) is not installed");
        await using var source = await TestDatabase.CreateEmptyAsync("postgres");
        await using var target = await TestDatabase.CreateEmptyAsync("postgres");
        await FillAsync(source.ConnectionString);

        var from = new NpgsqlConnectionStringBuilder(source.ConnectionString);
        var to = new NpgsqlConnectionStringBuilder(target.ConnectionString);
        var dump = Path.Combine(_directory, "bolwerk.dump");
        await RunToolAsync("pg_dump", from, "-Fc", "-f", dump, from.Database!);
        await RunToolAsync("pg_restore", to, "--no-owner", "-d", to.Database!, dump);

        (await CountsAsync(target.ConnectionString)).ShouldBe(await CountsAsync(source.ConnectionString));
        var (status, statusOut, _) = await CliProcess.RunAsync(_directory, "db", "status", "-d", target.ConnectionString);
        status.ShouldBe(0);
        statusOut.ShouldNotContain("pending");
        var (refused, _, refusedErr) = await CliProcess.RunAsync(_directory, "db", "backup", "x.db", "-d", source.ConnectionString);
        refused.ShouldBe(64);
        refusedErr.ShouldContain("pg_dump");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    // Accounts, an audit trail, a simulated day's tracks and alerts.
    private async Task FillAsync(string database)
    {
        if (!File.Exists(Path.Combine(_directory, "day.nmea")))
        {
            (await CliProcess.RunAsync(_directory, "maritime", "simulate", "--vessels", "20", "--instances", "1", "--hours", "6", "--seed", "3", "--out", "day.nmea")).ExitCode.ShouldBe(0);
        }

        (await CliProcess.RunAsync(_directory, "users", "add", "ria", "--org", "kustwacht", "-d", database)).ExitCode.ShouldBe(0);
        var (exit, _, stderr) = await CliProcess.RunAsync(_directory, "maritime", "ingest", "--org", "kustwacht", "-d", database, "day.nmea");
        exit.ShouldBe(0, stderr);
    }

    private static async Task<Dictionary<string, long>> CountsAsync(string connectionString)
    {
        await using var database = Bolwerk.Storage.Infrastructure.BolwerkDatabase.Open(connectionString);
        var counts = new Dictionary<string, long>();
        foreach (var table in Tables)
        {
            counts[table] = await database.WithConnectionAsync(async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT COUNT(*) FROM {table}";
                return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            }, CancellationToken.None);
        }

        counts["vessel_positions"].ShouldBeGreaterThan(1_000);
        return counts;
    }

    private static async Task RunToolAsync(string tool, NpgsqlConnectionStringBuilder connection, params string[] args)
    {
        var info = new ProcessStartInfo(tool) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-h", connection.Host!, "-p", connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", connection.Username! }.Concat(args))
        {
            info.ArgumentList.Add(arg);
        }

        if (!string.IsNullOrEmpty(connection.Password))
        {
            info.Environment["PGPASSWORD"] = connection.Password;
        }

        using var process = Process.Start(info)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, $"{tool}: {errors}");
    }
}
