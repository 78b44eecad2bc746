using System.Numerics;

namespace Bolwerk.Sanctions.Matching;

/// <summary>
/// The set of letters a word uses, as bits, and the lower bound it gives on the edit distance
/// in half edits: each half edit changes at most two letters' presence, and each consonant
/// present on one side only costs at least one. Lets the matcher skip the edit-distance table
/// for the many word pairs that cannot be within the budget.
/// </summary>
public static class LetterSet
{
    private const uint Vowels = (1u << 0) | (1u << ('e' - 'a')) | (1u << ('i' - 'a')) | (1u << ('o' - 'a')) | (1u << ('u' - 'a'));

    /// <summary>The letters of a lower-case ASCII word (other characters ignored).</summary>
    public static uint Of(string word)
    {
        var set = 0u;
        foreach (var c in word)
        {
            if (c is >= 'a' and <= 'z')
            {
                set |= 1u << (c - 'a');
            }
        }

        return set;
    }

    /// <summary>A lower bound on the distance in half edits between words with letter sets <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static int HalfEditsAtLeast(uint a, uint b)
    {
        var differing = a ^ b;
        return Math.Max(BitOperations.PopCount(differing & ~Vowels), (BitOperations.PopCount(differing) + 1) / 2);
    }
}
