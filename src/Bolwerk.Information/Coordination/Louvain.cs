namespace Bolwerk.Information.Coordination;

/// <summary>
/// Louvain modularity communities (Blondel et al. 2008) of a weighted undirected graph: local moves
/// of single nodes to the neighbouring community with the best modularity gain, then the
/// communities become nodes, until nothing moves. Nodes are visited in index order and ties keep
/// the current community, so the result is the same on every run. Graphs here are one component of
/// a coordination network (thousands of nodes at most), so plain arrays and dictionaries suffice.
/// </summary>
internal static class Louvain
{
    private const double MinGain = 1e-12;

    /// <summary>The community of each node 0..<paramref name="nodes"/>−1, numbered from 0 in order of first member.</summary>
    public static int[] Communities(int nodes, IReadOnlyList<(int A, int B, double Weight)> edges)
    {
        var membership = Enumerable.Range(0, nodes).ToArray();
        var graph = edges.Where(e => e.Weight > 0).ToList();
        var size = nodes;
        while (true)
        {
            var local = MoveNodes(size, graph, out var moved);
            if (!moved)
            {
                break;
            }

            // Renumber the communities densely and aggregate the graph over them.
            var renumber = new Dictionary<int, int>();
            foreach (var c in local)
            {
                renumber.TryAdd(c, renumber.Count);
            }

            for (var i = 0; i < membership.Length; i++)
            {
                membership[i] = renumber[local[membership[i]]];
            }

            graph = [.. graph.GroupBy(e => (Math.Min(renumber[local[e.A]], renumber[local[e.B]]), Math.Max(renumber[local[e.A]], renumber[local[e.B]])))
                .Select(g => (g.Key.Item1, g.Key.Item2, g.Sum(e => e.Weight)))];
            size = renumber.Count;
        }

        var first = new Dictionary<int, int>();
        return [.. membership.Select(c => first.TryGetValue(c, out var n) ? n : first[c] = first.Count)];
    }

    private static int[] MoveNodes(int size, List<(int A, int B, double Weight)> graph, out bool movedAny)
    {
        var neighbours = new List<(int Node, double Weight)>[size];
        var degree = new double[size];
        for (var i = 0; i < size; i++)
        {
            neighbours[i] = [];
        }

        var total = 0.0;
        foreach (var (a, b, w) in graph)
        {
            degree[a] += w;
            degree[b] += w;
            total += w;
            if (a != b)
            {
                neighbours[a].Add((b, w));
                neighbours[b].Add((a, w));
            }
        }

        var community = Enumerable.Range(0, size).ToArray();
        var tot = (double[])degree.Clone();
        var m2 = 2 * total;
        movedAny = false;
        if (m2 == 0)
        {
            return community;
        }

        bool moved;
        do
        {
            moved = false;
            for (var i = 0; i < size; i++)
            {
                var own = community[i];
                var links = new Dictionary<int, double>();
                foreach (var (n, w) in neighbours[i])
                {
                    links[community[n]] = links.GetValueOrDefault(community[n]) + w;
                }

                tot[own] -= degree[i];
                var best = own;
                var bestGain = links.GetValueOrDefault(own) - (tot[own] * degree[i] / m2);
                foreach (var (c, w) in links.OrderBy(l => l.Key))
                {
                    var gain = w - (tot[c] * degree[i] / m2);
                    if (gain > bestGain + MinGain)
                    {
                        (best, bestGain) = (c, gain);
                    }
                }

                tot[best] += degree[i];
                if (best != own)
                {
                    community[i] = best;
                    moved = movedAny = true;
                }
            }
        }
        while (moved);

        return community;
    }
}
