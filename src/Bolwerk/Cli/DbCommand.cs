using System.CommandLine;
using Bolwerk.Storage.Infrastructure;
using Bolwerk.Storage.Migrations;
using Spectre.Console;

namespace Bolwerk.Host.Cli;

/// <summary>`bolwerk db migrate|status`: the schema of the database.</summary>
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
        return db;
    }
}
