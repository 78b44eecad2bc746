using System.Text;

namespace Bolwerk.Sanctions.Matching;

/// <summary>
/// Spelling forms of one folded word that make transliteration variants meet. The canonical
/// form folds the choices romanisation systems make differently (y/i/j, w/v, kh/h, ph/f, c/k/q,
/// z/s, doubled letters: "Yevgeniy", "Evgenii" and "Jewgenij" come close); the skeleton keeps the
/// first letter and the consonants, so vowel-only variants ("Mohammed", "Muhamad") share it.
/// </summary>
public static class Spelling
{
    private static readonly (string From, string To)[] Rewrites =
    [
        ("tsch", "ch"), ("tch", "ch"), ("sch", "sh"), ("dzh", "j"), ("dj", "j"), ("zh", "j"),
        ("kh", "h"), ("ph", "f"), ("ck", "k"), ("th", "t"), ("dh", "d"), ("gh", "g"),
        ("ou", "u"), ("oo", "u"), ("ee", "i"), ("w", "v"), ("q", "k"), ("x", "ks"), ("y", "i"), ("z", "s"),
    ];

    /// <summary>The canonical spelling of a folded word (lower-case ASCII).</summary>
    public static string Canonical(string word)
    {
        if (word.Length == 0 || char.IsDigit(word[0]))
        {
            return word;
        }

        var text = word;
        foreach (var (from, to) in Rewrites)
        {
            if (text.Contains(from, StringComparison.Ordinal))
            {
                text = text.Replace(from, to, StringComparison.Ordinal);
            }
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // 'c' before anything but 'h' sounds as 'k' in the romanisations met in lists.
            if (c == 'c' && (i + 1 == text.Length || text[i + 1] != 'h'))
            {
                c = 'k';
            }

            // 'j' after a vowel and not before one is the glide 'i' ("Sergej", "Jurij").
            if (c == 'j' && i > 0 && IsVowel(text[i - 1]) && (i + 1 == text.Length || !IsVowel(text[i + 1])))
            {
                c = 'i';
            }

            if (builder.Length > 0 && builder[^1] == c)
            {
                continue;
            }

            builder.Append(c);
        }

        // Initial "ie" is the Russian "Ye"/"E" ("Yelena", "Elena").
        if (builder.Length > 2 && builder[0] == 'i' && builder[1] == 'e')
        {
            builder.Remove(0, 1);
        }

        return builder.ToString();
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>First letter plus the consonants other than 'h' of a canonical word, doubles collapsed.</summary>
    public static string Skeleton(string canonical)
    {
        if (canonical.Length == 0 || char.IsDigit(canonical[0]))
        {
            return canonical;
        }

        var builder = new StringBuilder(canonical.Length);
        builder.Append(canonical[0]);
        for (var i = 1; i < canonical.Length; i++)
        {
            var c = canonical[i];
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'h' || builder[^1] == c)
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
