using Bolwerk.Sanctions.Matching;
using Bolwerk.Sanctions.Screening;

namespace Bolwerk.Sanctions.Evaluation;

/// <summary>One labelled set's result at the threshold in force.</summary>
/// <param name="Set">Which set and slice ("name pairs", "name pairs: Person" …).</param>
/// <param name="Counts">The confusion counts.</param>
public sealed record LabelledResult(string Set, ConfusionCounts Counts);

/// <summary>A screening run over a query file: how many queries had a match (or the expected one).</summary>
/// <param name="Set">Which file and mode ("negatives global, with birth date and nationality" …).</param>
/// <param name="Queries">Queries screened.</param>
/// <param name="Hits">Queries with a match (negatives: false matches; positives: the expected list's entity found).</param>
public sealed record ScreeningRunResult(string Set, int Queries, int Hits)
{
    /// <summary>Hits as a share of queries.</summary>
    public double Rate => Queries == 0 ? 0 : (double)Hits / Queries;
}

/// <summary>How close the OFAC-view score comes to OFAC's own on observed pairs.</summary>
/// <param name="Pairs">Pairs OFAC scored (those it returned nothing for are left out).</param>
/// <param name="MeanAbsoluteDifference">Mean |ours − OFAC's| in points (0–100).</param>
/// <param name="WithinFive">Pairs within 5 points.</param>
/// <param name="LargestDifference">The largest difference in points.</param>
public sealed record OfacAgreement(int Pairs, double MeanAbsoluteDifference, int WithinFive, int LargestDifference);

/// <summary>
/// Measures the matcher on the public labelled sets (docs/sanctions.md, "Matching quality"):
/// the nomenklatura name and entity benchmarks, recall of UN-listed people screened against the
/// loaded lists, and false matches of synthetic people who are on no list.
/// </summary>
public sealed class MatchingEvaluation(MatchOptions options)
{
    /// <summary>Precision, recall and F1 on the name pairs, overall and by schema.</summary>
    public IReadOnlyList<LabelledResult> NamePairs(IReadOnlyList<NameBenchCase> cases)
    {
        var comparer = new NameComparer(options);
        var outcomes = cases.Select(c =>
        {
            var kind = NameKinds.ForSchema(c.Schema);
            var score = comparer.Score(NameAnalyser.Default.Analyse(c.Query, kind), NameAnalyser.Default.Analyse(c.Candidate, kind));
            return (Case: c, Label: c.IsMatch, Predicted: score >= options.Threshold);
        }).ToList();
        return
        [
            new LabelledResult("name pairs", ConfusionCounts.Of(outcomes.Select(o => (o.Label, o.Predicted)))),
            .. outcomes.GroupBy(o => o.Case.Schema).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new LabelledResult("name pairs: " + g.Key, ConfusionCounts.Of(g.Select(o => (o.Label, o.Predicted))))),
        ];
    }

    /// <summary>Precision, recall and F1 on the entity pairs.</summary>
    public LabelledResult EntityPairs(IReadOnlyList<EntityBenchCase> cases)
    {
        var matcher = new EntityMatcher(options);
        var outcomes = cases.Select(c =>
        {
            var score = matcher.Score(new PreparedQuery(c.ToQuery(), NameAnalyser.Default), new IndexedEntity(c.ToEntity(), NameAnalyser.Default));
            return (c.IsMatch, score >= options.Threshold);
        });
        return new LabelledResult("entity pairs", ConfusionCounts.Of(outcomes));
    }

    /// <summary>
    /// Agreement of <see cref="OfacViewScore"/> with scores observed from OFAC's search (nomenklatura's
    /// ofac_fixtures.csv: <c>query_name,result_name,ofac_score</c>, −1 where OFAC returned nothing).
    /// </summary>
    public static OfacAgreement Ofac(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvHelper.CsvReader(reader, System.Globalization.CultureInfo.InvariantCulture);
        var differences = new List<int>();
        foreach (var row in csv.GetRecords<OfacRow>())
        {
            if (row.ofac_score >= 0)
            {
                differences.Add(Math.Abs(OfacViewScore.Of(row.query_name, row.result_name) - row.ofac_score));
            }
        }

        return new OfacAgreement(differences.Count, differences.Count == 0 ? 0 : differences.Average(), differences.Count(d => d <= 5), differences.Count == 0 ? 0 : differences.Max());
    }

    /// <summary>How many <paramref name="queries"/> find an entity whose id starts with <paramref name="expectedIdPrefix"/>.</summary>
    public static ScreeningRunResult Recall(string set, ScreeningIndex index, IReadOnlyList<ScreeningQuery> queries, string expectedIdPrefix) =>
        Run(set, index, queries, matches => matches.Any(m => m.EntityId.StartsWith(expectedIdPrefix, StringComparison.Ordinal)));

    /// <summary>How many <paramref name="queries"/> (people on no list) match anything: false matches.</summary>
    public static ScreeningRunResult FalseMatches(string set, ScreeningIndex index, IReadOnlyList<ScreeningQuery> queries) =>
        Run(set, index, queries, matches => matches.Count > 0);

    private static ScreeningRunResult Run(string set, ScreeningIndex index, IReadOnlyList<ScreeningQuery> queries, Func<IReadOnlyList<ScreeningMatch>, bool> hit)
    {
        var hits = 0;
        Parallel.For(0, queries.Count, () => 0, (i, _, local) => local + (hit(index.Screen(queries[i])) ? 1 : 0), local => Interlocked.Add(ref hits, local));
        return new ScreeningRunResult(set, queries.Count, hits);
    }
}

#pragma warning disable CA1707, SA1300, IDE1006 // the CSV's own column names
internal sealed record OfacRow(string query_name, string result_name, int ofac_score);
#pragma warning restore CA1707, SA1300, IDE1006
