using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Bolwerk.Information.Coordination;
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
        var inputs = new Argument<string[]>("INPUT") { Description = "Post files (.csv, .jsonl, .gz): native, QUT toolkit CSV, CooRTweet CSV; the format is recognised from the first line.", Arity = ArgumentArity.OneOrMore };
        var window = new Option<string>("--window") { Description = "Two actions coordinate when at most this far apart (inclusive): 60s, 10s, 500ms, 5m.", DefaultValueFactory = _ => "60s" };
        var minWeight = new Option<int>("--min-weight") { Description = "An account pair enters a network when it co-shared at least this many distinct items.", DefaultValueFactory = _ => 2 };
        var similarity = new Option<double>("--similarity") { Description = "Jaccard similarity of word sets at or above which two texts are copies (co-text).", DefaultValueFactory = _ => 0.8 };
        var measure = new Option<string>("--similarity-measure") { Description = "dice (default; tolerates paraphrase) or jaccard (the QUT toolkit's and CooRTweet's).", DefaultValueFactory = _ => "dice" };
        measure.AcceptOnlyFromAmong("dice", "jaccard");
        var minTokens = new Option<int>("--min-tokens") { Description = "Texts with fewer distinct words are not compared (co-text).", DefaultValueFactory = _ => 5 };
        var minParticipation = new Option<int>("--min-participation") { Description = "CooRTweet's min_participation: shares an account needs (1: no filter).", DefaultValueFactory = _ => 1 };
        var kinds = new Option<string[]>("--kinds") { Description = "Signals to run: co-share, co-link, co-reply, co-text, multi (default all).", AllowMultipleArgumentsPerToken = true };
        var format = new Option<string>("--format") { DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl");
        var edges = new Option<string?>("--edges") { Description = "Also write every edge (before the weight filter) to this CSV: kind,account,account_y,items,pairs,avg_time_delta,weight_a_to_b,weight_b_to_a,symmetry." };
        var truth = new Option<string?>("--truth") { Description = "Planted pairs (from fimi simulate --truth): precision and recall of account pairs per signal, written to standard error." };
        var strict = new Option<bool>("--strict") { Description = "Stop at the first row that cannot be read (default: leave it out and report it)." };
        var command = new Command("detect", "Detect coordinated behaviour: accounts that share the same items, links, reply targets or near-identical texts within a time window, repeatedly; networks with their evidence and a score.")
        {
            inputs, window, minWeight, similarity, measure, minTokens, minParticipation, kinds, format, edges, truth, strict,
        };
        command.SetAction(parse =>
        {
            var options = new DetectionOptions
            {
                Window = DurationParser.Parse(parse.GetValue(window)!),
                MinWeight = parse.GetValue(minWeight) is var w and >= 1 ? w : throw new ArgumentException("--min-weight must be at least 1"),
                Similarity = parse.GetValue(similarity) is var s and > 0 and <= 1 ? s : throw new ArgumentException("--similarity must be in (0, 1]"),
                SimilarityMeasure = parse.GetValue(measure) == "jaccard" ? SimilarityMeasure.Jaccard : SimilarityMeasure.Dice,
                MinTokens = Math.Max(1, parse.GetValue(minTokens)),
                MinParticipation = Math.Max(1, parse.GetValue(minParticipation)),
                Kinds = Kinds(parse.GetValue(kinds)),
            };
            var posts = new List<Post>();
            foreach (var path in parse.GetValue(inputs)!)
            {
                var file = PostReader.Read(path, parse.GetValue(strict));
                posts.AddRange(file.Posts);
                foreach (var problem in file.Skipped.Take(5))
                {
                    Console.Error.WriteLine($"skipped: {problem}");
                }

                if (file.Skipped.Count > 5)
                {
                    Console.Error.WriteLine($"skipped: {file.Skipped.Count - 5} more rows of {path}");
                }

                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {file.Format}, {file.Posts.Count} posts, {file.Skipped.Count} rows skipped"));
            }

            var result = CoordinationDetector.Detect(posts, options);
            var parameters = Parameters(options);
            Console.Error.WriteLine("parameters: " + JsonSerializer.Serialize(parameters));
            if (parse.GetValue(truth) is { } truthFile)
            {
                foreach (var score in DetectionEvaluation.Evaluate(result, TruthFile.Read(truthFile), options.MinWeight))
                {
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{score.Kind.Name()}: planted {score.Planted}, detected {score.Detected}, true {score.TruePositives}, precision {score.Precision:0.000}, recall {score.Recall:0.000}"));
                }
            }

            if (parse.GetValue(edges) is { } edgeFile)
            {
                EdgeCsv.Write(edgeFile, result);
            }

            if (parse.GetValue(format) == "jsonl")
            {
                foreach (var n in result.Networks)
                {
                    Console.Out.WriteLine(JsonSerializer.Serialize(new
                    {
                        kind = n.Kind.Name(), accounts = n.Accounts, posts = n.Posts, start = Iso(n.Start), end = Iso(n.End), score = n.Score,
                        edges = n.Edges, kinds = n.Kinds.Select(k => k.Name()), meanDeltaSeconds = n.MeanDeltaSeconds,
                        topItems = n.TopItems.Select(t => new { item = t.Item, accountPairs = t.Pairs }),
                        disarm = DisarmSuggestions.For(n, DisarmFramework.Default).Select(d => new
                        {
                            id = d.Technique.Id, name = d.Technique.Name, tactic = d.Technique.TacticId, inferred = true, reason = d.Reason,
                            countermeasures = d.Countermeasures.Select(c => c.Id),
                        }),
                        parameters,
                    }));
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
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Networks.Count} networks from {posts.Count} posts"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static HashSet<CoordinationKind> Kinds(string[]? names)
    {
        if (names is null || names.Length == 0)
        {
            return [.. Enum.GetValues<CoordinationKind>()];
        }

        var kinds = new HashSet<CoordinationKind>();
        foreach (var name in names.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            kinds.Add(CoordinationKinds.TryParse(name, out var kind) ? kind : throw new ArgumentException($"--kinds: '{name}' is not one of co-share, co-link, co-reply, co-text, multi"));
        }

        return kinds;
    }

    private static object Parameters(DetectionOptions o) => new
    {
        windowSeconds = o.Window.TotalSeconds, windowInclusive = true, slidingWindow = true, minWeight = o.MinWeight, weight = "distinct items co-shared",
        similarity = o.Similarity, similarityMeasure = (o.SimilarityMeasure == SimilarityMeasure.Dice ? "dice" : "jaccard") + " of word sets", minTokens = o.MinTokens, minParticipation = o.MinParticipation, loopsRemoved = true,
        kinds = o.Kinds.Order().Select(k => k.Name()),
    };

    private static string Iso(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
