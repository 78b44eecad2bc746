namespace Bolwerk.Information.Simulation;

/// <summary>The shape of a synthetic corpus: organic background and planted coordinated groups.</summary>
public sealed record SimulationOptions
{
    /// <summary>Organic posts.</summary>
    public int OrganicPosts { get; init; } = 100_000;

    /// <summary>Organic accounts.</summary>
    public int OrganicAccounts { get; init; } = 10_000;

    /// <summary>Planted groups per signal (co-share, co-link, co-reply, co-text).</summary>
    public int GroupsPerKind { get; init; } = 10;

    /// <summary>Accounts per planted group (inclusive range).</summary>
    public (int Min, int Max) GroupSize { get; init; } = (5, 12);

    /// <summary>Coordinated actions per group.</summary>
    public (int Min, int Max) Events { get; init; } = (4, 8);

    /// <summary>A member acts within this many seconds after the group's event time.</summary>
    public int JitterSeconds { get; init; } = 30;

    /// <summary>The chance a member joins a given event.</summary>
    public double Participation { get; init; } = 0.85;

    /// <summary>Length of the collection period, days.</summary>
    public int Days { get; init; } = 7;

    /// <summary>Random seed: the same seed gives the same corpus.</summary>
    public int Seed { get; init; } = 20261129;
}
