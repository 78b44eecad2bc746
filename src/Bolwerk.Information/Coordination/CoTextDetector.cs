using Bolwerk.Information.Text;

namespace Bolwerk.Information.Coordination;

/// <summary>
/// Near-duplicate texts posted by different accounts within the window. Each text becomes its
/// set of word tokens; MinHash signatures split into bands put likely-similar texts in the same
/// bucket (locality-sensitive hashing), and only bucket mates within the window are compared
/// exactly (Dice or Jaccard of the word sets). Posts are taken in time order and a bucket forgets
/// posts older than the window, so memory is bounded by the window, not the corpus, and nothing
/// is compared all-pairs.
/// Reposts are left out (they are co-share's), as the QUT toolkit does.
/// </summary>
public static class CoTextDetector
{
    /// <summary>One post to compare: interned account and post ids, time and text.</summary>
    public readonly record struct TextPost(int Account, int Content, long TimeMs, string Text);

    /// <summary>Every pair of near-duplicate texts of different accounts within the window; the item is the earlier post.</summary>
    public static List<SharePair> Pairs(IReadOnlyList<TextPost> posts, CoTextOptions options)
    {
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(options);
        var window = (long)options.Window.TotalMilliseconds;
        var ordered = posts.OrderBy(p => p.TimeMs).ToArray();
        var tokens = new Interner();
        var sets = new int[]?[ordered.Length];
        var inserted = new (int Band, ulong Key)[]?[ordered.Length];
        var buckets = new Dictionary<(int Band, ulong Key), Queue<int>>();
        var seeds = Seeds(options.Bands * options.Rows);
        var signature = new ulong[options.Bands * options.Rows];
        var pairs = new List<SharePair>();
        var candidates = new HashSet<int>();
        var oldest = 0; // first post still inside the window of the current one
        for (var i = 0; i < ordered.Length; i++)
        {
            // Forget what fell out of the window: token sets, and bucket entries (inserted in time
            // order, so they leave each bucket from the front); empty buckets go, so memory follows
            // the window, not the corpus.
            for (; oldest < i && ordered[i].TimeMs - ordered[oldest].TimeMs > window; oldest++)
            {
                if (sets[oldest] is { Length: > 0 } && inserted[oldest] is { } keys)
                {
                    foreach (var key in keys)
                    {
                        var bucket = buckets[key];
                        bucket.Dequeue();
                        if (bucket.Count == 0)
                        {
                            buckets.Remove(key);
                        }
                    }
                }

                sets[oldest] = null;
                inserted[oldest] = null;
            }

            var set = TextNormaliser.Tokens(ordered[i].Text).Select(tokens.Id).Distinct().Order().ToArray();
            if (set.Length < options.MinTokens)
            {
                sets[i] = [];
                continue;
            }

            sets[i] = set;
            MinHash(set, seeds, signature);
            candidates.Clear();
            var keysOfPost = new (int Band, ulong Key)[options.Bands];
            for (var band = 0; band < options.Bands; band++)
            {
                var key = (band, BandKey(signature.AsSpan(band * options.Rows, options.Rows)));
                keysOfPost[band] = key;
                if (!buckets.TryGetValue(key, out var bucket))
                {
                    buckets[key] = bucket = new Queue<int>();
                }

                foreach (var j in bucket)
                {
                    candidates.Add(j);
                }

                bucket.Enqueue(i);
            }

            inserted[i] = keysOfPost;
            foreach (var j in candidates.Order())
            {
                var (earlier, later) = (ordered[j], ordered[i]);
                if (earlier.Account == later.Account || Similarity(sets[j]!, set, options.Measure) < options.Similarity)
                {
                    continue;
                }

                pairs.Add(new SharePair(new Share(earlier.Account, earlier.Content, earlier.Content, earlier.TimeMs), new Share(later.Account, earlier.Content, later.Content, later.TimeMs)));
            }
        }

        return pairs;
    }

    /// <summary>The similarity of two sorted, distinct id sets.</summary>
    internal static double Similarity(int[] a, int[] b, SimilarityMeasure measure)
    {
        var common = Common(a, b);
        return measure == SimilarityMeasure.Dice ? 2.0 * common / (a.Length + b.Length) : (double)common / (a.Length + b.Length - common);
    }

    private static int Common(int[] a, int[] b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common;
    }

    private static void MinHash(int[] set, ulong[] seeds, ulong[] signature)
    {
        Array.Fill(signature, ulong.MaxValue);
        foreach (var token in set)
        {
            for (var k = 0; k < seeds.Length; k++)
            {
                var h = Mix(((ulong)(uint)token << 1) ^ seeds[k]);
                if (h < signature[k])
                {
                    signature[k] = h;
                }
            }
        }
    }

    private static ulong BandKey(ReadOnlySpan<ulong> rows)
    {
        var key = 1469598103934665603UL;
        foreach (var r in rows)
        {
            key = Mix(key ^ r);
        }

        return key;
    }

    // SplitMix64 finaliser: a well-mixed 64-bit hash, deterministic across runs and machines.
    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private static ulong[] Seeds(int count)
    {
        var seeds = new ulong[count];
        var state = 0x5EEDUL;
        for (var i = 0; i < count; i++)
        {
            state = Mix(state);
            seeds[i] = state;
        }

        return seeds;
    }
}
