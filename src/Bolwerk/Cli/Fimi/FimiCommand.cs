using System.CommandLine;

namespace Bolwerk.Host.Cli.Fimi;

/// <summary>`bolwerk fimi …`: foreign information manipulation and interference — coordinated-behaviour detection.</summary>
internal static class FimiCommand
{
    public static Command Create()
    {
        var fimi = new Command("fimi", "Information threats: coordinated inauthentic behaviour in collected posts (co-share, co-link, co-reply, co-text).");
        fimi.Subcommands.Add(DetectCommand.Create());
        fimi.Subcommands.Add(SimulateCommand.Create());
        fimi.Subcommands.Add(DisarmCommand.Create());
        fimi.Subcommands.Add(ExportCommand.Create());
        foreach (var command in RunsCommand.Create())
        {
            fimi.Subcommands.Add(command);
        }
        return fimi;
    }
}
