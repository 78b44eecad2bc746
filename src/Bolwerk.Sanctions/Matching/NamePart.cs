namespace Bolwerk.Sanctions.Matching;

/// <summary>One word (or multi-word symbol phrase) of an analysed name.</summary>
/// <param name="Text">The folded word as written ("yevgeniy").</param>
/// <param name="Canonical">Its canonical spelling ("evgeni").</param>
/// <param name="Skeleton">First letter and consonants of the canonical spelling.</param>
/// <param name="Weight">How much the word counts in the name: longer words more, particles and initials little.</param>
/// <param name="Symbols">Symbol ids shared with spellings in other languages or scripts; empty if none.</param>
/// <param name="Exact">Only an equal spelling counts: a syllable of a Chinese, Japanese or Korean name, where one sign is another person.</param>
public sealed record NamePart(string Text, string Canonical, string Skeleton, double Weight, string[] Symbols, bool Exact = false)
{
    /// <summary>A one-letter word: an initial.</summary>
    public bool IsInitial => Canonical.Length == 1;

    /// <summary>Which letters a–z the canonical spelling uses, one bit each: a cheap lower bound on the edit distance.</summary>
    public uint Letters { get; } = LetterSet.Of(Canonical);

    /// <summary>The word belongs to a vessel's, aircraft's or company's name, where single letters are not initials.</summary>
    public bool InObjectName { get; init; }

    /// <summary>The word was written in a script without short vowels (Arabic, Hebrew), so its romanisation lacks them.</summary>
    public bool FromAbjad { get; init; }

    /// <summary>Whether the canonical spelling has a vowel (romanised abjads such as Arabic have none).</summary>
    public bool HasVowel { get; } = Canonical.AsSpan().IndexOfAny("aeiou") >= 0;

    /// <summary>A word that identifies on its own: neither an initial nor a particle.</summary>
    public bool IsFullWord => Weight >= 2;

    /// <summary>The word follows "bin"/"ibn"/"bint": it names the father, not the person.</summary>
    public bool Patronymic { get; init; }

    /// <summary>Canonical spelling of this word and the next written together (null for the last word), prepared for names whose words run together on the other side.</summary>
    public string? JoinedWithNext { get; init; }

    /// <summary>Skeleton of <see cref="JoinedWithNext"/>.</summary>
    public string? JoinedSkeleton { get; init; }

    /// <summary>The word is a country's name ("Mexico", "Schweiz"): in an organisation's name it marks a subsidiary.</summary>
    public bool Place { get; init; }
}
