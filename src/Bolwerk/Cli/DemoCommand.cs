using System.CommandLine;
using Bolwerk.Host.Demo;
using Bolwerk.Host.Server;
using Bolwerk.Storage.Accounts;
using Bolwerk.Storage.Alerts;
using Spectre.Console;

namespace Bolwerk.Host.Cli;

/// <summary>`bolwerk demo`: the server on a demo SQLite file with sample data and a demo admin token.</summary>
internal static class DemoCommand
{
    public const string DefaultDatabase = "bolwerk-demo.db";

    public static Command Create()
    {
        var options = new ServerOptions();
        var command = new Command("demo", $"Run the server on {DefaultDatabase} with sample data; prints the URL and a demo admin token. Stops on Ctrl+C.");
        options.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = options.Read(parse, DefaultDatabase);
            await using var app = await BolwerkServer.BuildAsync(settings, cancellationToken);
            var seeder = new DemoSeeder(app.Services.GetRequiredService<AccountStore>(), app.Services.GetRequiredService<AccountPasswords>(), app.Services.GetRequiredService<AlertStore>(), settings.TimeProvider);
            var (admin, token, password, seeded) = await seeder.SeedAsync(cancellationToken);
            var traffic = await new DemoTraffic(app.Services.GetRequiredService<Bolwerk.Storage.Tracks.TrackStore>(), app.Services.GetRequiredService<AlertStore>())
                .LoadAsync("kustwacht", cancellationToken);
            var fimi = await new Bolwerk.Host.Demo.DemoFimi(app.Services.GetRequiredService<Bolwerk.Host.Fimi.StoredFimiRuns>(), app.Services.GetRequiredService<Bolwerk.Storage.Sharing.StixObjectStore>(),
                app.Services.GetRequiredService<Bolwerk.Host.Sharing.StixIntake>(), settings.TimeProvider).LoadAsync(cancellationToken);
            await app.StartAsync(cancellationToken);
            var url = app.ListeningAddress();

            AnsiConsole.MarkupLine($"Bolwerk demo at [bold link]{url}[/]  (database {Markup.Escape(settings.Database ?? DefaultDatabase)}; sample alerts: {seeded.Inserted} new, {seeded.Skipped} already there{(seeded.BatchReplayed ? ", seeded before" : "")}; simulated Baltic day with the Eagle S replay: {traffic} alerts computed and stored{(traffic == 0 ? " (loaded before)" : "")}; simulated FIMI corpus: {fimi} networks stored and shared in TAXII collection {Bolwerk.Host.Demo.DemoFimi.Collection}{(fimi == 0 ? " (loaded before)" : "")})");
            AnsiConsole.MarkupLine($"Web sign-in: {admin.Name} / [bold]{password}[/]  (also {DemoSeeder.ViewerName}, read-only, same password; new each run)");
            AnsiConsole.MarkupLine($"Demo admin [bold]{admin.Name}[/] API token (valid 7 days):");
            Console.Out.WriteLine(token.Token);
            AnsiConsole.MarkupLine($"Try: [grey]curl -H 'Authorization: Bearer {token.Token}' {url}api/v1/alerts[/]");
            AnsiConsole.MarkupLine("Ctrl+C stops.");
            await ServeCommand.WaitForShutdownAsync(app, cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }
}
