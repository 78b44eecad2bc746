using Bolwerk.Information.Coordination;
using Bolwerk.Information.Text;

namespace Bolwerk.Information.Tests;

public sealed class TextTests
{
    [Theory]
    [InlineData("https://www.Example.com/a/b/?utm_source=tw&id=7#top", "example.com/a/b?id=7")]
    [InlineData("http://example.com/a/b?id=7&fbclid=XYZ", "example.com/a/b?id=7")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?si=abc", "youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://m.facebook.com/story.php?story_fbid=1", "facebook.com/story.php?story_fbid=1")]
    [InlineData("https://x.com/someone/status/1", "twitter.com/someone/status/1")]
    [InlineData("https://EXAMPLE.com", "example.com")]
    [InlineData("https://example.com/?s=search+term", "example.com?s=search+term")] // a search parameter is content, not tracking
    [InlineData("url:23678", "url:23678")]
    [InlineData("not a url", "not a url")]
    public void Links_are_canonicalised_offline(string url, string canonical) => UrlCanonicaliser.Canonicalise(url).ShouldBe(canonical);

    [Fact]
    public void Text_is_folded_to_what_people_read()
    {
        TextNormaliser.Normalise("ＢＯＬＷＥＲＫ  Rocks \U0001F525 @someone https://t.co/x").ShouldBe("bolwerk rocks");
        TextNormaliser.Tokens("Dit is, echt waar: #desinformatie! 🚨").ShouldBe(["dit", "is", "echt", "waar", "#desinformatie"]);
        TextNormaliser.Tokens("𝐁𝐨𝐥𝐝 letters").ShouldBe(["bold", "letters"]); // mathematical bold, folded as NFKC does
        CompatibilityFolding.Fold("ⓝⓔⓦⓢ 🅽🅴🆆🆂 𝟐𝟎𝟐𝟔 x² ﬁle").ShouldBe("news NEWS 2026 x2 file");
        CompatibilityFolding.Fold("🅿🆅").ShouldBe("PV"); // negative squared P, V
    }

    [Fact]
    public void Co_text_pairs_paraphrases_of_different_accounts_inside_the_window_only()
    {
        const string text = "the minister lied about the gas deal and the press covered it up again today";
        CoTextDetector.TextPost Post(int account, int content, int seconds, string t) => new(account, content, seconds * 1000L, t);
        var posts = new[]
        {
            Post(1, 1, 0, text),
            Post(2, 2, 20, "@x THE minister lied about the gas deal and press covered it up again today 🔥"), // same words but one
            Post(3, 3, 200, text), // outside the 60 s window of both
            Post(1, 4, 30, text), // the same account again: no pair with itself
            Post(4, 5, 40, "completely different words about football and the weather in the north"),
        };

        var pairs = CoTextDetector.Pairs(posts, new CoTextOptions { Window = TimeSpan.FromSeconds(60) });

        pairs.Select(p => (p.First.Content, p.Second.Content)).Order().ShouldBe([(1, 2), (2, 4)]);
        pairs.ShouldAllBe(p => p.First.TimeMs <= p.Second.TimeMs);
    }
}
