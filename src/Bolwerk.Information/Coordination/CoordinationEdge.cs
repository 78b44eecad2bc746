namespace Bolwerk.Information.Coordination;

/// <summary>
/// Two accounts' coordination of one kind, aggregated over their share pairs. Both peers' weight
/// definitions are kept: <see cref="PairCount"/> is CooRTweet's (undirected, co-share pairs) and
/// <see cref="DirectedWeight"/> the QUT toolkit's (distinct posts of one account matching the
/// other's); <see cref="Objects"/> counts distinct items co-shared, the weight networks filter on.
/// </summary>
public sealed class CoordinationEdge
{
    private readonly HashSet<int> _contentsA = [];
    private readonly HashSet<int> _contentsB = [];
    private readonly HashSet<int> _objects = [];
    private readonly HashSet<int> _older = [];
    private readonly HashSet<int> _newer = [];

    internal CoordinationEdge(int a, int b)
    {
        (A, B) = (a, b);
    }

    /// <summary>One account (interned id).</summary>
    public int A { get; }

    /// <summary>The other account.</summary>
    public int B { get; }

    /// <summary>
    /// Probability that chance alone gives the two at least <see cref="Objects"/> coincidences, given
    /// how active each is (<see cref="ChanceCoincidence"/>); NaN for a loop.
    /// </summary>
    public double ChanceP { get; internal set; } = double.NaN;

    /// <summary>Share pairs between the two (CooRTweet's weight).</summary>
    public int PairCount { get; private set; }

    /// <summary>Sum of |Δt| over the pairs, milliseconds.</summary>
    public long SumDeltaMs { get; private set; }

    /// <summary>Mean |Δt|, seconds.</summary>
    public double MeanDeltaSeconds => SumDeltaMs / 1000.0 / PairCount;

    /// <summary>Distinct objects the two co-shared.</summary>
    public int Objects => _objects.Count;

    /// <summary>The objects the two co-shared (interned ids).</summary>
    public IReadOnlyCollection<int> ObjectIds => _objects;

    /// <summary>Distinct posts of <paramref name="account"/> in pairs with the other (the QUT toolkit's directed weight).</summary>
    public int DirectedWeight(int account) => account == A ? _contentsA.Count : _contentsB.Count;

    /// <summary>The posts of both accounts in these pairs.</summary>
    public IEnumerable<int> Contents => _contentsA.Concat(_contentsB);

    /// <summary>
    /// CooRTweet's edge symmetry: distinct earlier posts against distinct later posts of the pairs,
    /// min ÷ max (1 when both contribute alike; near 0 when one hyperactive account makes the weight).
    /// </summary>
    public double Symmetry => (double)Math.Min(_older.Count, _newer.Count) / Math.Max(_older.Count, _newer.Count);

    /// <summary>Earliest share time in the pairs, ms.</summary>
    public long FirstMs { get; private set; } = long.MaxValue;

    /// <summary>Latest share time in the pairs, ms.</summary>
    public long LastMs { get; private set; } = long.MinValue;

    internal void Add(SharePair pair)
    {
        PairCount++;
        SumDeltaMs += pair.DeltaMs;
        _objects.Add(pair.First.Item);
        _older.Add(pair.First.Content);
        _newer.Add(pair.Second.Content);
        foreach (var s in (ReadOnlySpan<Share>)[pair.First, pair.Second])
        {
            (s.Account == A ? _contentsA : _contentsB).Add(s.Content);
            FirstMs = Math.Min(FirstMs, s.TimeMs);
            LastMs = Math.Max(LastMs, s.TimeMs);
        }
    }

    /// <summary>Aggregates share pairs into one edge per unordered account pair (a loop is an edge of an account with itself).</summary>
    public static List<CoordinationEdge> Aggregate(IEnumerable<SharePair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var edges = new Dictionary<long, CoordinationEdge>();
        foreach (var pair in pairs)
        {
            var (a, b) = (Math.Min(pair.First.Account, pair.Second.Account), Math.Max(pair.First.Account, pair.Second.Account));
            var key = ((long)a << 32) | (uint)b;
            if (!edges.TryGetValue(key, out var edge))
            {
                edges[key] = edge = new CoordinationEdge(a, b);
            }

            edge.Add(pair);
        }

        return [.. edges.Values];
    }
}
