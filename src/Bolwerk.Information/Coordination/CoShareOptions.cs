namespace Bolwerk.Information.Coordination;

/// <summary>How share pairs are formed. Printed with every result: the peers' documented defaults disagree with their code.</summary>
public sealed record CoShareOptions
{
    /// <summary>Two shares pair when |Δt| ≤ this (inclusive, as both peers).</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Keep pairs of one account with itself (QUT's <c>--loops</c>); CooRTweet's <c>remove_loops</c> is the default.</summary>
    public bool KeepLoops { get; init; }

    /// <summary>
    /// CooRTweet's <c>min_participation</c>: an account needs this many shares before pairing, and
    /// a pair is kept only when one of its accounts has this many shares among the paired ones.
    /// 1 (the default here) filters nothing.
    /// </summary>
    public int MinParticipation { get; init; } = 1;
}
