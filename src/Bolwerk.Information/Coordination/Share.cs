namespace Bolwerk.Information.Coordination;

/// <summary>One act of sharing an object: an account's post (content) carrying the object at a time. Ids are interned.</summary>
/// <param name="Account">The account.</param>
/// <param name="Item">What was shared: the reposted post, a canonical URL, the reply target, a text.</param>
/// <param name="Content">The post that shared it.</param>
/// <param name="TimeMs">UTC milliseconds.</param>
public readonly record struct Share(int Account, int Item, int Content, long TimeMs);

/// <summary>Two shares of one object by two posts within the window; <see cref="First"/> is the earlier.</summary>
/// <param name="First">The earlier share.</param>
/// <param name="Second">The later share.</param>
public readonly record struct SharePair(Share First, Share Second)
{
    /// <summary>|Δt| in milliseconds.</summary>
    public long DeltaMs => Second.TimeMs - First.TimeMs;
}
