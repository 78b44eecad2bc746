using System.CommandLine;

namespace Bolwerk.Host.Cli.Maritime;

/// <summary>`bolwerk maritime …`: the maritime watch verbs.</summary>
internal static class MaritimeCommand
{
    public static Command Create()
    {
        var maritime = new Command("maritime", "Maritime watch: infrastructure layers (cables, pipelines, wind farms, anchorages, traffic separation) and watch lists.");
        maritime.Subcommands.Add(MaritimeAssetsCommand.Create());
        maritime.Subcommands.Add(MaritimeWatchListCommand.Create());
        maritime.Subcommands.Add(MaritimeDetectCommand.Create());
        maritime.Subcommands.Add(MaritimeIngestCommand.Create());
        maritime.Subcommands.Add(MaritimeNearCommand.Create());
        maritime.Subcommands.Add(MaritimeForensicsCommand.Create());
        maritime.Subcommands.Add(MaritimeVesselCommand.Create());
        maritime.Subcommands.Add(MaritimeSimulateCommand.Create());
        maritime.Subcommands.Add(MaritimeEvaluateCommand.Create());
        return maritime;
    }
}
