namespace Bolwerk.Sanctions.Matching;

/// <summary>
/// How alike two name words are, on a curve that separates typos from different names: equal
/// spellings 1; a shared symbol 0.9; an edit budget by length (none up to 2 letters or without vowels, a vowel at 3, 1 up to
/// 7, 2 up to 11, 3 beyond) scoring 1 − d/2L inside it; equal consonant skeletons against a vowelless romanisation 0.8; anything
/// else 0, so one wrong word pulls a name below the threshold.
/// </summary>
public static class PartSimilarity
{
    /// <summary>Similarity of two name words in [0, 1].</summary>
    public static double Of(NamePart a, NamePart b, MatchOptions options)
    {
        if (a.Exact && b.Exact)
        {
            // Two syllable signs: the same sign or another person.
            return a.Text == b.Text ? 1.0 : 0.0;
        }

        var similarity = Of(a, b.Canonical, b.Skeleton, b.Symbols, b.Exact, b.HasVowel, b.Letters, b.FromAbjad, options);
        return a.Patronymic == b.Patronymic ? similarity : similarity * options.PatronymicMismatchFactor;
    }

    /// <summary>Similarity of a word and a canonical spelling (used for words written together).</summary>
    public static double Of(NamePart a, string canonical, string skeleton, string[] symbols, bool exact, MatchOptions options) =>
        Of(a, canonical, skeleton, symbols, exact, HasVowel(canonical), LetterSet.Of(canonical), false, options);

    private static double Of(NamePart a, string canonical, string skeleton, string[] symbols, bool exact, bool hasVowel, uint letters, bool abjad, MatchOptions options)
    {
        if (a.Canonical == canonical)
        {
            return 1.0;
        }

        if (a.Symbols.Length > 0 && symbols.Length > 0 && Shares(a.Symbols, symbols))
        {
            return options.SymbolSimilarity;
        }

        if (a.IsInitial || canonical.Length == 1)
        {
            // Initials stand for words in people's names; in a ship's or a company's name a
            // letter is a letter ("Eagle S" is not "Black Sea Eagle").
            return a.Canonical[0] == canonical[0] && !a.InObjectName ? options.InitialSimilarity : 0.0;
        }

        var length = Math.Max(a.Canonical.Length, canonical.Length);
        var budget = exact || a.Exact || !a.HasVowel || !hasVowel ? 0 : Budget(length);
        if (Math.Abs(a.Canonical.Length - canonical.Length) <= budget && LetterSet.HalfEditsAtLeast(a.Letters, letters) <= 2 * budget)
        {
            var distance = EditDistance.HalfEdits(a.Canonical, canonical) / 2.0;
            if (distance <= budget)
            {
                // "Antonio"/"Antonia", "Ivanov"/"Ivanova": the masculine and feminine form of a
                // name are two people, not a typo.
                return GenderedForms(a.Canonical, canonical) ? options.GenderedFormSimilarity : 1.0 - (0.5 * distance / length);
            }
        }

        // Scripts that write no short vowels (Arabic, Hebrew) romanise to consonants only:
        // "mhmd" is "Muhammad" when the consonants agree.
        if (((!a.HasVowel && a.FromAbjad) || (!hasVowel && abjad)) && skeleton.Length >= 2 && a.Skeleton == skeleton)
        {
            return options.SkeletonSimilarity;
        }

        // Beyond the budget a word is not the same name; below the pairing minimum it only
        // tells the explanation how far apart the two were.
        return 0.0;
    }

    // Edits allowed by word length; three-letter words may only change a vowel ("Tom", "Tim").
    private static double Budget(int length) => length switch
    {
        <= 2 => 0,
        3 => 0.5,
        <= 7 => 1,
        <= 11 => 2,
        _ => 3,
    };

    // Equal but for a final 'a' against a final 'o', or against nothing, after at least three letters.
    private static bool GenderedForms(string x, string y)
    {
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        if (shorter.Length < 3)
        {
            return false;
        }

        if (longer.Length == shorter.Length + 1)
        {
            return longer[^1] == 'a' && longer.AsSpan(0, shorter.Length).SequenceEqual(shorter);
        }

        return longer.Length == shorter.Length && longer.AsSpan(0, longer.Length - 1).SequenceEqual(shorter.AsSpan(0, shorter.Length - 1))
            && (longer[^1], shorter[^1]) is ('a', 'o') or ('o', 'a');
    }

    private static bool HasVowel(string word) => word.AsSpan().IndexOfAny("aeiou") >= 0;

    private static bool Shares(string[] a, string[] b)
    {
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if (x == y)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
