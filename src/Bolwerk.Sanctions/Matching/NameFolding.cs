using System.Text;
using System.Text.RegularExpressions;
using AnyAscii;

namespace Bolwerk.Sanctions.Matching;

/// <summary>
/// Brings a name as written in any script to lower-case ASCII words: transliterated
/// (AnyAscii: Cyrillic, Greek, Arabic, CJK … to Latin letters), dotted initials joined
/// ("G.m.b.H." → "gmbh", "S.C." → "sc"), apostrophes dropped ("Zin'ko" → "zinko"),
/// "&amp;" read as "and", every other mark a word break.
/// </summary>
public static partial class NameFolding
{
    /// <summary>
    /// The folded words of <paramref name="name"/>, in order. Han, Kana and Hangul signs stay as
    /// they are, one word each: they are syllables, and romanising them loses which sign it was
    /// (石 and 市 are both "shi"); <see cref="Romanise"/> gives their Latin spelling.
    /// </summary>
    public static string[] Words(string name)
    {
        if (!IsSyllabic(name))
        {
            return FoldRun(name);
        }

        var words = new List<string>();
        var run = new StringBuilder();
        foreach (var c in name)
        {
            if (!IsSyllableSign(c))
            {
                run.Append(c);
                continue;
            }

            words.AddRange(FoldRun(run.ToString()));
            run.Clear();
            words.Add(c.ToString());
        }

        words.AddRange(FoldRun(run.ToString()));
        return [.. words];
    }

    /// <summary>The Latin spelling of a word from <see cref="Words"/> (a syllable sign romanised; other words as they are).</summary>
    public static string Romanise(string word) =>
        word.Length == 1 && IsSyllableSign(word[0]) ? word.Transliterate().ToLowerInvariant() : word;

    private static string[] FoldRun(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        var ascii = text.Transliterate().ToLowerInvariant();
        if (ascii.Contains('.', StringComparison.Ordinal))
        {
            ascii = JoinedInitials().Replace(ascii, string.Empty);
        }
        var builder = new StringBuilder(ascii.Length + 8);
        foreach (var c in ascii)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (c is '\'' or '`' or '"')
            {
                // Soft signs and apostrophes in transliterations ("Zin'ko") are not word breaks.
            }
            else if (c == '&')
            {
                builder.Append(" and ");
            }
            else
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Whether the name is written in Arabic or Hebrew letters, scripts that leave short vowels out.</summary>
    public static bool IsAbjad(string name)
    {
        foreach (var c in name)
        {
            if (c is >= '\u0590' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the name is written in Han, Kana or Hangul signs, each a syllable of its own.</summary>
    public static bool IsSyllabic(string name)
    {
        foreach (var c in name)
        {
            if (IsSyllableSign(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The folded name as one string of words separated by single spaces.</summary>
    public static string Text(string name) => string.Join(' ', Words(name));

    private static bool IsSyllableSign(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uAC00' and <= '\uD7AF';

    // A dot between two one-letter words: "a.b.c." and "g.m.b.h" lose their inner dots.
    [GeneratedRegex(@"(?<=\b[a-z])\.(?=[a-z]\b)")]
    private static partial Regex JoinedInitials();
}
