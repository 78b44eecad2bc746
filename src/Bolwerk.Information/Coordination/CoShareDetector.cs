namespace Bolwerk.Information.Coordination;

/// <summary>
/// Pairs the shares of each object made within the window by different posts: per object the
/// shares are sorted by time and a two-pointer sliding window walks them, so the cost is
/// O(n log n + pairs) and no all-pairs comparison happens across objects. Fixed time bins (as
/// CooRnet uses) miss about half of these pairs; the window slides. The pair set equals both the
/// QUT toolkit's and CooRTweet's on the same data (tests against their stored outputs).
/// </summary>
public static class CoShareDetector
{
    /// <summary>Every share pair of <paramref name="shares"/> under <paramref name="options"/>.</summary>
    public static List<SharePair> Pairs(IReadOnlyList<Share> shares, CoShareOptions options)
    {
        ArgumentNullException.ThrowIfNull(shares);
        ArgumentNullException.ThrowIfNull(options);
        var window = (long)options.Window.TotalMilliseconds;
        var eligible = shares;
        if (options.MinParticipation > 1)
        {
            var perAccount = new Dictionary<int, int>();
            foreach (var s in shares)
            {
                perAccount[s.Account] = perAccount.GetValueOrDefault(s.Account) + 1;
            }

            eligible = [.. shares.Where(s => perAccount[s.Account] >= options.MinParticipation)];
        }

        var sorted = eligible.ToArray();
        Array.Sort(sorted, static (a, b) => a.Item != b.Item ? a.Item.CompareTo(b.Item) : a.TimeMs.CompareTo(b.TimeMs));
        var pairs = new List<SharePair>();
        for (var start = 0; start < sorted.Length;)
        {
            var end = start + 1;
            while (end < sorted.Length && sorted[end].Item == sorted[start].Item)
            {
                end++;
            }

            for (var i = start; i < end; i++)
            {
                for (var j = i + 1; j < end && sorted[j].TimeMs - sorted[i].TimeMs <= window; j++)
                {
                    var (a, b) = (sorted[i], sorted[j]);
                    if (a.Content == b.Content || (a.Account == b.Account && !options.KeepLoops))
                    {
                        continue; // a post with itself (duplicate rows), or an account with itself
                    }

                    pairs.Add(new SharePair(a, b));
                }
            }

            start = end;
        }

        return options.MinParticipation > 1 ? KeepParticipating(pairs, eligible, options.MinParticipation) : pairs;
    }

    // CooRTweet's second pass: count each account's input shares whose post is in some pair; keep a
    // pair when either side's account reaches the minimum.
    private static List<SharePair> KeepParticipating(List<SharePair> pairs, IReadOnlyList<Share> shares, int minimum)
    {
        var paired = new HashSet<int>();
        foreach (var p in pairs)
        {
            paired.Add(p.First.Content);
            paired.Add(p.Second.Content);
        }

        var counts = new Dictionary<int, int>();
        foreach (var s in shares)
        {
            if (paired.Contains(s.Content))
            {
                counts[s.Account] = counts.GetValueOrDefault(s.Account) + 1;
            }
        }

        return [.. pairs.Where(p => counts.GetValueOrDefault(p.First.Account) >= minimum || counts.GetValueOrDefault(p.Second.Account) >= minimum)];
    }
}
