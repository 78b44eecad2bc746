using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Bolwerk.Host.Fimi;
using Bolwerk.Information.Coordination;
using Bolwerk.Marking;
using Bolwerk.Storage.Audit;
using Bolwerk.Storage.Fimi;
using Bolwerk.Information.Networks;
using Bolwerk.Information.Disarm;
using Bolwerk.Information.Posts;
using Bolwerk.Information.Simulation;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Fimi;

/// <summary>
/// `bolwerk fimi detect [--window 60s] [--min-weight 2] [--similarity 0.8] [--format jsonl] INPUT…`
/// (contract kept exactly: with jsonl, standard output holds only networks, one per line).
/// </summary>
internal static class DetectCommand
{
    public static Command Create()
    {
        var detection = new DetectionArguments();
        var format = new Option<string>("--format") { DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var edges = new Option<string?>("--edges") { Description = "Also write every edge (before the weight filter) to this CSV: kind,account,account_y,items,pairs,avg_time_delta,weight_a_to_b,weight_b_to_a,symmetry." };
        var store = new Option<bool>("--store") { Description = "Keep the run and its networks in the database for analysts (fimi runs, networks, tag, export --run; the API)." };
        var org = new Option<string?>("--org") { Description = "With --store: the organisation that owns the run." };
        var tlp = new Option<string>("--tlp") { Description = "With --store: the run's marking.", DefaultValueFactory = _ => "amber" };
        var truth = new Option<string?>("--truth") { Description = "Planted pairs (from fimi simulate --truth): precision and recall of account pairs per signal, written to standard error." };
        var command = new Command("detect", "Detect coordinated behaviour: accounts that share the same items, links, reply targets or near-identical texts within a time window, repeatedly; networks with their evidence and a score.")
        {
            format, edges, truth, store, org, tlp,
        };
        detection.AddTo(command);
        command.SetAction(async (parse, ct) =>
        {
            var (result, options, count, inputs) = detection.Run(parse);
            var parameters = DetectionArguments.Parameters(options);
            if (parse.GetValue(truth) is { } truthFile)
            {
                foreach (var score in DetectionEvaluation.Evaluate(result, TruthFile.Read(truthFile), options))
                {
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{score.Kind.Name()}: planted {score.Planted}, detected {score.Detected}, true {score.TruePositives}, precision {score.Precision:0.000}, recall {score.Recall:0.000}"));
                }
            }

            if (parse.GetValue(store))
            {
                var marking = TlpLabels.TryParse(parse.GetValue(tlp), out var t) ? t : throw new ArgumentException($"--tlp '{parse.GetValue(tlp)}' is not a TLP label (clear, green, amber, amber+strict, red)");
                var owner = parse.GetValue(org) ?? throw new ArgumentException("--store needs --org: the organisation that owns the run");
                await using var database = await UsersCommand.OpenMigratedAsync(parse, ct);
                var run = await new StoredFimiRuns(new FimiRunStore(database), TimeProvider.System)
                    .SaveAsync(result, JsonSerializer.SerializeToNode(parameters)!, inputs, count, CliAudit.Actor, owner, marking, ct);
                await CliAudit.RecordAsync(new AuditLog(database), TimeProvider.System, "fimi.run.store", "fimi-run", run.Id, string.Create(CultureInfo.InvariantCulture, $"{run.Networks} networks from {count} posts, {marking.ToLabel()}"), ct);
                Console.Error.WriteLine($"stored as {run.Id}");
            }

            if (parse.GetValue(edges) is { } edgeFile)
            {
                EdgeCsv.Write(edgeFile, result);
            }

            if (parse.GetValue(format) == "jsonl")
            {
                var parameterNode = JsonSerializer.SerializeToNode(parameters);
                foreach (var n in result.Networks)
                {
                    Console.Out.WriteLine(NetworkJson.Write(n, DisarmFramework.Default, parameterNode).ToJsonString());
                }

                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("kind", "accounts", "posts", "edges", "score", "start", "end", "top item");
            foreach (var n in result.Networks)
            {
                table.AddRow(n.Kind.Name(), n.Accounts.Count.ToString(CultureInfo.InvariantCulture), n.Posts.Count.ToString(CultureInfo.InvariantCulture), n.Edges.ToString(CultureInfo.InvariantCulture),
                    n.Score.ToString("0.00", CultureInfo.InvariantCulture), Iso(n.Start), Iso(n.End), Markup.Escape(n.TopItems.Count > 0 ? n.TopItems[0].Item : "-"));
            }

            AnsiConsole.Write(table);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Networks.Count} networks from {count} posts"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
