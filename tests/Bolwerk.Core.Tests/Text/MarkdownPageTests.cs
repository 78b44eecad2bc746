using Bolwerk.Grading;
using Bolwerk.Text;

namespace Bolwerk.Core.Tests.Text;

public sealed class MarkdownPageTests
{
    [Fact]
    public void Report_markdown_becomes_encoded_html_without_scripts()
    {
        var html = MarkdownPage.ToHtml("# Case <1>\n\n| a | b |\n|---|---|\n| x \\| y | **z** |\n\n- item `code`\n\n```\n<script>alert(1)</script>\n```\n> quote <b>", "T <x>");

        html.ShouldStartWith("<!DOCTYPE html>");
        html.ShouldContain("<title>T &lt;x&gt;</title>");
        html.ShouldContain("<h1>Case &lt;1&gt;</h1>");
        html.ShouldContain("<table><tr><th>a</th><th>b</th></tr>\n<tr><td>x | y</td><td><strong>z</strong></td></tr>\n</table>");
        html.ShouldContain("<ul><li>item <code>code</code></li></ul>");
        html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.ShouldNotContain("<script>");
        html.ShouldContain("<blockquote>quote &lt;b&gt;</blockquote>");
    }

    [Theory]
    [InlineData("highly likely", Likelihood.HighlyLikely)]
    [InlineData("Highly-Likely", Likelihood.HighlyLikely)]
    [InlineData("realistic-possibility", Likelihood.RealisticPossibility)]
    public void Yardstick_terms_read_as_words_or_keys(string text, Likelihood expected)
    {
        ProbabilityYardstick.TryParseTerm(text, out var term).ShouldBeTrue();
        term.ShouldBe(expected);
        ProbabilityYardstick.TryParseTerm("pretty sure", out _).ShouldBeFalse();
    }
}
