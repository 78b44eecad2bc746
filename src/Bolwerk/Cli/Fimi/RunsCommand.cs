using System.CommandLine;
using System.Globalization;
using Bolwerk.Host.Fimi;
using Bolwerk.Marking;
using Bolwerk.Storage.Audit;
using Bolwerk.Storage.Fimi;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Fimi;

/// <summary>`bolwerk fimi runs | networks RUN | tag NETWORK TECHNIQUE`: stored runs and the analysts' DISARM decisions.</summary>
internal static class RunsCommand
{
    public static IEnumerable<Command> Create() => [Runs(), Networks(), Tag()];

    private static Command Runs()
    {
        var command = new Command("runs", "Stored detection runs (fimi detect --store), newest first.");
        command.SetAction(async (parse, ct) =>
        {
            await using var database = await UsersCommand.OpenMigratedAsync(parse, ct);
            var table = new Table().AddColumns("run", "when", "by", "owner", "marking", "posts", "networks");
            foreach (var r in await new FimiRunStore(database).RunsAsync(ct))
            {
                table.AddRow(r.Id, r.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), Markup.Escape(r.CreatedBy), Markup.Escape(r.OwnerOrganisation), ((Tlp)r.Tlp).ToLabel(),
                    r.Posts.ToString(CultureInfo.InvariantCulture), r.Networks.ToString(CultureInfo.InvariantCulture));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Networks()
    {
        var run = new Argument<string>("RUN");
        var command = new Command("networks", "The networks of a stored run with the techniques analysts confirmed (+) or rejected (−).") { run };
        command.SetAction(async (parse, ct) =>
        {
            await using var database = await UsersCommand.OpenMigratedAsync(parse, ct);
            var runs = new StoredFimiRuns(new FimiRunStore(database), TimeProvider.System);
            _ = await runs.RunAsync(parse.GetValue(run)!, ct) ?? throw new ArgumentException($"no stored run '{parse.GetValue(run)}' (see `bolwerk fimi runs`)");
            var table = new Table().AddColumns("network", "kind", "accounts", "score", "start", "techniques");
            foreach (var n in await runs.NetworksAsync(parse.GetValue(run)!, ct))
            {
                table.AddRow(n.Stored.Id, n.Stored.Kind, n.Stored.Accounts.ToString(CultureInfo.InvariantCulture), n.Stored.Score.ToString("0.00", CultureInfo.InvariantCulture),
                    n.Stored.Start.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), string.Join(' ', n.Current.Select(t => (t.Confirmed ? "+" : "−") + t.Technique)));
            }

            AnsiConsole.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Tag()
    {
        var network = new Argument<string>("NETWORK");
        var technique = new Argument<string>("TECHNIQUE") { Description = "DISARM technique id, e.g. T0049.003." };
        var reject = new Option<bool>("--reject") { Description = "Reject the technique (a wrong suggestion) instead of confirming it." };
        var note = new Option<string?>("--note") { Description = "Why, in words (goes into the STIX export)." };
        var command = new Command("tag", "Confirm (or with --reject reject) a DISARM technique for a stored network; the history is kept, the latest decision stands.") { network, technique, reject, note };
        command.SetAction(async (parse, ct) =>
        {
            await using var database = await UsersCommand.OpenMigratedAsync(parse, ct);
            var runs = new StoredFimiRuns(new FimiRunStore(database), TimeProvider.System);
            var id = parse.GetValue(network)!;
            _ = await runs.NetworkAsync(id, ct) ?? throw new ArgumentException($"no stored network '{id}' (see `bolwerk fimi networks RUN`)");
            var tag = await runs.TagAsync(id, parse.GetValue(technique)!, !parse.GetValue(reject), CliAudit.Actor, parse.GetValue(note), ct);
            var line = $"{id}: {tag.Technique} {(tag.Confirmed ? "confirmed" : "rejected")} by {tag.Analyst}";
            await CliAudit.RecordAsync(new AuditLog(database), TimeProvider.System, "fimi.network.tag", "fimi-network", id, line, ct);
            Console.Out.WriteLine(line);
            return ExitCodes.Success;
        });
        return command;
    }
}
