namespace Bolwerk.Information.Coordination;

/// <summary>A candidate network of coordinated accounts with its evidence.</summary>
/// <param name="Kind">The signal that links them (multi: two or more).</param>
/// <param name="Accounts">The accounts, ordinal order.</param>
/// <param name="Posts">The posts in the coordinated pairs, ordinal order.</param>
/// <param name="Start">First of those posts.</param>
/// <param name="End">Last of those posts.</param>
/// <param name="Score">0–1: mean over the edges of (1 − 1/items co-shared) × edge symmetry.</param>
/// <param name="Edges">Account pairs in the network.</param>
/// <param name="TopItems">The most co-shared items (reposted post ids, canonical links, reply targets, first texts' post ids) with the number of account pairs that co-shared each.</param>
/// <param name="Kinds">The signals present on its edges.</param>
/// <param name="MeanDeltaSeconds">Mean |Δt| over the coordinated pairs (under a few seconds suggests automation).</param>
/// <param name="Timeline">Its posts per hour (UTC hour start, posts), oldest first: when it was active.</param>
/// <param name="ExampleTexts">Up to three of the texts it pushed (its own posts' texts, or the reposted posts' when they are in the corpus), most repeated first.</param>
/// <param name="Links">Its account pairs with the distinct items each pair co-shared, strongest first, at most <see cref="MaxLinks"/> (what a graph of the network draws).</param>
public sealed record CoordinatedNetwork(CoordinationKind Kind, IReadOnlyList<string> Accounts, IReadOnlyList<string> Posts, DateTimeOffset Start, DateTimeOffset End, double Score,
    int Edges, IReadOnlyList<(string Item, int Pairs)> TopItems, IReadOnlyList<CoordinationKind> Kinds, double MeanDeltaSeconds,
    IReadOnlyList<(DateTimeOffset Hour, int Posts)>? Timeline = null, IReadOnlyList<string>? ExampleTexts = null, IReadOnlyList<(string A, string B, int Items)>? Links = null)
{
    /// <summary>Most links kept per network: enough to draw it, bounded so a blob of thousands of accounts stays a readable record.</summary>
    public const int MaxLinks = 2_000;
}
