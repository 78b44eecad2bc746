using Bolwerk.Information.Coordination;
using Bolwerk.Information.Simulation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bolwerk.Information.Tests;

/// <summary>Louvain communities: the textbook cases, determinism, and what they change in networks.</summary>
public sealed class ClusteringTests
{
    [Fact]
    public void Two_cliques_joined_by_one_weak_edge_are_two_communities()
    {
        var edges = Clique(0, 5, 3).Concat(Clique(5, 5, 3)).Append((4, 5, 1.0)).ToList();

        var community = Louvain.Communities(10, edges);

        community.Take(5).Distinct().ShouldHaveSingleItem();
        community.Skip(5).Distinct().ShouldHaveSingleItem();
        community[0].ShouldNotBe(community[5]);
    }

    [Fact]
    public void A_ring_of_cliques_splits_into_its_cliques()
    {
        // Eight 6-cliques in a ring, neighbours joined by one edge: the classic case where the best partition is the cliques.
        var edges = Enumerable.Range(0, 8).SelectMany(c => Clique(c * 6, 6, 1).Append((c * 6, ((c + 1) % 8 * 6) + 1, 1.0))).ToList();

        var community = Louvain.Communities(48, edges);

        community.Distinct().Count().ShouldBe(8);
        Enumerable.Range(0, 8).ShouldAllBe(c => community.Skip(c * 6).Take(6).Distinct().Count() == 1);
    }

    [Property(MaxTest = 200)]
    public Property Communities_partition_the_nodes_and_the_same_graph_gives_the_same_answer() =>
        Prop.ForAll(Arb.From(from n in Gen.Choose(2, 30) from e in Gen.ListOf(from a in Gen.Choose(0, n - 1) from b in Gen.Choose(0, n - 1) from w in Gen.Choose(1, 5) select (a, b, (double)w)) select (n, e)), g =>
        {
            var first = Louvain.Communities(g.n, [.. g.e]);
            var second = Louvain.Communities(g.n, [.. g.e]);
            return first.Length == g.n && first.SequenceEqual(second) && first.Distinct().Order().SequenceEqual(Enumerable.Range(0, first.Distinct().Count()));
        });

    [Fact]
    public void Community_networks_lie_inside_component_networks_and_keep_every_planted_group_whole()
    {
        var corpus = PostSimulator.Generate(new SimulationOptions { OrganicPosts = 50_000, OrganicAccounts = 5_000, GroupsPerKind = 5 });
        var components = CoordinationDetector.Detect(corpus.Posts, new DetectionOptions()).Networks;
        var communities = CoordinationDetector.Detect(corpus.Posts, new DetectionOptions { Clustering = Clustering.Communities }).Networks;

        communities.Count.ShouldBeGreaterThanOrEqualTo(components.Count);
        communities.ShouldAllBe(c => components.Any(n => n.Kind == c.Kind && c.Accounts.All(n.Accounts.Contains)));
        foreach (var n in communities.Where(n => n.Kind == CoordinationKind.CoText))
        {
            n.Accounts.Select(a => a[..a.LastIndexOf("-m", StringComparison.Ordinal)]).Distinct().ShouldHaveSingleItem(); // one planted group per network
        }

        communities.Count(n => n.Kind == CoordinationKind.CoText).ShouldBe(5);
    }

    private static IEnumerable<(int, int, double)> Clique(int start, int size, double weight) =>
        from a in Enumerable.Range(start, size) from b in Enumerable.Range(start, size) where a < b select (a, b, weight);
}
