using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Bolwerk.Sanctions.Lists;
using Bolwerk.Sanctions.Matching;
using Bolwerk.Sanctions.Model;
using Bolwerk.Sanctions.Screening;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Sanctions;

/// <summary>Reads the lists a command screens against and builds the index, reporting counts on stderr.</summary>
internal static class ListLoading
{
    public static ScreeningIndex Index(IReadOnlyList<string> lists, MatchOptions options)
    {
        var clock = Stopwatch.StartNew();
        var entities = new List<SanctionedEntity>();
        foreach (var list in lists)
        {
            var read = SanctionsListFile.Read(list);
            CliConsole.Error.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{list}: {read.Count} entities ({SanctionsListFile.Detect(list)})")));
            entities.AddRange(read);
        }

        var index = ScreeningIndex.Build(entities, options);
        CliConsole.Error.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"indexed {index.Count} entities in {clock.ElapsedMilliseconds} ms")));
        return index;
    }

    /// <summary>The newest imported version of every list, indexed; null when none is imported.</summary>
    public static async Task<ScreeningIndex?> StoredIndexAsync(ParseResult parse, MatchOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var database = await UsersCommand.OpenMigratedAsync(parse, cancellationToken);
        var (versions, entities) = await SanctionsStoreCommands.Lists(database).LatestAsync(cancellationToken);
        if (versions.Count == 0)
        {
            return null;
        }

        var index = ScreeningIndex.Build(entities, options);
        CliConsole.Error.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"indexed {index.Count} entities of {string.Join(", ", versions.Select(v => $"{v.ListKey} v{v.Id}"))} in {clock.ElapsedMilliseconds} ms")));
        return index;
    }
}
