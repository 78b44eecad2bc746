using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Bolwerk.Grading;
using Bolwerk.Marking;
using Bolwerk.Response.Cases;
using Bolwerk.Response.Toolbox;

namespace Bolwerk.Response.Reports;

/// <summary>
/// The case report, for the coordinator (everything) or for a partner (nothing marked above the
/// partner's TLP ceiling: such evidence and notes are left out and the report says how many). A
/// case whose own marking is above the ceiling cannot be reported to that partner at all.
/// </summary>
public static class CaseReport
{
    /// <summary>The report in Markdown. <paramref name="ceiling"/> null: the coordinator's full report.</summary>
    public static string Markdown(CaseFile caseFile, IReadOnlyList<OptionAssessment> options, Tlp? ceiling)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        ArgumentNullException.ThrowIfNull(options);
        var c = caseFile;
        if (ceiling is { } limit && c.Tlp > limit)
        {
            throw new CaseRuleException($"case {c.Id} is marked {c.Tlp.ToLabel()}: it cannot be reported to a recipient at {limit.ToLabel()}");
        }

        var evidence = c.Evidence.Where(e => ceiling is null || e.Tlp <= ceiling).ToList();
        var notes = c.Notes.Where(n => ceiling is null || n.Tlp <= ceiling).ToList();
        var withheld = c.Evidence.Count - evidence.Count + (c.Notes.Count - notes.Count);
        var marking = new[] { c.Tlp }.Concat(evidence.Select(e => e.Tlp)).Concat(notes.Select(n => n.Tlp)).Max();
        var ci = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(ci, $"**{marking.ToLabel()}**");
        text.AppendLine();
        text.AppendLine(ci, $"# Case {c.Id}: {c.Title}");
        text.AppendLine();
        text.AppendLine(ceiling is { } to
            ? $"Report for a recipient at {to.ToLabel()}: {withheld} item(s) marked above {to.ToLabel()} are left out."
            : "Full report for the coordinator.");
        text.AppendLine();
        text.AppendLine("| | |");
        text.AppendLine("|---|---|");
        text.AppendLine(ci, $"| incident | {c.Type.Name()} ({c.Domain}) |");
        text.AppendLine(ci, $"| state | {c.State.Name()} |");
        text.AppendLine(ci, $"| occurred | {(c.OccurredAt is { } at ? at.ToString("yyyy-MM-dd HH:mm 'UTC'", ci) : "unknown")} |");
        text.AppendLine(ci, $"| place | {c.Place ?? "-"} |");
        text.AppendLine(ci, $"| affected | {string.Join(", ", c.AffectedAssets.Concat(c.Sectors))} |");
        text.AppendLine(ci, $"| owner | {c.OwnerOrganisation} |");
        text.AppendLine();
        text.AppendLine("## Evidence");
        text.AppendLine();
        text.AppendLine("| id | source | what it shows | grade | marking | releasable | SHA-256 | custody |");
        text.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var e in evidence)
        {
            text.AppendLine(ci, $"| {e.Id} | {e.Source.ToString().ToLowerInvariant()}: {Cell(e.Reference)} | {Cell(e.Summary)} | {e.Grade} | {e.Tlp.ToLabel()} | {(e.Releasable ? "yes" : "no")} | {e.Sha256 ?? "-"} | {string.Join("; ", e.Custody.Select(s => $"{s.At:yyyy-MM-dd} {s.By} {s.Action}"))} |");
        }

        text.AppendLine();
        text.AppendLine("## Attribution");
        text.AppendLine();
        if (c.Attributions.Count == 0)
        {
            text.AppendLine("None stated.");
        }

        foreach (var a in c.Attributions)
        {
            text.AppendLine(ci, $"- {a.At:yyyy-MM-dd} by {a.By}: **{a.Describe()}**. Basis: {a.Basis}{(a.Dissent is null ? string.Empty : ". Dissent: " + a.Dissent)}. Evidence {(a.Declassifiable ? "can" : "cannot")} be declassified.");
        }

        text.AppendLine();
        text.AppendLine("## Response options");
        text.AppendLine();
        text.AppendLine("| level | option | decided by (rule) | available | why / what is missing |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var o in options)
        {
            text.AppendLine(ci, $"| {o.Option.Level} | {Cell(o.Option.Name)} | {Cell(o.Option.DecisionMaker)} ({o.Option.DecisionRule}) | {(o.Available ? "yes" : "no")} | {Cell(string.Join("; ", o.Available ? o.Reasons : o.Missing))} |");
        }

        text.AppendLine();
        text.AppendLine("## Decisions");
        text.AppendLine();
        if (c.Decisions.Count == 0)
        {
            text.AppendLine("None yet. The tool decides nothing.");
        }

        foreach (var d in c.Decisions)
        {
            text.AppendLine(ci, $"- {d.At:yyyy-MM-dd}: **{d.OptionId}**, decided by {d.Decider}: {d.Rationale}. Partners: {(d.Partners.Count == 0 ? "none" : string.Join(", ", d.Partners))}. Follow-up: {d.FollowUp ?? "-"}. Review: {d.ReviewOn ?? "-"}.{(d.PrerequisitesMissing.Count == 0 ? string.Empty : " Prerequisites missing when decided: " + string.Join("; ", d.PrerequisitesMissing) + ".")}");
        }

        if (notes.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("## Notes");
            text.AppendLine();
            foreach (var n in notes)
            {
                text.AppendLine(ci, $"- {n.At:yyyy-MM-dd} {n.By} ({n.Tlp.ToLabel()}): {n.Text}");
            }
        }

        text.AppendLine();
        text.AppendLine("## History");
        text.AppendLine();
        foreach (var m in c.Events.OfType<CaseMoved>())
        {
            text.AppendLine(ci, $"- {m.At:yyyy-MM-dd HH:mm} {m.By}: {m.From.Name()} → {m.To.Name()}{(m.Reason is null ? string.Empty : " (" + m.Reason + ")")}");
        }

        return text.ToString();
    }

    /// <summary>The report as one self-contained HTML page.</summary>
    public static string Html(CaseFile caseFile, IReadOnlyList<OptionAssessment> options, Tlp? ceiling)
    {
        var html = HtmlEncoder.Default;
        var body = new StringBuilder();
        var inTable = false;
        foreach (var line in Markdown(caseFile, options, ceiling).Split('\n').Select(l => l.TrimEnd('\r')))
        {
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

            if (inTable)
            {
                body.Append("</table>\n");
                inTable = false;
            }

            body.Append(line switch
            {
                "" => string.Empty,
                _ when line.StartsWith("## ", StringComparison.Ordinal) => $"<h2>{Inline(html, line[3..])}</h2>\n",
                _ when line.StartsWith("# ", StringComparison.Ordinal) => $"<h1>{Inline(html, line[2..])}</h1>\n",
                _ when line.StartsWith("- ", StringComparison.Ordinal) => $"<ul><li>{Inline(html, line[2..])}</li></ul>\n",
                _ => $"<p>{Inline(html, line)}</p>\n",
            });
        }

        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + html.Encode($"Case {caseFile.Id}") + "</title>"
            + "<style>body{font-family:system-ui,sans-serif;max-width:64rem;margin:2rem auto;line-height:1.45}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.25rem .5rem;vertical-align:top}th{background:#eee}</style>"
            + "</head><body>\n" + body + "</body></html>\n";
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Inline(HtmlEncoder html, string text)
    {
        var encoded = html.Encode(text.Replace("\\|", "|", StringComparison.Ordinal));
        return System.Text.RegularExpressions.Regex.Replace(encoded, @"\*\*(.+?)\*\*", "<strong>$1</strong>");
    }
}
