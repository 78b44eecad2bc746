using Bolwerk.Information.Coordination;
using Bolwerk.Information.Posts;
using Bolwerk.Information.Simulation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bolwerk.Information.Tests;

/// <summary>The chance model for edges: the Poisson tail, Fisher's combination, and what significance keeps.</summary>
public sealed class ChanceCoincidenceTests
{
    [Theory]
    [InlineData(0, 3.0, 1.0)]
    [InlineData(1, 1.0, 0.6321205588)] // 1 − e^−1
    [InlineData(2, 0.5, 0.0902040104)] // 1 − e^−0.5 (1 + 0.5)
    [InlineData(5, 10.0, 0.9707473119)]
    [InlineData(3, 1e-4, 1.66658e-13)] // ≈ λ³/6: no cancellation for small λ
    public void The_Poisson_tail_matches_closed_forms(int k, double lambda, double expected) =>
        ChanceCoincidence.PoissonAtLeast(k, lambda).ShouldBe(expected, expected * 1e-4 + 1e-15);

    [Fact]
    public void Fisher_combines_like_the_chi_square_tables()
    {
        ChanceCoincidence.Fisher([0.05]).ShouldBe(0.05, 1e-12);
        ChanceCoincidence.Fisher([0.05, 0.05]).ShouldBe(0.0175, 1e-4); // χ²(4) ≥ 11.98
    }

    [Property(MaxTest = 500)]
    public Property The_tail_falls_with_k_and_rises_with_lambda() =>
        Prop.ForAll(Arb.From(from k in Gen.Choose(1, 40) from a in Gen.Choose(1, 4000) from b in Gen.Choose(1, 4000) select (k, a / 100.0, b / 100.0)), x =>
        {
            var (k, l1, l2) = x;
            var (low, high) = (Math.Min(l1, l2), Math.Max(l1, l2));
            return ChanceCoincidence.PoissonAtLeast(k + 1, low) <= ChanceCoincidence.PoissonAtLeast(k, low) + 1e-15
                && ChanceCoincidence.PoissonAtLeast(k, low) <= ChanceCoincidence.PoissonAtLeast(k, high) + 1e-12;
        });

    [Fact]
    public void Two_heavy_accounts_meeting_twice_are_chance_two_quiet_ones_are_not()
    {
        var posts = new List<Post>();
        var t = DateTimeOffset.Parse("2026-11-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var n = 0;
        void Share(string account, string item, double minutes) => posts.Add(new Post($"p{n++}", "x", account, t.AddMinutes(minutes).ToUnixTimeMilliseconds(), string.Empty, [], item, null, null, "test"));

        // Two heavy accounts share 300 popular items each, across a crowd of 40 others; two quiet accounts share two fresh items together.
        for (var i = 0; i < 300; i++)
        {
            Share("heavy1", $"viral{i}", i * 10);
            Share("heavy2", $"viral{i}", (i * 10) + ((i % 30 == 0) ? 0.2 : 4));
            for (var c = 0; c < 40; c++)
            {
                Share($"crowd{c}", $"viral{i}", (i * 10) + 0.5 + (c * 0.1));
            }
        }

        foreach (var (item, at) in new[] { ("fresh1", 20.0), ("fresh2", 1500.0) })
        {
            Share("quiet1", item, at);
            Share("quiet2", item, at + 0.1);
        }

        var result = CoordinationDetector.Detect(posts, new DetectionOptions { Kinds = new HashSet<CoordinationKind> { CoordinationKind.CoShare } });
        var edges = result.Edges[CoordinationKind.CoShare];
        CoordinationEdge Edge(string a, string b) => edges.Single(e => new[] { result.Accounts.Name(e.A), result.Accounts.Name(e.B) }.Order().SequenceEqual(new[] { a, b }.Order()));

        Edge("heavy1", "heavy2").Objects.ShouldBeGreaterThanOrEqualTo(2);
        Edge("quiet1", "quiet2").Objects.ShouldBe(2);
        Edge("quiet1", "quiet2").ChanceP.ShouldBeLessThan(Edge("heavy1", "heavy2").ChanceP);
        var significant = EdgeFilter.Passing(edges, new DetectionOptions { Significance = 0.01 }).ToList();
        significant.ShouldContain(Edge("quiet1", "quiet2"));
        significant.ShouldNotContain(Edge("heavy1", "heavy2"));
    }

    [Fact]
    public void With_significance_the_organic_background_stops_forming_pairs_and_no_planted_pair_is_lost()
    {
        var corpus = PostSimulator.Generate(new SimulationOptions { OrganicPosts = 100_000, OrganicAccounts = 10_000 });
        var options = new DetectionOptions { Significance = 0.01 };

        var scores = DetectionEvaluation.Evaluate(CoordinationDetector.Detect(corpus.Posts, options), corpus, options);

        scores.ShouldAllBe(s => s.Recall == 1.0);
        scores.ShouldAllBe(s => s.Precision >= 0.99);
    }
}
