using System.Text.Json.Nodes;
using Bolwerk.Information.Coordination;
using Bolwerk.Information.Disarm;
using Bolwerk.Information.Networks;
using Bolwerk.Information.Simulation;

namespace Bolwerk.Information.Tests;

/// <summary>What a network shows an analyst beyond its accounts: when it was active, what it pushed, and the same after a round trip through JSON.</summary>
public sealed class NetworkDescriptionTests
{
    private static readonly Lazy<(SimulatedCorpus Corpus, IReadOnlyList<CoordinatedNetwork> Networks)> Run = new(() =>
    {
        var corpus = PostSimulator.Generate(new SimulationOptions { OrganicPosts = 20_000, OrganicAccounts = 2_000, GroupsPerKind = 2 });
        return (corpus, CoordinationDetector.Detect(corpus.Posts, new DetectionOptions()).Networks);
    });

    [Fact]
    public void The_timeline_counts_every_post_in_its_hour_and_the_examples_are_texts_the_network_pushed()
    {
        var (corpus, networks) = Run.Value;
        var byId = corpus.Posts.ToDictionary(p => p.Id);
        networks.ShouldNotBeEmpty();
        foreach (var n in networks)
        {
            n.Timeline!.Sum(t => t.Posts).ShouldBe(n.Posts.Count);
            n.Timeline!.ShouldAllBe(t => t.Hour.Minute == 0 && t.Hour.Second == 0);
            n.Timeline!.Select(t => t.Hour).ShouldBeInOrder(SortDirection.Ascending);
            n.Timeline![0].Hour.ShouldBeLessThanOrEqualTo(n.Start);
            n.ExampleTexts!.Count.ShouldBeLessThanOrEqualTo(3);
            var pushed = n.Posts.Select(p => byId[p].Text).Concat(n.TopItems.Where(t => t.Item.StartsWith("share:", StringComparison.Ordinal))
                .Select(t => byId.TryGetValue(t.Item[6..], out var original) ? original.Text : string.Empty)).ToHashSet(StringComparer.Ordinal);
            n.ExampleTexts!.ShouldAllBe(text => pushed.Contains(text));
        }

        networks.Where(n => n.Kind == CoordinationKind.CoText).ShouldAllBe(n => n.ExampleTexts!.Count > 0);
    }

    [Fact]
    public void The_links_are_the_networks_account_pairs_strongest_first_joining_only_its_accounts()
    {
        foreach (var n in Run.Value.Networks)
        {
            var members = n.Accounts.ToHashSet(StringComparer.Ordinal);
            n.Links!.Count.ShouldBe(Math.Min(n.Edges, CoordinatedNetwork.MaxLinks));
            n.Links!.ShouldAllBe(l => members.Contains(l.A) && members.Contains(l.B) && !string.Equals(l.A, l.B, StringComparison.Ordinal) && l.Items >= 1);
            n.Links!.Select(l => (l.A, l.B)).Distinct().Count().ShouldBe(n.Links!.Count);
            n.Links!.Select(l => l.Items).ShouldBeInOrder(SortDirection.Descending);
            // Every account of the network is on some link: the graph draws them all connected.
            n.Links!.SelectMany(l => new[] { l.A, l.B }).ToHashSet(StringComparer.Ordinal).SetEquals(members).ShouldBeTrue();
        }
    }

    [Fact]
    public void A_network_survives_the_round_trip_through_its_JSON()
    {
        foreach (var n in Run.Value.Networks)
        {
            var back = NetworkJson.Read(JsonNode.Parse(NetworkJson.Write(n, DisarmFramework.Default, null).ToJsonString())!.AsObject());

            (back.Kind, back.Score, back.Edges, back.MeanDeltaSeconds).ShouldBe((n.Kind, n.Score, n.Edges, n.MeanDeltaSeconds));
            back.Accounts.ShouldBe(n.Accounts);
            back.Posts.ShouldBe(n.Posts);
            back.Kinds.ShouldBe(n.Kinds);
            back.TopItems.ShouldBe(n.TopItems);
            back.Timeline.ShouldBe(n.Timeline);
            back.ExampleTexts.ShouldBe(n.ExampleTexts);
            back.Links.ShouldBe(n.Links);
            (back.Start, back.End).ShouldBe((DateTimeOffset.FromUnixTimeSeconds(n.Start.ToUnixTimeSeconds()), DateTimeOffset.FromUnixTimeSeconds(n.End.ToUnixTimeSeconds()))); // whole seconds, as the contract writes them
        }
    }
}
