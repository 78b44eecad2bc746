using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Bolwerk.Host.Sanctions;
using Bolwerk.Sanctions.Versions;
using Bolwerk.Storage.Audit;
using Bolwerk.Storage.Infrastructure;
using Bolwerk.Storage.Sanctions;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Sanctions;

/// <summary>`bolwerk sanctions import | lists | diff | watchlist`: sanctions lists kept as versions in the database.</summary>
internal static class SanctionsStoreCommands
{
    public static Command Import()
    {
        var files = new Argument<string[]>("files") { Description = "List files of any supported format (recognised from content).", Arity = ArgumentArity.OneOrMore };
        var key = new Option<string?>("--key") { Description = "Name the list (default from its format: un-consolidated, ofac-sdn, eu-annex-xlii); versions of one key are compared." };
        var command = new Command("import", "Import list files as new dated versions (the same file twice adds nothing) and report what changed since each list's previous version.")
        {
            files, key,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = await UsersCommand.OpenMigratedAsync(parse, cancellationToken);
            var lists = Lists(database);
            var c = CultureInfo.InvariantCulture;
            foreach (var file in parse.GetValue(files)!)
            {
                var result = await lists.ImportAsync(file, CliAudit.Actor, parse.GetValue(key), cancellationToken);
                var v = result.Version;
                if (!result.Created)
                {
                    Console.Out.WriteLine(string.Create(c, $"{v.ListKey} version {v.Id}: {file} is unchanged (same file imported {v.ImportedAt:yyyy-MM-dd HH:mm} UTC); nothing stored"));
                    continue;
                }

                var since = result.Diff is { } d && result.Previous is { } p
                    ? string.Create(c, $"; since version {p.Id}: {d.Added.Count} added, {d.Removed.Count} removed, {d.Changed.Count} changed, {d.Unchanged} unchanged")
                    : "; first version of this list";
                Console.Out.WriteLine(string.Create(c, $"{v.ListKey} version {v.Id}: {v.EntityCount} entities from {v.SourceFile} ({v.Format}{(v.Published is null ? string.Empty : ", published " + v.Published)}){since}"));
                await CliAudit.RecordAsync(new AuditLog(database), TimeProvider.System, "sanctions.import", "sanctions-list-version", v.Id.ToString(c), $"{v.ListKey} {v.SourceFile} sha256 {v.Sha256}", cancellationToken);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Versions()
    {
        var key = new Option<string?>("--key") { Description = "Only this list." };
        var command = new Command("lists", "The imported list versions, oldest first.") { key };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = await UsersCommand.OpenMigratedAsync(parse, cancellationToken);
            var versions = await Lists(database).VersionsAsync(parse.GetValue(key), cancellationToken);
            var c = CultureInfo.InvariantCulture;
            var table = new Table().AddColumns("version", "list", "entities", "published", "imported", "by", "file", "sha256");
            foreach (var v in versions)
            {
                table.AddRow(v.Id.ToString(c), v.ListKey, v.EntityCount.ToString(c), v.Published ?? "-", v.ImportedAt.ToString("yyyy-MM-dd HH:mm", c), Markup.Escape(v.ImportedBy), Markup.Escape(v.SourceFile), v.Sha256[..12]);
            }

            AnsiConsole.Write(table);
            return versions.Count == 0 ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }

    public static Command Diff()
    {
        var key = new Option<string?>("--key") { Description = "The list to diff (needed when several lists are imported and no versions are given)." };
        var from = new Option<long?>("--from") { Description = "Older version number (default: the one before --to)." };
        var to = new Option<long?>("--to") { Description = "Newer version number (default: the list's newest)." };
        var format = new Option<string>("--format") { Description = "table, or jsonl: one object per change (change, entityId, name, schema, fields).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var command = new Command("diff", "Entries added, removed (delisted) and changed between two versions of a list — by default its last two.")
        {
            key, from, to, format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = await UsersCommand.OpenMigratedAsync(parse, cancellationToken);
            var lists = Lists(database);
            var all = await lists.VersionsAsync(null, cancellationToken);
            var newer = parse.GetValue(to) is { } toId ? all.FirstOrDefault(v => v.Id == toId) ?? throw new ArgumentException($"--to {toId}: no such version")
                : Newest(all, parse.GetValue(key));
            var older = parse.GetValue(from) is { } fromId ? all.FirstOrDefault(v => v.Id == fromId) ?? throw new ArgumentException($"--from {fromId}: no such version")
                : all.Where(v => v.ListKey == newer.ListKey && v.Id < newer.Id).MaxBy(v => v.Id)
                  ?? throw new ArgumentException($"{newer.ListKey} has no version before {newer.Id} to compare with");
            if (older.ListKey != newer.ListKey)
            {
                CliConsole.Warn($"comparing two different lists: {older.ListKey} and {newer.ListKey}");
            }

            var diff = ListDiff.Between(await lists.EntitiesAsync(older.Id, cancellationToken), await lists.EntitiesAsync(newer.Id, cancellationToken));
            var c = CultureInfo.InvariantCulture;
            CliConsole.Error.MarkupLine(Markup.Escape(string.Create(c, $"{newer.ListKey} version {older.Id} → {newer.Id}: {diff.Added.Count} added, {diff.Removed.Count} removed, {diff.Changed.Count} changed, {diff.Unchanged} unchanged")));
            var rows = diff.Added.Select(e => ("added", e, (IReadOnlyList<string>)[]))
                .Concat(diff.Removed.Select(e => ("removed", e, (IReadOnlyList<string>)[])))
                .Concat(diff.Changed.Select(ch => ("changed", ch.After, ch.Fields)));
            if (parse.GetValue(format) == "jsonl")
            {
                foreach (var (change, entity, fields) in rows)
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(new { change, entityId = entity.Id, name = entity.Names.Count > 0 ? entity.Names[0] : entity.Id, schema = entity.Schema, fields }));
                }

                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("change", "entity", "name", "schema", "fields");
            foreach (var (change, entity, fields) in rows)
            {
                table.AddRow(change, Markup.Escape(entity.Id), Markup.Escape(entity.Names.Count > 0 ? entity.Names[0] : string.Empty), entity.Schema, string.Join(", ", fields));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command WatchList()
    {
        var output = new Option<string?>("--out", "-o") { Description = "Write the CSV here instead of standard output." };
        var command = new Command("watchlist", "Every listed vessel with an IMO number or MMSI from the newest version of each imported list, as CSV imo,mmsi,name,reason — the --watchlist file of `bolwerk maritime detect` and `ingest`.")
        {
            output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var database = await UsersCommand.OpenMigratedAsync(parse, cancellationToken);
            var (versions, entities) = await Lists(database).LatestAsync(cancellationToken);
            if (versions.Count == 0)
            {
                CliConsole.Fail("no sanctions lists imported; run `bolwerk sanctions import FILE…` first");
                return ExitCodes.Failure;
            }

            int rows;
            if (parse.GetValue(output) is { } path)
            {
                await using var file = new StreamWriter(path);
                rows = VesselWatchListExport.Write(file, entities);
            }
            else
            {
                rows = VesselWatchListExport.Write(Console.Out, entities);
            }

            CliConsole.Error.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
                $"{rows} vessel rows from {string.Join(", ", versions.Select(v => $"{v.ListKey} v{v.Id}"))}")));
            return ExitCodes.Success;
        });
        return command;
    }

    internal static StoredSanctionsLists Lists(BolwerkDatabase database) => new(new SanctionsListStore(database, TimeProvider.System));

    private static StoredListVersion Newest(IReadOnlyList<StoredListVersion> all, string? key)
    {
        var keys = all.Select(v => v.ListKey).Distinct(StringComparer.Ordinal).ToList();
        if (key is null && keys.Count > 1)
        {
            throw new ArgumentException($"several lists are imported ({string.Join(", ", keys)}); name one with --key");
        }

        return all.Where(v => key is null || v.ListKey == key).MaxBy(v => v.Id)
            ?? throw new ArgumentException(key is null ? "no sanctions lists imported" : $"no versions of list '{key}'");
    }
}
