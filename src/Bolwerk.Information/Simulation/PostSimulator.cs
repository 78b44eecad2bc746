using System.Globalization;
using System.Text;
using Bolwerk.Information.Coordination;
using Bolwerk.Information.Posts;

namespace Bolwerk.Information.Simulation;

/// <summary>A synthetic corpus and the account pairs planted per signal (the ground truth).</summary>
public sealed record SimulatedCorpus(IReadOnlyList<Post> Posts, IReadOnlyDictionary<CoordinationKind, IReadOnlySet<(string A, string B)>> Planted);

/// <summary>
/// Generates posts for testing detection: an organic background (accounts posting at random
/// times; Zipf-popular originals reposted, links shared with varying tracking parameters, replies,
/// texts from a Zipf vocabulary) and planted groups per signal that act together within a jitter:
/// reposting one post, posting one link (in different spellings: http/https, www, utm_*), replying
/// to one post, or posting paraphrases of one text (a word dropped, a word added, words reordered,
/// emoji, mentions and links added). Deterministic for a seed.
/// </summary>
public static class PostSimulator
{
    private static readonly DateTimeOffset Epoch = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Generates the corpus.</summary>
    public static SimulatedCorpus Generate(SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var random = new Random(options.Seed);
        var vocabulary = Enumerable.Range(0, 6000).Select(i => Word(i)).ToArray();
        var period = options.Days * 86_400_000L;
        var posts = new List<Post>(options.OrganicPosts + 10_000);
        var next = 0;
        string NewId() => "p" + (next++).ToString(CultureInfo.InvariantCulture);
        long Start() => Epoch.ToUnixTimeMilliseconds();

        // Organic background.
        // Times drawn first and sorted, so an original is always older than its reposts and replies.
        var organicTimes = Enumerable.Range(0, options.OrganicPosts).Select(_ => Start() + (long)(random.NextDouble() * period)).Order().ToArray();
        var originals = new List<string>();
        for (var i = 0; i < options.OrganicPosts; i++)
        {
            var account = "u" + Zipf(random, options.OrganicAccounts, 0.8).ToString(CultureInfo.InvariantCulture);
            var time = organicTimes[i];
            var roll = random.NextDouble();
            var id = NewId();
            if (roll < 0.25 && originals.Count > 0)
            {
                posts.Add(new Post(id, "sim", account, time, string.Empty, [], originals[Zipf(random, originals.Count, 1.1)], null, null, "simulated"));
            }
            else if (roll < 0.35 && originals.Count > 0)
            {
                posts.Add(new Post(id, "sim", account, time, Sentence(random, vocabulary, 6, 14), [], null, originals[random.Next(originals.Count)], "nl", "simulated"));
            }
            else
            {
                var links = roll < 0.55 ? new[] { Spelling(random, "https://news" + Zipf(random, 3000, 1.0).ToString(CultureInfo.InvariantCulture) + ".example/article") } : [];
                posts.Add(new Post(id, "sim", account, time, Sentence(random, vocabulary, 8, 20), links, null, null, "nl", "simulated"));
                originals.Add(id);
            }
        }

        // Planted groups.
        var planted = new Dictionary<CoordinationKind, IReadOnlySet<(string, string)>>();
        foreach (var kind in new[] { CoordinationKind.CoShare, CoordinationKind.CoLink, CoordinationKind.CoReply, CoordinationKind.CoText })
        {
            var pairs = new HashSet<(string, string)>();
            for (var g = 0; g < options.GroupsPerKind; g++)
            {
                var size = random.Next(options.GroupSize.Min, options.GroupSize.Max + 1);
                var members = Enumerable.Range(0, size).Select(m => $"{kind.Name()}-g{g}-m{m}").ToList();
                var events = random.Next(options.Events.Min, options.Events.Max + 1);
                var together = new Dictionary<(string, string), int>();
                for (var e = 0; e < events; e++)
                {
                    var at = Start() + (long)(random.NextDouble() * (period - 3_600_000));
                    var target = "campaign-target-" + kind.Name() + "-" + g.ToString(CultureInfo.InvariantCulture) + "-" + e.ToString(CultureInfo.InvariantCulture);
                    var link = "https://campaign" + g.ToString(CultureInfo.InvariantCulture) + "-" + e.ToString(CultureInfo.InvariantCulture) + ".example/story";
                    var template = Sentence(random, vocabulary, 14, 18).Split(' ');
                    var participants = members.Where(_ => random.NextDouble() < options.Participation).ToList();
                    foreach (var a in participants)
                    {
                        foreach (var b in participants.Where(b => string.CompareOrdinal(a, b) < 0))
                        {
                            together[(a, b)] = together.GetValueOrDefault((a, b)) + 1;
                        }
                    }

                    foreach (var member in participants)
                    {
                        var time = at + (long)(random.NextDouble() * options.JitterSeconds * 1000);
                        posts.Add(kind switch
                        {
                            CoordinationKind.CoShare => new Post(NewId(), "sim", member, time, string.Empty, [], target, null, null, "simulated"),
                            CoordinationKind.CoLink => new Post(NewId(), "sim", member, time, Sentence(random, vocabulary, 5, 12), [Spelling(random, link)], null, null, "nl", "simulated"),
                            CoordinationKind.CoReply => new Post(NewId(), "sim", member, time, Sentence(random, vocabulary, 4, 10), [], null, target, "nl", "simulated"),
                            _ => new Post(NewId(), "sim", member, time, Paraphrase(random, template, vocabulary), [], null, null, "nl", "simulated"),
                        });
                    }
                }

                // Ground truth: members who acted together in at least two events are the planted pairs.
                pairs.UnionWith(together.Where(t => t.Value >= 2).Select(t => t.Key));
            }

            planted[kind] = pairs;
        }

        posts.Sort((a, b) => a.TimeMs.CompareTo(b.TimeMs));
        return new SimulatedCorpus(posts, planted);
    }

    private static string Paraphrase(Random random, string[] template, string[] vocabulary)
    {
        var words = template.ToList();
        words.RemoveAt(random.Next(words.Count)); // a word dropped
        words.Insert(random.Next(words.Count + 1), vocabulary[random.Next(vocabulary.Length)]); // a word added
        var i = random.Next(words.Count - 1);
        (words[i], words[i + 1]) = (words[i + 1], words[i]); // two words swapped
        var text = new StringBuilder(string.Join(' ', words));
        if (random.NextDouble() < 0.5)
        {
            text.Insert(0, "@user" + random.Next(1000).ToString(CultureInfo.InvariantCulture) + " ");
        }

        if (random.NextDouble() < 0.5)
        {
            text.Append(" \U0001F525");
        }

        if (random.NextDouble() < 0.3)
        {
            text.Append(" https://t.example/" + random.Next(100000).ToString(CultureInfo.InvariantCulture));
        }

        return random.NextDouble() < 0.3 ? text.ToString().ToUpperInvariant() : text.ToString();
    }

    // The same link in the spellings real posts carry it in.
    private static string Spelling(Random random, string url)
    {
        var u = random.NextDouble() < 0.3 ? url.Replace("https://", "http://", StringComparison.Ordinal) : url;
        u = random.NextDouble() < 0.3 ? u.Replace("://", "://www.", StringComparison.Ordinal) : u;
        return random.NextDouble() < 0.4 ? u + "?utm_source=" + (random.NextDouble() < 0.5 ? "twitter" : "telegram") + "&utm_medium=social" : u;
    }

    private static string Sentence(Random random, string[] vocabulary, int min, int max) =>
        string.Join(' ', Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => vocabulary[Zipf(random, vocabulary.Length, 1.0)]));

    // Inverse-CDF sampling of a Zipf-like rank distribution (approximate, fast, deterministic).
    private static int Zipf(Random random, int n, double s)
    {
        var u = random.NextDouble();
        var rank = s == 1.0 ? Math.Exp(u * Math.Log(n + 1)) - 1 : Math.Pow((Math.Pow(n + 1, 1 - s) - 1) * u + 1, 1 / (1 - s)) - 1;
        return Math.Clamp((int)rank, 0, n - 1);
    }

    private static string Word(int i)
    {
        const string consonants = "bdfghklmnprstvwz";
        const string vowels = "aeiou";
        var builder = new StringBuilder();
        var x = i + 7;
        do
        {
            builder.Append(consonants[x % consonants.Length]).Append(vowels[(x / consonants.Length) % vowels.Length]);
            x /= consonants.Length * vowels.Length;
        }
        while (x > 0);
        return builder.ToString();
    }
}
