using System.Globalization;

namespace Bolwerk.Sanctions.Matching;

/// <summary>
/// Reads the numbers that tell numbered companies and ships apart, however written: digits
/// ("3", "007"), ordinals ("4th", "fourth"), cardinals ("four") and, for organisations and
/// objects, Roman numerals ("XV").
/// </summary>
public static class NumberWords
{
    private static readonly string[] Cardinals =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    private static readonly string[] Ordinals =
    [
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    private static readonly Dictionary<string, int> Tens = new(StringComparer.Ordinal)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50,
        ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    private static readonly Dictionary<string, int> Words = BuildWords();

    /// <summary>The number a folded word stands for, as digits without leading zeros.</summary>
    public static bool TryRead(string word, bool romanNumerals, out string digits)
    {
        digits = string.Empty;
        if (word.Length == 0)
        {
            return false;
        }

        if (char.IsAsciiDigit(word[0]))
        {
            var end = 0;
            while (end < word.Length && char.IsAsciiDigit(word[end]))
            {
                end++;
            }

            var suffix = word[end..];
            if (suffix.Length > 0 && suffix is not ("st" or "nd" or "rd" or "th"))
            {
                return false;
            }

            digits = word[..end].TrimStart('0');
            digits = digits.Length == 0 ? "0" : digits;
            return true;
        }

        if (Words.TryGetValue(word, out var value) || (romanNumerals && TryRoman(word, out value)))
        {
            digits = value.ToString(CultureInfo.InvariantCulture);
            return true;
        }

        return false;
    }

    /// <summary>
    /// Reads a number starting at <paramref name="start"/>, joining a tens word with a following
    /// unit ("forty four", "forty 4" → 44). Returns how many words it took (0 if none).
    /// </summary>
    public static int TryReadAt(IReadOnlyList<string> words, int start, bool romanNumerals, out string digits)
    {
        if (Tens.TryGetValue(words[start], out var tens))
        {
            if (start + 1 < words.Count && TryRead(words[start + 1], romanNumerals: false, out var unit) && unit.Length == 1 && unit != "0")
            {
                digits = (tens + (unit[0] - '0')).ToString(CultureInfo.InvariantCulture);
                return 2;
            }

            digits = tens.ToString(CultureInfo.InvariantCulture);
            return 1;
        }

        return TryRead(words[start], romanNumerals, out digits) ? 1 : 0;
    }

    private static Dictionary<string, int> BuildWords()
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Cardinals.Length; i++)
        {
            words[Cardinals[i]] = i;
            words[Ordinals[i]] = i;
        }

        return words;
    }

    // Roman numerals up to 39, the range seen in numbered vessels and company series.
    private static bool TryRoman(string word, out int value)
    {
        value = 0;
        if (word.Length > 6)
        {
            return false;
        }

        var rest = word.AsSpan();
        while (rest.StartsWith("x"))
        {
            value += 10;
            rest = rest[1..];
        }

        ReadOnlySpan<string> units = ["ix", "viii", "vii", "vi", "iv", "v", "iii", "ii", "i"];
        ReadOnlySpan<int> unitValues = [9, 8, 7, 6, 4, 5, 3, 2, 1];
        for (var i = 0; i < units.Length; i++)
        {
            if (rest.SequenceEqual(units[i]))
            {
                value += unitValues[i];
                return value <= 39;
            }
        }

        return rest.IsEmpty && value is > 0 and <= 30;
    }
}
