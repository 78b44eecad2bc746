namespace Bolwerk.Sanctions.Matching;

/// <summary>
/// Scores a query name against a listed name in [0, 1]. Word order is free: words are paired
/// greedily, best similarity first (<see cref="PartSimilarity"/>), words written together on one
/// side may pair with two on the other ("FridrichBuchenberg"), and the score is the weighted mean
/// similarity of the pairs with unpaired words counted against it — query words heavily, listed
/// words lightly, because lists carry full names and queries often less. Differing numbers
/// multiply the score down: numbered companies and ships are different ones.
/// </summary>
public sealed class NameComparer(MatchOptions options)
{
    private const int StackCells = 256;

    private static readonly System.Buffers.SearchValues<char> Vowels = System.Buffers.SearchValues.Create("aeiouy");

    // Words run together must otherwise agree closely: "FridrichBuchenberg", not "Alex Anderson" for "Aleksander".
    private const double WrittenTogetherSimilarity = 0.95;

    /// <summary>The score alone, without building the explanation (the screening hot path).</summary>
    public double Score(AnalysedName query, AnalysedName candidate) => Compare(query, candidate, null);

    /// <summary>The score with the pairing behind it.</summary>
    public NameComparison Explain(AnalysedName query, AnalysedName candidate)
    {
        var details = new Details();
        var score = Compare(query, candidate, details);
        return new NameComparison(score, query.Original, candidate.Original, details.Method, details.Pairs,
            details.UnpairedQuery, details.UnpairedCandidate, details.NumbersDiffer);
    }

    private double Compare(AnalysedName query, AnalysedName candidate, Details? details)
    {
        var numbersDiffer = !query.Numbers.AsSpan().SequenceEqual(candidate.Numbers);
        double score;
        if (query.Key.Length > 0 && query.Key == candidate.Key)
        {
            score = 1.0;
            details?.SetMethod("same words");
        }
        else if (!numbersDiffer && query.Compact.Length > 0 && query.Compact == candidate.Compact)
        {
            score = 0.98;
            details?.SetMethod("same letters, spaced differently");
        }
        else
        {
            score = Align(query.Parts, candidate.Parts, query.Kind, null);
            if (query.PhraseParts is not null || candidate.PhraseParts is not null)
            {
                var phraseScore = Align(query.PhraseParts ?? query.Parts, candidate.PhraseParts ?? candidate.Parts, query.Kind, null);
                if (phraseScore > score)
                {
                    score = phraseScore;
                    if (details is not null)
                    {
                        Align(query.PhraseParts ?? query.Parts, candidate.PhraseParts ?? candidate.Parts, query.Kind, details);
                    }
                }
                else if (details is not null)
                {
                    Align(query.Parts, candidate.Parts, query.Kind, details);
                }
            }
            else if (details is not null)
            {
                Align(query.Parts, candidate.Parts, query.Kind, details);
            }
        }

        if (query.LegalForm is not null && candidate.LegalForm is not null && query.LegalForm != candidate.LegalForm)
        {
            score *= options.LegalFormMismatchFactor;
            details?.SetMethod(details.Method + $", legal forms differ ({query.LegalForm} vs {candidate.LegalForm})");
        }

        if (numbersDiffer)
        {
            score *= query.Kind == NameKind.Craft ? options.NumberMismatchFactor : options.NumberMismatchFactorOrganisation;
            if (details is not null)
            {
                details.NumbersDiffer = true;
            }
        }

        return score;
    }

    [System.Runtime.CompilerServices.SkipLocalsInit]
    private double Align(NamePart[] query, NamePart[] candidate, NameKind kind, Details? details)
    {
        var n = query.Length;
        var m = candidate.Length;
        if (n == 0 || m == 0)
        {
            details?.Unpaired(query, candidate, new bool[n], new bool[m]);
            return 0.0;
        }

        Span<double> similarity = n * m <= StackCells ? stackalloc double[n * m] : new double[n * m];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                similarity[(i * m) + j] = PartSimilarity.Of(query[i], candidate[j], options);
            }
        }

        Span<bool> queryUsed = n <= 64 ? stackalloc bool[n] : new bool[n];
        Span<bool> candidateUsed = m <= 64 ? stackalloc bool[m] : new bool[m];
        queryUsed.Clear(); // stack memory is not zeroed here (SkipLocalsInit): the matrix is written in full, these are not
        candidateUsed.Clear();
        double paired = 0, pairedWeight = 0;
        var fullPairs = 0;
        while (true)
        {
            var best = -1;
            var bestSimilarity = options.MinimumPairSimilarity;
            for (var cell = 0; cell < similarity.Length; cell++)
            {
                if (similarity[cell] >= bestSimilarity && !queryUsed[cell / m] && !candidateUsed[cell % m]
                    && (best < 0 || similarity[cell] > bestSimilarity))
                {
                    best = cell;
                    bestSimilarity = similarity[cell];
                }
            }

            if (best < 0)
            {
                break;
            }

            var (i, j) = (best / m, best % m);
            queryUsed[i] = candidateUsed[j] = true;
            var weight = (query[i].Weight + candidate[j].Weight) / 2;
            paired += weight * bestSimilarity;
            pairedWeight += weight;
            fullPairs += query[i].IsFullWord && candidate[j].IsFullWord ? 1 : 0;
            details?.Pairs.Add(new PairedWords(query[i].Text, candidate[j].Text, bestSimilarity));
        }

        fullPairs += PairWrittenTogether(query, candidate, queryUsed, candidateUsed, ref paired, ref pairedWeight, details, swap: false);
        fullPairs += PairWrittenTogether(candidate, query, candidateUsed, queryUsed, ref paired, ref pairedWeight, details, swap: true);

        // A country named on one side only of an organisation's name ("Banco Santander Mexico")
        // marks another entity of the group: it counts as a replaced word, not an omitted one.
        var organisation = kind is NameKind.Organisation;
        double unpairedQuery = 0, unpairedCandidate = 0, unpairedPlaces = 0;
        for (var i = 0; i < n; i++)
        {
            if (!queryUsed[i])
            {
                unpairedQuery += query[i].Weight;
                unpairedPlaces += organisation && query[i].Place ? query[i].Weight : 0;
            }
        }

        for (var j = 0; j < m; j++)
        {
            if (!candidateUsed[j])
            {
                unpairedCandidate += candidate[j].Weight;
                unpairedPlaces += organisation && candidate[j].Place ? candidate[j].Weight : 0;
            }
        }

        if (details is not null)
        {
            details.Method = "words paired";
            details.Unpaired(query, candidate, queryUsed.ToArray(), candidateUsed.ToArray());
        }

        // Words left over on both sides replaced one another; left over on one side only, they were omitted.
        var substituted = Math.Min(unpairedQuery, unpairedCandidate);
        var person = kind is NameKind.Person or NameKind.Any;
        var omittedQueryWeight = person ? options.OmittedQueryWordWeight : options.OmittedQueryWordWeightOrganisation;
        var omittedCandidateWeight = person ? options.OmittedCandidateWordWeight : options.OmittedCandidateWordWeightOrganisation;
        if (kind == NameKind.Craft)
        {
            omittedQueryWeight = omittedCandidateWeight = options.OmittedWordWeightVessel;
        }

        var queryWords = FullWords(query);
        var candidateWords = FullWords(candidate);
        if (kind == NameKind.Person && Math.Min(queryWords, candidateWords) == 1 && Math.Max(queryWords, candidateWords) > 1)
        {
            // A one-word name against a longer one: the shared word is likely a common surname or
            // given name; the other words count as fully as replaced ones.
            omittedQueryWeight = omittedCandidateWeight = options.SubstitutedWordWeight;
        }

        var total = pairedWeight
            + (options.SubstitutedWordWeight * Math.Max(2 * substituted, unpairedPlaces))
            + (omittedQueryWeight * (unpairedQuery - substituted))
            + (omittedCandidateWeight * (unpairedCandidate - substituted));
        var score = total <= 0 ? 0.0 : paired / total;
        if (fullPairs == 0 && queryWords + candidateWords > 0)
        {
            // Initials alone ("B R C") never identify a full name.
            score *= 0.5;
        }
        else if (kind == NameKind.Person && fullPairs < 2 && queryWords >= 2 && candidateWords >= 2)
        {
            // Two names of several words each that share one word only (the rest initials or
            // nothing) are two people with a surname in common more often than one person.
            score *= options.SingleSharedWordFactor;
        }

        return score;
    }

    private static int FullWords(NamePart[] parts)
    {
        var count = 0;
        foreach (var part in parts)
        {
            count += part.IsFullWord ? 1 : 0;
        }

        return count;
    }

    // A word left over on one side may be two adjacent left-over words of the other written together, or their initials.
    private int PairWrittenTogether(
        NamePart[] single, NamePart[] split, Span<bool> singleUsed, Span<bool> splitUsed,
        ref double paired, ref double pairedWeight, Details? details, bool swap)
    {
        var pairs = 0;
        for (var i = 0; i < single.Length; i++)
        {
            if (singleUsed[i])
            {
                continue;
            }

            for (var j = 0; j + 1 < split.Length; j++)
            {
                if (splitUsed[j] || splitUsed[j + 1])
                {
                    continue;
                }

                var joined = split[j].JoinedWithNext!;
                var similarity = Math.Abs(joined.Length - single[i].Canonical.Length) > 2
                    ? 0.0
                    : PartSimilarity.Of(single[i], joined, split[j].JoinedSkeleton!, [], split[j].Exact, options);
                if (similarity < WrittenTogetherSimilarity)
                {
                    similarity = 0;
                }

                if (single[i].Text.Length == 2 && single[i].Text.AsSpan().IndexOfAny(Vowels) < 0
                    && single[i].Text[0] == split[j].Text[0] && single[i].Text[1] == split[j + 1].Text[0])
                {
                    // Initials written as one word: "JC" for "Jean-Claude", "US" for "United States".
                    similarity = Math.Max(similarity, options.InitialSimilarity);
                }

                if (similarity <= 0)
                {
                    continue;
                }

                singleUsed[i] = splitUsed[j] = splitUsed[j + 1] = true;
                var weight = (single[i].Weight + split[j].Weight + split[j + 1].Weight) / 2;
                paired += weight * similarity;
                pairedWeight += weight;
                var together = split[j].Text + " " + split[j + 1].Text;
                details?.Pairs.Add(swap
                    ? new PairedWords(together, single[i].Text, similarity)
                    : new PairedWords(single[i].Text, together, similarity));
                pairs++;
                break;
            }
        }

        return pairs;
    }

    private sealed class Details
    {
        public string Method { get; set; } = "words paired";

        public List<PairedWords> Pairs { get; } = [];

        public List<string> UnpairedQuery { get; } = [];

        public List<string> UnpairedCandidate { get; } = [];

        public bool NumbersDiffer { get; set; }

        public void SetMethod(string method) => Method = method;


        public void Unpaired(NamePart[] query, NamePart[] candidate, bool[] queryUsed, bool[] candidateUsed)
        {
            UnpairedQuery.AddRange(query.Where((_, i) => !queryUsed[i]).Select(p => p.Text));
            UnpairedCandidate.AddRange(candidate.Where((_, j) => !candidateUsed[j]).Select(p => p.Text));
        }
    }
}
