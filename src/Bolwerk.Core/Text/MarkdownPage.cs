using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;

namespace Bolwerk.Text;

/// <summary>
/// Turns the small Markdown subset Bolwerk's reports are written in (headings, pipe tables, list
/// items, block quotes, fenced code, **strong**, *emphasis*, `code`) into one self-contained HTML
/// page: everything encoded, no scripts, no external resources, printable. Not a general Markdown
/// renderer: the reports are generated, so their shapes are known.
/// </summary>
public static partial class MarkdownPage
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:64rem;margin:2rem auto;line-height:1.45;color:#1b1b1b}table{border-collapse:collapse}"
        + "td,th{border:1px solid #999;padding:.25rem .5rem;vertical-align:top}figure{margin:1rem 0}figcaption{font-size:.85rem;color:#555}th{background:#eee}pre{background:#f4f4f4;padding:.75rem;overflow-x:auto}"
        + "blockquote{border-left:4px solid #999;margin:0;padding-left:1rem}";

    /// <summary>The page for <paramref name="markdown"/>, titled <paramref name="title"/>.</summary>
    public static string ToHtml(string markdown, string title) => ToHtml(markdown, title, null);

    /// <summary>
    /// The page for <paramref name="markdown"/>, with each image line <c>![caption](src)</c> whose
    /// src is a key of <paramref name="figures"/> replaced by that markup inline (a chart drawn by
    /// Bolwerk itself — never text from the document, which is always encoded).
    /// </summary>
    public static string ToHtml(string markdown, string title, IReadOnlyDictionary<string, string>? figures)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var html = HtmlEncoder.Default;
        var body = new StringBuilder();
        var inCode = false;
        var inTable = false;
        void CloseTable()
        {
            if (inTable)
            {
                body.Append("</table>\n");
                inTable = false;
            }
        }

        foreach (var line in markdown.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (line.StartsWith("```", StringComparison.Ordinal))
            {
                body.Append(inCode ? "</pre>\n" : "<pre>");
                inCode = !inCode;
                continue;
            }

            if (inCode)
            {
                body.Append(html.Encode(line)).Append('\n');
                continue;
            }

            if (figures is not null && FigureLine().Match(line) is { Success: true } figure && figures.TryGetValue(figure.Groups[2].Value, out var markup))
            {
                CloseTable();
                body.Append("<figure>").Append(markup).Append("<figcaption>").Append(Inline(html, figure.Groups[1].Value)).Append("</figcaption></figure>\n");
                continue;
            }

            if (line.StartsWith('|'))
            {
                if (line.StartsWith("|---", StringComparison.Ordinal))
                {
                    continue;
                }

                var cells = line.Trim('|').Split(" | ").Select(cell => Inline(html, cell.Trim()));
                body.Append(inTable ? "<tr><td>" + string.Join("</td><td>", cells) + "</td></tr>\n" : "<table><tr><th>" + string.Join("</th><th>", cells) + "</th></tr>\n");
                inTable = true;
                continue;
            }

            CloseTable();
            body.Append(line switch
            {
                "" => string.Empty,
                _ when line.StartsWith("### ", StringComparison.Ordinal) => $"<h3>{Inline(html, line[4..])}</h3>\n",
                _ when line.StartsWith("## ", StringComparison.Ordinal) => $"<h2>{Inline(html, line[3..])}</h2>\n",
                _ when line.StartsWith("# ", StringComparison.Ordinal) => $"<h1>{Inline(html, line[2..])}</h1>\n",
                _ when line.StartsWith("> ", StringComparison.Ordinal) => $"<blockquote>{Inline(html, line[2..])}</blockquote>\n",
                _ when line.StartsWith("- ", StringComparison.Ordinal) => $"<ul><li>{Inline(html, line[2..])}</li></ul>\n",
                _ => $"<p>{Inline(html, line)}</p>\n",
            });
        }

        CloseTable();
        return $"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.Encode(title)}</title><style>{Style}</style></head><body>\n{body}</body></html>\n";
    }

    /// <summary>A table cell's text with the Markdown table separator escaped.</summary>
    public static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Inline(HtmlEncoder html, string text)
    {
        var encoded = html.Encode(text.Replace("\\|", "|", StringComparison.Ordinal));
        encoded = Strong().Replace(encoded, "<strong>$1</strong>");
        encoded = Emphasis().Replace(encoded, "<em>$1</em>");
        return Code().Replace(encoded, "<code>$1</code>");
    }

    [GeneratedRegex(@"^!\[([^\]]*)\]\(([^)\s]+)\)$")]
    private static partial Regex FigureLine();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Strong();

    [GeneratedRegex(@"\*(.+?)\*")]
    private static partial Regex Emphasis();

    [GeneratedRegex("`(.+?)`")]
    private static partial Regex Code();
}
