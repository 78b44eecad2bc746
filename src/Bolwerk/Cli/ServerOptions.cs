using System.CommandLine;
using Bolwerk.Host.Server;

namespace Bolwerk.Host.Cli;

/// <summary>Options shared by `serve` and `demo`.</summary>
internal sealed class ServerOptions
{
    public Option<string> Host { get; } = new("--host")
    {
        Description = "Address to bind. Loopback by default; binding elsewhere exposes the API to the network.",
        DefaultValueFactory = _ => "127.0.0.1",
    };

    public Option<int> Port { get; } = new("--port", "-p")
    {
        Description = "TCP port; 0 picks a free one.",
        DefaultValueFactory = _ => 5080,
    };

    public Option<int> MaxRequestMegabytes { get; } = new("--max-request-mb")
    {
        Description = "Largest request body accepted, in MiB.",
        DefaultValueFactory = _ => 8,
    };

    public Option<string?> StrategyNato { get; } = new("--strategy-nato") { Description = "NATO defence expenditure % of GDP table for the strategy monitor." };

    public Option<string> StrategyNatoEdition { get; } = new("--strategy-nato-edition") { Description = "Its edition label.", DefaultValueFactory = _ => "NATO (edition not stated)" };

    public Option<string?> StrategyKiel { get; } = new("--strategy-kiel") { Description = "Kiel Ukraine Support Tracker release directory for the strategy monitor." };

    public void AddTo(Command command)
    {
        command.Options.Add(StrategyNato);
        command.Options.Add(StrategyNatoEdition);
        command.Options.Add(StrategyKiel);
        command.Options.Add(Host);
        command.Options.Add(Port);
        command.Options.Add(MaxRequestMegabytes);
        Port.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                result.AddError("--port must be between 0 and 65535.");
            }
        });
        MaxRequestMegabytes.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 1024)
            {
                result.AddError("--max-request-mb must be between 1 and 1024.");
            }
        });
    }

    public ServerSettings Read(ParseResult parse, string? defaultDatabase = null) => new()
    {
        Database = parse.GetValue(GlobalOptions.Database) ?? defaultDatabase,
        Host = parse.GetValue(Host)!,
        Port = parse.GetValue(Port),
        MaxRequestBodyBytes = parse.GetValue(MaxRequestMegabytes) * 1024L * 1024L,
        Strategy = new StrategySources(parse.GetValue(StrategyNato), parse.GetValue(StrategyNatoEdition)!, parse.GetValue(StrategyKiel)),
    };
}
