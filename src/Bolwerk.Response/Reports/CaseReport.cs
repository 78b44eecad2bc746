using System.Globalization;
using System.Text;
using Bolwerk.Grading;
using Bolwerk.Marking;
using Bolwerk.Response.Cases;
using Bolwerk.Response.Toolbox;
using Bolwerk.Text;
using static Bolwerk.Text.MarkdownPage;

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

        if (c.Techniques.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("## DISARM techniques");
            text.AppendLine();
            foreach (var t in c.Techniques)
            {
                text.AppendLine(ci, $"- {t.Technique}: {(t.Confirmed ? "confirmed" : "rejected")} by {t.By} on {t.At:yyyy-MM-dd}{(t.Source is null ? string.Empty : " (from " + t.Source + ")")}{(t.Note is null ? string.Empty : ". " + t.Note)}");
            }
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
            foreach (var effect in notes.Where(n => n.EffectOf == d.OptionId))
            {
                text.AppendLine(ci, $"- effect of {d.OptionId}, {effect.At:yyyy-MM-dd} ({effect.Tlp.ToLabel()}): {effect.Text}");
            }
        }

        if (notes.Any(n => n.EffectOf is null))
        {
            text.AppendLine();
            text.AppendLine("## Notes");
            text.AppendLine();
            foreach (var n in notes.Where(n => n.EffectOf is null))
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
    public static string Html(CaseFile caseFile, IReadOnlyList<OptionAssessment> options, Tlp? ceiling) =>
        MarkdownPage.ToHtml(Markdown(caseFile, options, ceiling), $"Case {caseFile.Id}");
}
