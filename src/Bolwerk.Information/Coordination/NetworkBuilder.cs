namespace Bolwerk.Information.Coordination;

/// <summary>
/// Edges of enough weight grouped into networks: connected components per signal, and across
/// signals for accounts linked by two or more; with <see cref="Clustering.Communities"/> each
/// component is split into its Louvain communities (weight: distinct items co-shared), and edges
/// between communities stay out of the networks (they remain in the edge list).
/// </summary>
internal static class NetworkBuilder
{
    public static List<CoordinatedNetwork> Build(IReadOnlyDictionary<CoordinationKind, List<CoordinationEdge>> edges, DetectionOptions options, Interner accounts, Interner posts, Interner items, IReadOnlyDictionary<int, long> times, Func<int, string?>? textOf = null)
    {
        var networks = new List<CoordinatedNetwork>();
        var kept = edges.ToDictionary(e => e.Key, e => EdgeFilter.Passing(e.Value, options).ToList());
        foreach (var (kind, list) in kept)
        {
            networks.AddRange(Components(list.Select(e => (kind, e)).ToList(), kind, options.Clustering, accounts, posts, items, times));
        }

        if (options.Kinds.Contains(CoordinationKind.Multi))
        {
            // Pairs linked by at least two signals, each with at least one item; their components.
            // With a significance level, the pair's signals together must beat chance (Fisher's combination).
            var candidates = edges.SelectMany(e => e.Value.Where(x => x.A != x.B).Select(x => (e.Key, x))).GroupBy(x => (x.x.A, x.x.B))
                .Where(g => g.Select(x => x.Key).Distinct().Count() >= 2 && g.Sum(x => x.x.Objects) >= options.MinWeight).ToList();
            var byPair = candidates.Where(g => options.Significance is not { } alpha || ChanceCoincidence.Fisher([.. g.Select(x => x.x.ChanceP)]) < alpha / candidates.Count)
                .SelectMany(g => g).ToList();
            networks.AddRange(Components(byPair, CoordinationKind.Multi, options.Clustering, accounts, posts, items, times));
        }

        return [.. networks.OrderByDescending(n => n.Score).ThenByDescending(n => n.Accounts.Count).ThenBy(n => n.Start).Select(n => Describe(n, posts, times, textOf ?? (_ => null)))];
    }

    private static IEnumerable<CoordinatedNetwork> Components(List<(CoordinationKind Kind, CoordinationEdge Edge)> edges, CoordinationKind kind, Clustering clustering, Interner accounts, Interner posts, Interner items, IReadOnlyDictionary<int, long> times)
    {
        var groups = Connected(edges);
        if (clustering == Clustering.Communities)
        {
            // Louvain can leave a community in pieces; each connected piece is its own network.
            groups = groups.SelectMany(Split).SelectMany(Connected);
        }

        foreach (var component in groups)
        {
            var members = component.SelectMany(e => new[] { e.Edge.A, e.Edge.B }).Distinct().Select(accounts.Name).Order(StringComparer.Ordinal).ToList();
            var contents = component.SelectMany(e => e.Edge.Contents).Distinct().ToList();
            var pairEdges = component.GroupBy(e => (e.Edge.A, e.Edge.B)).ToList();
            var score = pairEdges.Average(g => (1 - (1.0 / g.Sum(e => e.Edge.Objects))) * g.Average(e => e.Edge.Symmetry));
            var top = component.SelectMany(e => e.Edge.ObjectIds).GroupBy(o => o)
                .Select(g => (Item: items.Name(g.Key), Pairs: g.Count())).OrderByDescending(x => x.Pairs).ThenBy(x => x.Item, StringComparer.Ordinal).Take(5).ToList();
            yield return new CoordinatedNetwork(kind, members, [.. contents.Select(posts.Name).Order(StringComparer.Ordinal)],
                DateTimeOffset.FromUnixTimeMilliseconds(contents.Min(c => times[c])), DateTimeOffset.FromUnixTimeMilliseconds(contents.Max(c => times[c])),
                Math.Round(score, 4), pairEdges.Count, top, [.. component.Select(e => e.Kind).Distinct().Order()],
                Math.Round(component.Sum(e => e.Edge.SumDeltaMs) / 1000.0 / component.Sum(e => e.Edge.PairCount), 3),
                Links: [.. pairEdges.Select(g => (A: accounts.Name(g.Key.A), B: accounts.Name(g.Key.B), Items: g.Sum(e => e.Edge.Objects)))
                    .OrderByDescending(l => l.Items).ThenBy(l => l.A, StringComparer.Ordinal).ThenBy(l => l.B, StringComparer.Ordinal).Take(CoordinatedNetwork.MaxLinks)]);
        }
    }

    /// <summary>The network with its hourly timeline and example texts.</summary>
    private static CoordinatedNetwork Describe(CoordinatedNetwork n, Interner posts, IReadOnlyDictionary<int, long> times, Func<int, string?> textOf)
    {
        var ids = n.Posts.Select(p => posts.TryGetId(p, out var id) ? id : -1).Where(id => id >= 0).ToList();
        var timeline = ids.Where(times.ContainsKey).GroupBy(id => times[id] - (times[id] % 3_600_000)).OrderBy(g => g.Key)
            .Select(g => (DateTimeOffset.FromUnixTimeMilliseconds(g.Key), g.Count())).ToList();
        var reposted = n.TopItems.Where(t => t.Item.StartsWith("share:", StringComparison.Ordinal))
            .Select(t => posts.TryGetId(t.Item["share:".Length..], out var id) ? textOf(id) : null);
        var examples = ids.Select(textOf).Concat(reposted).OfType<string>().Where(t => t.Length > 0).GroupBy(t => t, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(3).Select(g => g.Key.Length > 280 ? g.Key[..279] + "…" : g.Key).ToList();
        return n with { Timeline = timeline, ExampleTexts = examples };
    }

    /// <summary>The edges grouped by connected component.</summary>
    private static IEnumerable<List<(CoordinationKind Kind, CoordinationEdge Edge)>> Connected(List<(CoordinationKind Kind, CoordinationEdge Edge)> edges)
    {
        var parent = new Dictionary<int, int>();
        int Find(int x)
        {
            while (parent.TryGetValue(x, out var p) && p != x)
            {
                parent[x] = parent.GetValueOrDefault(p, p);
                x = p;
            }

            return x;
        }

        foreach (var (_, e) in edges)
        {
            parent.TryAdd(e.A, e.A);
            parent.TryAdd(e.B, e.B);
            var (ra, rb) = (Find(e.A), Find(e.B));
            if (ra != rb)
            {
                parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }

        return edges.GroupBy(e => Find(e.Edge.A)).Select(g => g.ToList());
    }

    /// <summary>A component's Louvain communities, each with the edges inside it.</summary>
    private static IEnumerable<List<(CoordinationKind Kind, CoordinationEdge Edge)>> Split(List<(CoordinationKind Kind, CoordinationEdge Edge)> component)
    {
        var index = new Dictionary<int, int>();
        foreach (var (_, e) in component)
        {
            index.TryAdd(e.A, index.Count);
            index.TryAdd(e.B, index.Count);
        }

        if (index.Count <= 3)
        {
            return [component];
        }

        var weights = component.GroupBy(e => (index[e.Edge.A], index[e.Edge.B])).Select(g => (g.Key.Item1, g.Key.Item2, (double)g.Sum(e => e.Edge.Objects))).ToList();
        var community = Louvain.Communities(index.Count, weights);
        return component.Where(e => community[index[e.Edge.A]] == community[index[e.Edge.B]]).GroupBy(e => community[index[e.Edge.A]]).Select(g => g.ToList());
    }
}
