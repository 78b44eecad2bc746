namespace Bolwerk.Information.Coordination;

/// <summary>Edges of enough weight grouped into networks: connected components per signal, and across signals for accounts linked by two or more.</summary>
internal static class NetworkBuilder
{
    public static List<CoordinatedNetwork> Build(IReadOnlyDictionary<CoordinationKind, List<CoordinationEdge>> edges, DetectionOptions options, Interner accounts, Interner posts, Interner items, IReadOnlyDictionary<int, long> times)
    {
        var networks = new List<CoordinatedNetwork>();
        var kept = edges.ToDictionary(e => e.Key, e => e.Value.Where(x => x.A != x.B && x.Objects >= options.MinWeight).ToList());
        foreach (var (kind, list) in kept)
        {
            networks.AddRange(Components(list.Select(e => (kind, e)).ToList(), kind, accounts, posts, items, times));
        }

        if (options.Kinds.Contains(CoordinationKind.Multi))
        {
            // Pairs linked by at least two signals, each with at least one item; their components.
            var byPair = edges.SelectMany(e => e.Value.Where(x => x.A != x.B).Select(x => (e.Key, x))).GroupBy(x => (x.x.A, x.x.B))
                .Where(g => g.Select(x => x.Key).Distinct().Count() >= 2 && g.Sum(x => x.x.Objects) >= options.MinWeight).SelectMany(g => g).ToList();
            networks.AddRange(Components(byPair, CoordinationKind.Multi, accounts, posts, items, times));
        }

        return [.. networks.OrderByDescending(n => n.Score).ThenByDescending(n => n.Accounts.Count).ThenBy(n => n.Start)];
    }

    private static IEnumerable<CoordinatedNetwork> Components(List<(CoordinationKind Kind, CoordinationEdge Edge)> edges, CoordinationKind kind, Interner accounts, Interner posts, Interner items, IReadOnlyDictionary<int, long> times)
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

        foreach (var component in edges.GroupBy(e => Find(e.Edge.A)))
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
                Math.Round(component.Sum(e => e.Edge.SumDeltaMs) / 1000.0 / component.Sum(e => e.Edge.PairCount), 3));
        }
    }
}
