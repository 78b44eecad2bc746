using System.CommandLine;
using System.Net.Sockets;
using Spectre.Console;
using Bolwerk.Storage.Infrastructure;

namespace Bolwerk.Host.Cli;

/// <summary>The bolwerk command line: verbs, global options and the mapping of failures to exit codes.</summary>
internal static class BolwerkCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand(
            "Bolwerk: maritime watch and forensics, sanctions screening, FIMI detection, case files and strategy monitoring for the Dutch International Security Strategy 2026-2030.");
        root.Options.Add(GlobalOptions.Database);
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(DbCommand.Create());
        root.Subcommands.Add(UsersCommand.Create());
        root.Subcommands.Add(Ais.AisCommand.Create());
        root.Subcommands.Add(Maritime.MaritimeCommand.Create());
        root.Subcommands.Add(Streaming.IngestCommand.Create());
        root.Subcommands.Add(Streaming.WorkerCommand.Create());
        root.Subcommands.Add(Sanctions.SanctionsCommand.Create());
        root.Subcommands.Add(Cases.CaseCommand.Create());
        root.Subcommands.Add(Strategy.StrategyCommand.Create());
        root.Subcommands.Add(Fimi.FimiCommand.Create());
        root.Subcommands.Add(Sharing.StixCommand.Create());
        root.Subcommands.Add(Sharing.TaxiiCommand.Create());
        root.Subcommands.Add(OpenApiCommand.Create());
        return root;
    }

    public static async Task<int> RunAsync(string[] args)
    {
        if (Console.IsOutputRedirected)
        {
            // Spectre wraps at 80 columns when it cannot see a terminal, which would split tokens
            // and URLs across lines in captured output.
            AnsiConsole.Profile.Width = 250;
        }

        var parse = Build().Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                CliConsole.Fail(error.Message);
            }

            CliConsole.Error.WriteLine("Run 'bolwerk --help' for usage.");
            return ExitCodes.Usage;
        }

        try
        {
            // Our own handler below maps failures to exit codes and clear messages, without stack traces.
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (StorageException e)
        {
            CliConsole.Fail(e.Message);
            return e.Code switch
            {
                StorageErrorCode.Unavailable or StorageErrorCode.Busy => ExitCodes.Unavailable,
                StorageErrorCode.Conflict or StorageErrorCode.MissingReference or StorageErrorCode.InvalidData => ExitCodes.DataError,
                _ => ExitCodes.Failure,
            };
        }
        catch (Exception e) when (e is Bolwerk.Maritime.Infrastructure.AssetLayerException or Bolwerk.Maritime.WatchLists.WatchListException or InvalidDataException
            or Bolwerk.Sanctions.Lists.SanctionsListException or Bolwerk.Sanctions.Dossiers.ListingProposalException or FormatException
            or Bolwerk.Response.Toolbox.ResponseCatalogueException or Bolwerk.Response.Cases.CaseRuleException or Bolwerk.Information.Posts.PostFileException
            or Bolwerk.Sharing.StixFormatException or Bolwerk.Host.Sharing.TaxiiClientException)
        {
            CliConsole.Fail(e.Message);
            return ExitCodes.DataError;
        }
        catch (FileNotFoundException e)
        {
            CliConsole.Fail(e.Message);
            return ExitCodes.NoInput;
        }
        catch (IOException e) when (StandardOutput.IsBrokenPipe(e))
        {
            // The reader of our output has gone (e.g. `| head`): stop quietly, as Unix tools do.
            return ExitCodes.Success;
        }
        catch (IOException e) when (e.InnerException is SocketException or IOException || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            CliConsole.Fail(e.Message);
            return ExitCodes.Unavailable;
        }
        catch (Bolwerk.Host.Streaming.StreamUnavailableException e)
        {
            CliConsole.Fail(e.Message);
            return ExitCodes.Unavailable;
        }
        catch (NATS.Client.JetStream.NatsJSApiException e)
        {
            CliConsole.Fail($"JetStream refused: {e.Error.Description} (code {e.Error.Code}, {e.Error.ErrCode})");
            return e.Error.Code == 404 ? ExitCodes.NoInput : ExitCodes.Failure;
        }
        catch (NATS.Client.Core.NatsException e)
        {
            CliConsole.Fail($"NATS: {e.Message}");
            return ExitCodes.Unavailable;
        }
        catch (SocketException e)
        {
            // A receiver that refuses or a name that does not resolve (tcp://, udp:// inputs): unavailable, said plainly.
            CliConsole.Fail($"network input unavailable: {e.Message} ({e.SocketErrorCode})");
            return ExitCodes.Unavailable;
        }
        catch (ArgumentException e)
        {
            CliConsole.Fail(e.Message);
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Success;
        }
    }
}
