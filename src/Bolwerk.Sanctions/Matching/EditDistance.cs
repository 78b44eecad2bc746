using System.Runtime.CompilerServices;

namespace Bolwerk.Sanctions.Matching;

/// <summary>
/// Optimal-string-alignment distance (Levenshtein plus adjacent transposition: "Marcon" is one
/// edit from "Macron") counted in half edits: replacing a vowel by a vowel costs a half, because
/// romanisations disagree most on vowels ("Muhammad", "Mohammed") and least on consonants
/// ("Sancho", "Sanchez"). Hand-written on spans with a stack row because it runs for every word
/// pair of every candidate on the screening hot path; the library implementations allocate per
/// call or lack transpositions.
/// </summary>
public static class EditDistance
{
    private const int StackLimit = 64;

    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/> in half edits.</summary>
    [SkipLocalsInit]
    public static int HalfEdits(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length == 0)
        {
            return 2 * b.Length;
        }

        if (b.Length == 0)
        {
            return 2 * a.Length;
        }

        var width = b.Length + 1;
        if (width > StackLimit)
        {
            return Compute(a, b, new int[width * 3]);
        }

        Span<int> rows = stackalloc int[width * 3];
        return Compute(a, b, rows);
    }

    private static int Compute(ReadOnlySpan<char> a, ReadOnlySpan<char> b, Span<int> rows)
    {
        var width = b.Length + 1;
        var beforePrevious = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = 2 * j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = 2 * i;
            for (var j = 1; j < width; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : IsVowel(a[i - 1]) && IsVowel(b[j - 1]) ? 1 : 2;
                var best = Math.Min(Math.Min(previous[j] + 2, current[j - 1] + 2), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, beforePrevious[j - 2] + 2);
                }

                current[j] = best;
            }

            var recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }

        return previous[width - 1];
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
