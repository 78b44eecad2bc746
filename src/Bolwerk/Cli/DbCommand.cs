using System.CommandLine;
using Bolwerk.Storage.Infrastructure;
using Bolwerk.Storage.Migrations;
using Spectre.Console;

namespace Bolwerk.Host.Cli;

/// <summary>`bolwerk db migrate|status|backup`: the schema of the database, and an online backup of a SQLite file.</summary>
internal static class DbCommand
{
    public static Command Create()
    {
        var db = new Command("db", "Database schema management.");

        var migrate = new Command("migrate", "Apply pending schema migrations (safe to repeat; the server also does this at start).");
        migrate.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = BolwerkDatabase.Open(parse.GetValue(GlobalOptions.Database));
            var report = await new Migrator(database, TimeProvider.System).MigrateAsync(cancellationToken);
            foreach (var migration in report.Applied)
            {
                AnsiConsole.MarkupLine($"applied [green]{migration.Version:D4}_{Markup.Escape(migration.Name)}[/]");
            }

            AnsiConsole.MarkupLine($"{database.Engine} {Markup.Escape(database.DisplayName)}: schema version {report.CurrentVersion} ({report.Applied.Count} applied now)");
            return ExitCodes.Success;
        });

        var status = new Command("status", "Show applied and pending migrations without applying any.");
        status.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = BolwerkDatabase.Open(parse.GetValue(GlobalOptions.Database));
            var applied = await new Migrator(database, TimeProvider.System).AppliedVersionsAsync(cancellationToken);
            var table = new Table().AddColumns("version", "name", "state");
            foreach (var migration in MigrationCatalog.For(database.Engine))
            {
                table.AddRow($"{migration.Version:D4}", Markup.Escape(migration.Name), applied.ContainsKey(migration.Version) ? "[green]applied[/]" : "[yellow]pending[/]");
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        });

        db.Subcommands.Add(migrate);
        db.Subcommands.Add(status);
        db.Subcommands.Add(Backup());
        return db;
    }

    private static Command Backup()
    {
        var output = new Argument<string>("file") { Description = "The backup file to write (must not exist)." };
        var backup = new Command("backup", "Copy a SQLite database to FILE while it is in use (SQLite's online backup: a consistent copy even while the server writes). For PostgreSQL use pg_dump -Fc (docs/reliability.md).") { output };
        backup.SetAction(async (parse, cancellationToken) =>
        {
            var target = Path.GetFullPath(parse.GetValue(output)!);
            await using var database = BolwerkDatabase.Open(parse.GetValue(GlobalOptions.Database));
            if (database.Engine != StorageEngine.Sqlite)
            {
                CliConsole.Fail("db backup copies SQLite files; back up PostgreSQL with pg_dump -Fc and restore with pg_restore (docs/reliability.md).");
                return ExitCodes.Usage;
            }

            if (File.Exists(target))
            {
                CliConsole.Fail($"{target} exists; a backup never overwrites a file.");
                return ExitCodes.DataError;
            }

            var clock = System.Diagnostics.Stopwatch.StartNew();
            await database.WithConnectionAsync(
                async connection =>
                {
                    await using var destination = new Microsoft.Data.Sqlite.SqliteConnection(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
                    await destination.OpenAsync(cancellationToken);
                    ((Microsoft.Data.Sqlite.SqliteConnection)connection).BackupDatabase(destination);
                    return 0;
                },
                cancellationToken);
            AnsiConsole.MarkupLine(Markup.Escape(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"backed up {database.DisplayName} to {target} ({new FileInfo(target).Length:N0} bytes, {clock.Elapsed.TotalMilliseconds:0} ms)")));
            return ExitCodes.Success;
        });
        return backup;
    }
}
