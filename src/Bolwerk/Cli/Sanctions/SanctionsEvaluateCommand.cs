using System.CommandLine;
using System.Globalization;
using Bolwerk.Sanctions.Evaluation;
using Bolwerk.Sanctions.Matching;
using Spectre.Console;

namespace Bolwerk.Host.Cli.Sanctions;

/// <summary>`bolwerk sanctions evaluate`: the matcher's quality on the public labelled sets (docs/sanctions.md).</summary>
internal static class SanctionsEvaluateCommand
{
    private static readonly bool[] WithAndWithoutFacts = [true, false];

    public static Command Create()
    {
        var folder = new Option<string>("--eval") { Description = "Folder with name_bench_cases.csv, entity_bench_checks.yml, candgen_positives_un_*.csv and candgen_negatives_*.csv[.gz] (tests/Bolwerk.Sanctions.Tests/Fixtures/eval).", Required = true };
        var lists = new Option<string[]>("--list") { Description = "Lists to screen the positives and negatives against (the UN list must be among them for the positives)." };
        var threshold = new Option<double>("--threshold") { Description = "Match threshold.", DefaultValueFactory = _ => MatchOptions.Default.Threshold };
        var command = new Command("evaluate", "Precision, recall and F1 on labelled name and entity pairs; recall of UN-listed people and false matches of people on no list, screened against --list files.")
        {
            folder, lists, threshold,
        };
        command.SetAction(parse =>
        {
            var options = MatchOptions.Default with { Threshold = parse.GetValue(threshold) };
            var dir = parse.GetValue(folder)!;
            var evaluation = new MatchingEvaluation(options);
            var c = CultureInfo.InvariantCulture;
            var pairs = new Table().AddColumns("set", "pairs", "TP", "FP", "TN", "FN", "precision", "recall", "F1");
            var labelled = evaluation.NamePairs(NameBenchCase.Read(Path.Combine(dir, "name_bench_cases.csv")))
                .Append(evaluation.EntityPairs(EntityBenchCase.Read(Path.Combine(dir, "entity_bench_checks.yml"))));
            foreach (var result in labelled)
            {
                var n = result.Counts;
                pairs.AddRow(result.Set, n.Total.ToString(c), n.TruePositives.ToString(c), n.FalsePositives.ToString(c), n.TrueNegatives.ToString(c), n.FalseNegatives.ToString(c),
                    n.Precision.ToString("0.000", c), n.Recall.ToString("0.000", c), n.F1.ToString("0.000", c));
            }

            AnsiConsole.Write(pairs);
            var ofacScores = Path.Combine(dir, "ofac_search_scores.csv");
            if (File.Exists(ofacScores))
            {
                var ofac = MatchingEvaluation.Ofac(ofacScores);
                Console.Out.WriteLine(string.Create(c, $"OFAC view against OFAC's own scores: {ofac.Pairs} pairs, mean difference {ofac.MeanAbsoluteDifference:0.0} points, {ofac.WithinFive} within 5 points, largest {ofac.LargestDifference}"));
            }

            if (parse.GetValue(lists) is not { Length: > 0 } files)
            {
                return ExitCodes.Success;
            }

            var index = ListLoading.Index(files, options);
            var runs = new Table().AddColumns("set", "queries", "hits", "rate");
            foreach (var file in Directory.GetFiles(dir, "candgen_*").Order(StringComparer.Ordinal))
            {
                var positives = Path.GetFileName(file).Contains("positives", StringComparison.Ordinal);
                foreach (var withFacts in WithAndWithoutFacts)
                {
                    var queries = PersonQueryFile.Read(file, withFacts);
                    var label = $"{Path.GetFileName(file)} ({(withFacts ? "name, birth date, nationality" : "name only")}): {(positives ? "found" : "false matches")}";
                    var run = positives ? MatchingEvaluation.Recall(label, index, queries, "un-") : MatchingEvaluation.FalseMatches(label, index, queries);
                    runs.AddRow(Markup.Escape(run.Set), run.Queries.ToString(c), run.Hits.ToString(c), (100 * run.Rate).ToString("0.000", c) + " %");
                }
            }

            AnsiConsole.Write(runs);
            return ExitCodes.Success;
        });
        return command;
    }
}
