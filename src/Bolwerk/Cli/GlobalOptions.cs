using System.CommandLine;

namespace Bolwerk.Host.Cli;

/// <summary>Options every verb understands.</summary>
internal static class GlobalOptions
{
    public const string DatabaseVariable = "BOLWERK_DATABASE";

    public static readonly Option<string?> Database = new("--database", "-d")
    {
        Description = $"SQLite file or PostgreSQL connection string (Host=…;Database=… or postgres://…). Default: ${DatabaseVariable}, else bolwerk.db in the working directory.",
        Recursive = true,
        HelpName = "connection",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(DatabaseVariable),
    };
}
