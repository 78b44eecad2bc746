using System.CommandLine;
using Bolwerk.Host.Server;
using Bolwerk.Storage.Infrastructure;
using Spectre.Console;

namespace Bolwerk.Host.Cli;

/// <summary>`bolwerk serve`: the HTTP API on the configured database, until interrupted.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var options = new ServerOptions();
        var command = new Command("serve", "Run the HTTP API (and web page) on the database; migrates the schema first. Stops on Ctrl+C.");
        options.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = options.Read(parse);
            await using var app = await BolwerkServer.BuildAsync(settings, cancellationToken);
            await app.StartAsync(cancellationToken);
            var database = app.Services.GetRequiredService<BolwerkDatabase>();
            AnsiConsole.MarkupLine($"Bolwerk serving [bold]{app.ListeningAddress()}[/] on {database.Engine} ({Markup.Escape(database.DisplayName)}). Ctrl+C stops.");
            await WaitForShutdownAsync(app, cancellationToken);
            return ExitCodes.Success;
        });
        return command;
    }

    internal static async Task WaitForShutdownAsync(WebApplication app, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: fall through to a graceful stop.
        }

        await app.StopAsync(CancellationToken.None);
    }
}
