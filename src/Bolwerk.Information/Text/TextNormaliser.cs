using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Bolwerk.Information.Text;

/// <summary>
/// Text as compared for coordination: Unicode NFKC where the runtime can, and always the
/// evasion-relevant compatibility folds (<see cref="CompatibilityFolding"/>: full-width and styled letters become plain),
/// lower case, links and @mentions removed, emoji and other symbols removed, whitespace collapsed;
/// and its word tokens (letters and digits, so punctuation and emoji never make two texts alike).
/// </summary>
public static partial class TextNormaliser
{
    /// <summary>The normalised text.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = CompatibilityFolding.Fold(text.Normalize(NormalizationForm.FormKC)).ToLowerInvariant();
        folded = Links().Replace(folded, " ");
        folded = Mentions().Replace(folded, " ");
        var builder = new StringBuilder(folded.Length);
        var space = true;
        foreach (var rune in folded.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (Rune.IsWhiteSpace(rune) || category is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.Surrogate or UnicodeCategory.Format or UnicodeCategory.Control)
            {
                if (!space)
                {
                    builder.Append(' ');
                    space = true;
                }

                continue;
            }

            builder.Append(rune.ToString());
            space = false;
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>The word tokens of the normalised text: runs of letters and digits.</summary>
    public static List<string> Tokens(string text)
    {
        var normal = Normalise(text);
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= normal.Length; i++)
        {
            var word = i < normal.Length && (char.IsLetterOrDigit(normal[i]) || char.IsSurrogate(normal[i]) || normal[i] == '#');
            if (word && start < 0)
            {
                start = i;
            }
            else if (!word && start >= 0)
            {
                tokens.Add(normal[start..i]);
                start = -1;
            }
        }

        return tokens;
    }

    [GeneratedRegex(@"(?:https?://|www\.)\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Links();

    [GeneratedRegex(@"(?<![\w@])@\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Mentions();
}
