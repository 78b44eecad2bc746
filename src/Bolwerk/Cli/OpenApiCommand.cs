using System.CommandLine;
using Bolwerk.Host.Server;

namespace Bolwerk.Host.Cli;

/// <summary>`bolwerk openapi`: writes the OpenAPI document the server publishes (docs/openapi.json in the repo).</summary>
internal static class OpenApiCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file instead of stdout." };
        var command = new Command("openapi", "Print the OpenAPI document of the HTTP API.") { output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var document = await RenderAsync(cancellationToken);
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, document, cancellationToken);
            }
            else
            {
                Console.Out.Write(document);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Starts a throwaway server on a temporary database and fetches its document.</summary>
    internal static async Task<string> RenderAsync(CancellationToken cancellationToken)
    {
        var directory = Directory.CreateTempSubdirectory("bolwerk-openapi-");
        try
        {
            var settings = new ServerSettings { Database = Path.Combine(directory.FullName, "openapi.db"), Port = 0 };
            await using var app = await BolwerkServer.BuildAsync(settings, cancellationToken);
            await app.StartAsync(cancellationToken);
            using var client = new HttpClient { BaseAddress = app.ListeningAddress() };
            var document = await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative), cancellationToken);
            await app.StopAsync(CancellationToken.None);
            return document.ReplaceLineEndings("\n").TrimEnd() + "\n";
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }
}
