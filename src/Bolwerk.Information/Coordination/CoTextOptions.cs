namespace Bolwerk.Information.Coordination;

/// <summary>How near-duplicate texts are found.</summary>
public sealed record CoTextOptions
{
    /// <summary>Two posts pair when |Δt| ≤ this.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Similarity of the word sets at or above which two texts are copies.</summary>
    public double Similarity { get; init; } = 0.8;

    /// <summary>
    /// How word sets are compared. Dice (2|A∩B| ÷ (|A|+|B|), the default) tolerates the edits of a
    /// paraphrase better: two copies that each drop one word and add another of a 16-word text have
    /// Jaccard 0.78 but Dice 0.88 (docs/fimi.md measures both). Jaccard is what the QUT toolkit
    /// (0.8 CLI, 0.9 library) and CooRTweet (0.8) use; Dice d equals Jaccard d ÷ (2 − d).
    /// </summary>
    public SimilarityMeasure Measure { get; init; } = SimilarityMeasure.Dice;

    /// <summary>Texts with fewer distinct words are never compared: short texts match by chance (QUT's min document size).</summary>
    public int MinTokens { get; init; } = 5;

    /// <summary>
    /// MinHash bands × rows: 24 × 3 hashes make a pair with Jaccard 0.67 (Dice 0.8) a candidate with
    /// probability 0.9992 and one with Jaccard 0.8 with 1 − 10⁻¹¹; a pair with Jaccard 0.3 with 0.48
    /// (candidates are then compared exactly, so this costs time, not precision).
    /// </summary>
    public int Bands { get; init; } = 24;

    /// <summary>Rows per band.</summary>
    public int Rows { get; init; } = 3;
}

/// <summary>Set similarity of two word sets.</summary>
public enum SimilarityMeasure
{
    /// <summary>Sørensen–Dice: 2|A∩B| ÷ (|A| + |B|).</summary>
    Dice,

    /// <summary>Jaccard: |A∩B| ÷ |A∪B|.</summary>
    Jaccard,
}
