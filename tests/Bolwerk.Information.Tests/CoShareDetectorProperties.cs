using Bolwerk.Information.Coordination;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bolwerk.Information.Tests;

/// <summary>The sliding window against its definition, on random shares.</summary>
public sealed class CoShareDetectorProperties
{
    private static Arbitrary<Share[]> Shares() =>
        Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 5 * 4 * 121 - 1), n))
            .Select(rows => rows.Select((r, i) => new Share(r % 6, r / 6 % 4, i, r / 24 * 1000L)).ToArray())
            .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property The_pairs_are_exactly_those_of_the_definition() =>
        Prop.ForAll(Shares(), Gen.Choose(0, 60).ToArbitrary(), (shares, window) =>
        {
            var ours = CoShareDetector.Pairs(shares, new CoShareOptions { Window = TimeSpan.FromSeconds(window) }).Select(Key).Order().ToList();
            var brute = new List<(int, int)>();
            for (var i = 0; i < shares.Length; i++)
            {
                for (var j = i + 1; j < shares.Length; j++)
                {
                    var (a, b) = (shares[i], shares[j]);
                    if (a.Item == b.Item && a.Account != b.Account && Math.Abs(a.TimeMs - b.TimeMs) <= window * 1000L)
                    {
                        brute.Add((Math.Min(a.Content, b.Content), Math.Max(a.Content, b.Content)));
                    }
                }
            }

            return ours.SequenceEqual(brute.Order());
        });

    [Property(MaxTest = 200)]
    public Property A_wider_window_keeps_every_pair_of_a_narrower_one() =>
        Prop.ForAll(Shares(), Gen.Choose(0, 30).ToArbitrary(), Gen.Choose(0, 30).ToArbitrary(), (shares, w1, extra) =>
        {
            var narrow = CoShareDetector.Pairs(shares, new CoShareOptions { Window = TimeSpan.FromSeconds(w1) }).Select(Key).ToHashSet();
            var wide = CoShareDetector.Pairs(shares, new CoShareOptions { Window = TimeSpan.FromSeconds(w1 + extra) }).Select(Key).ToHashSet();
            return narrow.IsSubsetOf(wide);
        });

    [Property(MaxTest = 200)]
    public Property The_order_of_the_input_does_not_matter_and_no_account_pairs_with_itself() =>
        Prop.ForAll(Shares(), shares =>
        {
            var options = new CoShareOptions { Window = TimeSpan.FromSeconds(20) };
            var edges = CoordinationEdge.Aggregate(CoShareDetector.Pairs(shares, options));
            var reversed = CoordinationEdge.Aggregate(CoShareDetector.Pairs([.. shares.Reverse()], options));
            string Describe(IEnumerable<CoordinationEdge> e) => string.Join(';', e.Select(x => $"{x.A}-{x.B}:{x.PairCount}:{x.Objects}:{x.DirectedWeight(x.A)}:{x.DirectedWeight(x.B)}").Order(StringComparer.Ordinal));
            return Describe(edges) == Describe(reversed) && edges.All(e => e.A != e.B);
        });

    private static (int, int) Key(SharePair p) => (Math.Min(p.First.Content, p.Second.Content), Math.Max(p.First.Content, p.Second.Content));
}
