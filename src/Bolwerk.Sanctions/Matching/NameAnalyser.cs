namespace Bolwerk.Sanctions.Matching;

/// <summary>
/// Takes a name apart for comparison: folds it to ASCII words, drops the prefixes of its kind
/// (titles, articles, MV/MT), sets legal forms (at either end) and numbers aside, pairs words
/// with the symbols that bridge languages and scripts, and spells each remaining word canonically.
/// </summary>
public sealed class NameAnalyser(NameVocabulary vocabulary)
{
    // Particles join names without identifying anyone ("al", "bin", "van der").
    private static readonly HashSet<string> Particles =
    [
        "al", "el", "ul", "bin", "ibn", "bn", "bint", "binti", "ben", "abd", "de", "da", "di", "do", "du", "del", "della", "der",
        "den", "dos", "das", "van", "von", "la", "le", "y", "of", "the", "and", "und", "et", "for", "in",
    ];

    // In an Arabic nasab the word after "bin" names the father: "Ahmad bin Hasan" is not "Hasan bin Ahmad".
    // "Ben" opening a name is a given name ("Ben Netanyahu"), so it counts only inside one.
    private static readonly HashSet<string> SonOf = ["bin", "ibn", "bn", "bint", "binti"];

    /// <summary>An analyser over the shipped vocabulary.</summary>
    public static NameAnalyser Default { get; } = new(NameVocabulary.Default);

    /// <summary>Analyses <paramref name="name"/> as a name of <paramref name="kind"/>.</summary>
    public AnalysedName Analyse(string name, NameKind kind)
    {
        var syllabic = NameFolding.IsSyllabic(name);
        var abjad = NameFolding.IsAbjad(name);
        var words = NameFolding.Words(name);
        var start = SkipPrefixes(words, kind);
        var (end, legalForm) = SetAsideLegalForms(words, ref start, kind);

        var parts = new List<NamePart>(end - start);
        var phraseParts = new List<NamePart>(end - start);
        var numbers = new List<string>();
        var romanNumerals = kind is NameKind.Organisation or NameKind.Craft || legalForm is not null;
        var usesPhrase = false;
        for (var i = start; i < end;)
        {
            // A Roman numeral follows a name ("Fund VII"); as the first word "X" or "V" is a name.
            var numberLength = NumberWords.TryReadAt(words, i, romanNumerals && i > start, out var digits);
            if (numberLength > 0)
            {
                numbers.Add(digits);
                i += numberLength;
                continue;
            }

            var patronymic = kind != NameKind.Organisation && i > start
                && (SonOf.Contains(words[i - 1]) || (words[i - 1] == "ben" && i - 1 > start));
            var part = Part(words[i], vocabulary.Symbols.TryGet(words[i], out var own) ? own : [], syllabic, patronymic) with
            {
                InObjectName = kind is NameKind.Craft or NameKind.Organisation || legalForm is not null,
                FromAbjad = abjad,
            };
            parts.Add(part);
            if (vocabulary.Symbols.TryMatchAt(words, i, out var symbolLength, out var symbols) && symbolLength > 1 && i + symbolLength <= end)
            {
                // A phrase the vocabulary knows in other languages ("instrument making" =
                // "priborostroitelnyy") is also compared as one word, in a second reading.
                phraseParts.Add(Part(string.Concat(words.AsSpan(i, symbolLength)), symbols, syllabic, patronymic));
                for (var k = 1; k < symbolLength; k++)
                {
                    parts.Add(Part(words[i + k], vocabulary.Symbols.TryGet(words[i + k], out var next) ? next : [], syllabic, false));
                }

                usesPhrase = true;
                i += symbolLength;
                continue;
            }

            phraseParts.Add(part);
            i++;
        }

        if (parts.Count == 0 && numbers.Count == 0)
        {
            // A name made only of a legal form or a prefix ("The Company") still has to compare.
            parts.AddRange(words.Select(w => Part(w, [], syllabic, false)));
        }

        numbers.Sort(StringComparer.Ordinal);
        var compact = string.Concat(words.Skip(start).Select(Spelling.Canonical));
        return new AnalysedName(name, kind, WithJoined(parts), legalForm, [.. numbers], compact)
        {
            PhraseParts = usesPhrase ? WithJoined(phraseParts) : null,
        };
    }

    private static NamePart[] WithJoined(List<NamePart> parts)
    {
        var result = new NamePart[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            if (i + 1 < parts.Count)
            {
                var joined = Spelling.Canonical(NameFolding.Romanise(parts[i].Text) + NameFolding.Romanise(parts[i + 1].Text));
                result[i] = parts[i] with { JoinedWithNext = joined, JoinedSkeleton = Spelling.Skeleton(joined) };
            }
            else
            {
                result[i] = parts[i];
            }
        }

        return result;
    }

    private NamePart Part(string word, string[] symbols, bool syllabic, bool patronymic)
    {
        var canonical = Spelling.Canonical(NameFolding.Romanise(word));
        var weight = canonical.Length == 1 ? 1.0
            : Particles.Contains(word) ? 0.7
            : Math.Min(canonical.Length, 9);
        return new NamePart(word, canonical, Spelling.Skeleton(canonical), weight, symbols, syllabic)
        {
            Patronymic = patronymic,
            Place = vocabulary.Places.Contains(word),
        };
    }

    // Legal forms stand at the start ("OOO Romashka", "JSC …") or the end ("… GmbH", "… Ltd");
    // in the middle a word such as "II" is part of the name, not "individual enterprise".
    private (int End, string? LegalForm) SetAsideLegalForms(string[] words, ref int start, NameKind kind)
    {
        var end = words.Length;
        string? legalForm = null;
        if (kind == NameKind.Person)
        {
            return (end, null);
        }

        while (start < end - 1 && vocabulary.LegalForms.TryMatchAt(words, start, out var length, out var form) && start + length < end)
        {
            legalForm ??= form;
            start += length;
        }

        var shortened = true;
        while (shortened && end - start > 1)
        {
            shortened = false;
            for (var length = Math.Min(vocabulary.LegalForms.MaxWords, end - start - 1); length >= 1; length--)
            {
                if (vocabulary.LegalForms.TryGet(string.Join(' ', words, end - length, length), out var form)
                    && !(length == 1 && IsRomanNumeral(words[end - 1], kind)))
                {
                    legalForm ??= form;
                    end -= length;
                    shortened = true;
                    break;
                }
            }
        }

        return (end, legalForm);
    }

    private static bool IsRomanNumeral(string word, NameKind kind) =>
        kind is NameKind.Organisation or NameKind.Craft && NumberWords.TryRead(word, romanNumerals: true, out _) && !char.IsAsciiDigit(word[0]);

    private int SkipPrefixes(string[] words, NameKind kind)
    {
        var start = 0;
        while (start < words.Length - 1)
        {
            var length = 0;
            var matched = kind switch
            {
                NameKind.Person => vocabulary.PersonPrefixes.TryMatchAt(words, start, out length, out _),
                NameKind.Organisation => vocabulary.OrganisationPrefixes.TryMatchAt(words, start, out length, out _),
                NameKind.Craft => vocabulary.ObjectPrefixes.TryMatchAt(words, start, out length, out _),
                _ => vocabulary.PersonPrefixes.TryMatchAt(words, start, out length, out _)
                    || vocabulary.OrganisationPrefixes.TryMatchAt(words, start, out length, out _),
            };
            if (!matched || start + length >= words.Length)
            {
                break;
            }

            start += length;
        }

        return start;
    }
}
