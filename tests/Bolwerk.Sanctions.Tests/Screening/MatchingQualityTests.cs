using Bolwerk.Sanctions.Evaluation;
using Bolwerk.Sanctions.Matching;

namespace Bolwerk.Sanctions.Tests.Screening;

/// <summary>
/// The quality gates of docs/sanctions.md on the public labelled sets. The floors sit just
/// under the measured values, so a change that makes matching worse fails here.
/// </summary>
public sealed class MatchingQualityTests
{
    private static readonly MatchingEvaluation Evaluation = new(MatchOptions.Default);

    [Fact]
    public void Name_pairs_F1_beats_the_logic_v2_reference_of_0_79()
    {
        var results = Evaluation.NamePairs(NameBenchCase.Read(ListFixtures.Eval("name_bench_cases.csv")));

        var all = results[0].Counts;
        all.Total.ShouldBe(826);
        all.F1.ShouldBeGreaterThanOrEqualTo(0.88);
        all.Precision.ShouldBeGreaterThanOrEqualTo(0.93);
    }

    [Fact]
    public void Entity_pairs_F1_is_at_least_0_88()
    {
        var result = Evaluation.EntityPairs(EntityBenchCase.Read(ListFixtures.Eval("entity_bench_checks.yml")));

        result.Counts.Total.ShouldBe(228);
        result.Counts.F1.ShouldBeGreaterThanOrEqualTo(0.88);
    }

    [Fact]
    public void The_ofac_view_stays_within_two_points_of_ofacs_own_scores_on_average()
    {
        var agreement = MatchingEvaluation.Ofac(ListFixtures.Eval("ofac_search_scores.csv"));

        agreement.Pairs.ShouldBe(164);
        agreement.MeanAbsoluteDifference.ShouldBeLessThanOrEqualTo(2.0);
        agreement.WithinFive.ShouldBeGreaterThanOrEqualTo(145);
        OfacViewScore.Of("VLADIMIR PUTIN", "PUTIN, Vladimir").ShouldBe(100);
    }

    [Theory]
    [InlineData("candgen_positives_un_untreated.csv", 0.99)]
    [InlineData("candgen_positives_un_treated.csv", 0.98)]
    public void Listed_UN_people_are_found_in_the_loaded_lists(string file, double floor)
    {
        var run = MatchingEvaluation.Recall(file, ListFixtures.Index, PersonQueryFile.Read(ListFixtures.Eval(file)), "un-");

        run.Queries.ShouldBe(683);
        run.Rate.ShouldBeGreaterThanOrEqualTo(floor);
    }

    [Theory]
    [InlineData("candgen_negatives_global.csv.gz")]
    [InlineData("candgen_negatives_us.csv.gz")]
    public void At_most_one_in_a_thousand_people_on_no_list_is_matched(string file)
    {
        var run = MatchingEvaluation.FalseMatches(file, ListFixtures.Index, PersonQueryFile.Read(ListFixtures.Eval(file)));

        run.Queries.ShouldBe(50_000);
        run.Rate.ShouldBeLessThanOrEqualTo(0.001);
    }
}
