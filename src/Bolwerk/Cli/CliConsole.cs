using Spectre.Console;

namespace Bolwerk.Host.Cli;

/// <summary>Console output conventions: results to stdout, diagnostics to stderr, markup escaped.</summary>
internal static class CliConsole
{
    public static IAnsiConsole Error { get; } = CreateError();

    private static IAnsiConsole CreateError()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        if (Console.IsErrorRedirected)
        {
            console.Profile.Width = 250;
        }

        return console;
    }

    public static void Fail(string message) => Error.MarkupLine($"[red]error:[/] {Markup.Escape(message)}");

    public static void Warn(string message) => Error.MarkupLine($"[yellow]warning:[/] {Markup.Escape(message)}");
}
