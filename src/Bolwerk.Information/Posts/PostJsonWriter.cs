using System.Text.Json;

namespace Bolwerk.Information.Posts;

/// <summary>Writes posts in Bolwerk's native JSON-lines shape (read back by <see cref="PostReader"/>).</summary>
public static class PostJsonWriter
{
    /// <summary>One JSON object per post.</summary>
    public static void Write(TextWriter writer, IEnumerable<Post> posts)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(posts);
        foreach (var p in posts)
        {
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                id = p.Id, platform = p.Platform, account = p.Account, time = p.Time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
                text = p.Text, urls = p.Urls, sharedId = p.SharedId, replyTo = p.ReplyTo, lang = p.Lang,
            }));
        }
    }
}
