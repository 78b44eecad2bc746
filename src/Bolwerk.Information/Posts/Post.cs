namespace Bolwerk.Information.Posts;

/// <summary>
/// One collected post in Bolwerk's native shape, whatever format it came in: who posted what and
/// when, what it shared (a repost of <see cref="SharedId"/>), what it replied to, which links it
/// carried. Times are UTC milliseconds since the Unix epoch (source formats carry seconds or
/// fractions of them).
/// </summary>
/// <param name="Id">The post's id on its platform.</param>
/// <param name="Platform">Platform ("twitter", "facebook", …), or empty when the file does not say.</param>
/// <param name="Account">The posting account.</param>
/// <param name="TimeMs">UTC time, milliseconds since 1970-01-01.</param>
/// <param name="Text">The text, as posted (normalised only when compared).</param>
/// <param name="Urls">Links carried by the post, as posted.</param>
/// <param name="SharedId">The post this one reposts (a retweet's original), or null.</param>
/// <param name="ReplyTo">The post this one replies to, or null.</param>
/// <param name="Lang">Language tag, or null.</param>
/// <param name="Source">Where it was read: file and line, for evidence.</param>
public sealed record Post(string Id, string Platform, string Account, long TimeMs, string Text, IReadOnlyList<string> Urls, string? SharedId, string? ReplyTo, string? Lang, string Source)
{
    /// <summary>The time as a UTC instant.</summary>
    public DateTimeOffset Time => DateTimeOffset.FromUnixTimeMilliseconds(TimeMs);
}
