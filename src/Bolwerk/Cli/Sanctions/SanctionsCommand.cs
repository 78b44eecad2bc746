using System.CommandLine;

namespace Bolwerk.Host.Cli.Sanctions;

/// <summary>`bolwerk sanctions …`: screening against sanctions lists and measuring the matcher.</summary>
internal static class SanctionsCommand
{
    public static Command Create()
    {
        var sanctions = new Command("sanctions", "Sanctions: read lists in their native formats, screen names, vessels and companies against them.");
        sanctions.Subcommands.Add(SanctionsStoreCommands.Import());
        sanctions.Subcommands.Add(SanctionsStoreCommands.Versions());
        sanctions.Subcommands.Add(SanctionsStoreCommands.Diff());
        sanctions.Subcommands.Add(SanctionsStoreCommands.WatchList());
        sanctions.Subcommands.Add(SanctionsScreenCommand.Create());
        sanctions.Subcommands.Add(SanctionsDossierCommand.Create());
        sanctions.Subcommands.Add(SanctionsEvaluateCommand.Create());
        return sanctions;
    }
}
