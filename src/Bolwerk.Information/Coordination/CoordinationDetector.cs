using Bolwerk.Information.Posts;
using Bolwerk.Information.Text;

namespace Bolwerk.Information.Coordination;

/// <summary>The outcome of a run: the edges of every signal (for export and peer comparison) and the networks.</summary>
public sealed class DetectionResult
{
    internal DetectionResult(Interner accounts, Interner posts, Interner items, IReadOnlyDictionary<CoordinationKind, List<CoordinationEdge>> edges, IReadOnlyList<CoordinatedNetwork> networks, IReadOnlyDictionary<int, long> postTimes)
    {
        (Accounts, Posts, Items, Edges, Networks, PostTimes) = (accounts, posts, items, edges, networks, postTimes);
    }

    /// <summary>Account names by id.</summary>
    public Interner Accounts { get; }

    /// <summary>Post ids by id.</summary>
    public Interner Posts { get; }

    /// <summary>Co-shared items by id ("share:…", "link:…", "reply:…", "text:…").</summary>
    public Interner Items { get; }

    /// <summary>Every edge of every signal run, before the weight filter.</summary>
    public IReadOnlyDictionary<CoordinationKind, List<CoordinationEdge>> Edges { get; }

    /// <summary>The networks, highest score first.</summary>
    public IReadOnlyList<CoordinatedNetwork> Networks { get; }

    internal IReadOnlyDictionary<int, long> PostTimes { get; }
}

/// <summary>
/// Runs the signals over posts: co-share on what a post reposts, co-link on its canonical links,
/// co-reply on its reply target, co-text on its text; aggregates each into account edges, keeps
/// edges of at least <see cref="DetectionOptions.MinWeight"/> distinct items, and groups accounts
/// into networks (connected components) per signal and across signals (multi).
/// </summary>
public static class CoordinationDetector
{
    /// <summary>Detects coordination in <paramref name="posts"/>.</summary>
    public static DetectionResult Detect(IReadOnlyList<Post> posts, DetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(options);
        var accounts = new Interner();
        var contents = new Interner();
        var items = new Interner();
        var times = new Dictionary<int, long>();
        var textOf = new Dictionary<int, string>();
        var shares = new Dictionary<CoordinationKind, List<Share>> { [CoordinationKind.CoShare] = [], [CoordinationKind.CoLink] = [], [CoordinationKind.CoReply] = [] };
        var texts = new List<CoTextDetector.TextPost>();
        foreach (var post in posts)
        {
            var account = accounts.Id(post.Account);
            var content = contents.Id(post.Id);
            times[content] = post.TimeMs;
            if (post.Text.Length > 0)
            {
                textOf[content] = post.Text;
            }

            if (post.SharedId is { } shared)
            {
                shares[CoordinationKind.CoShare].Add(new Share(account, items.Id("share:" + shared), content, post.TimeMs));
            }
            else if (post.Text.Length > 0)
            {
                texts.Add(new CoTextDetector.TextPost(account, content, post.TimeMs, post.Text));
            }

            if (post.ReplyTo is { } reply)
            {
                shares[CoordinationKind.CoReply].Add(new Share(account, items.Id("reply:" + reply), content, post.TimeMs));
            }

            foreach (var link in post.Urls.Select(UrlCanonicaliser.Canonicalise).Distinct(StringComparer.Ordinal))
            {
                shares[CoordinationKind.CoLink].Add(new Share(account, items.Id("link:" + link), content, post.TimeMs));
            }
        }

        var coShare = new CoShareOptions { Window = options.Window, MinParticipation = options.MinParticipation };
        var edges = new Dictionary<CoordinationKind, List<CoordinationEdge>>();
        foreach (var (kind, list) in shares)
        {
            if (options.Kinds.Contains(kind))
            {
                edges[kind] = CoordinationEdge.Aggregate(CoShareDetector.Pairs(list, coShare));
            }
        }

        if (options.Kinds.Contains(CoordinationKind.CoText))
        {
            var pairs = CoTextDetector.Pairs(texts, new CoTextOptions { Window = options.Window, Similarity = options.Similarity, Measure = options.SimilarityMeasure, MinTokens = options.MinTokens });
            edges[CoordinationKind.CoText] = CoordinationEdge.Aggregate(pairs.Select(p => new SharePair(p.First with { Item = items.Id("text:" + contents.Name(p.First.Item)) }, p.Second with { Item = items.Id("text:" + contents.Name(p.Second.Item)) })));
        }

        // Activity per account per signal, for the chance model.
        var activity = shares.ToDictionary(s => s.Key, s => (IReadOnlyDictionary<int, int>)s.Value.GroupBy(x => x.Account).ToDictionary(g => g.Key, g => g.Count()));
        activity[CoordinationKind.CoText] = texts.GroupBy(t => t.Account).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (kind, list) in edges)
        {
            ChanceCoincidence.Assess(list, activity[kind]);
        }

        var networks = NetworkBuilder.Build(edges, options, accounts, contents, items, times, id => textOf.GetValueOrDefault(id));
        return new DetectionResult(accounts, contents, items, edges, networks, times);
    }
}
