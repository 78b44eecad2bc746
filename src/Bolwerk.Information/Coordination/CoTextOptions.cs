namespace Bolwerk.Information.Coordination;

/// <summary>How near-duplicate texts are found.</summary>
public sealed record CoTextOptions
{
    /// <summary>Two posts pair when |Δt| ≤ this.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Jaccard similarity of the word sets at or above which two texts are copies (QUT CLI 0.8, library 0.9).</summary>
    public double Similarity { get; init; } = 0.8;

    /// <summary>Texts with fewer distinct words are never compared: short texts match by chance (QUT's min document size).</summary>
    public int MinTokens { get; init; } = 5;

    /// <summary>MinHash bands × rows: 16 × 4 hashes make a pair with Jaccard 0.8 a candidate with probability 0.9998, one of 0.3 with 0.12.</summary>
    public int Bands { get; init; } = 16;

    /// <summary>Rows per band.</summary>
    public int Rows { get; init; } = 4;
}
