using System.Globalization;
using System.Text;
using Bolwerk.Response.Cases;

namespace Bolwerk.Response.Sharing;

/// <summary>
/// A listing proposal drafted from a case, in the YAML that `bolwerk sanctions dossier` reads: the
/// attributed actor as subject, one ground (the criterion the officer names) with the case's
/// evidence as facts, and the evidence with its grades; releasable evidence may be used in public.
/// The officer edits it (wording, subject's list id, further grounds) before building the dossier.
/// </summary>
public static class ListingProposalDraft
{
    /// <summary>The draft YAML for <paramref name="caseFile"/> under <paramref name="regime"/> and <paramref name="criterion"/>.</summary>
    public static string Yaml(CaseFile caseFile, string regime, string criterion, string proposedBy, DateOnly date, string? subjectEntityId)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        var attribution = caseFile.CurrentAttribution
            ?? throw new CaseRuleException($"case {caseFile.Id} attributes to nobody: a listing needs a subject");
        if (attribution.ActorKind == ActorKind.State)
        {
            throw new CaseRuleException($"case {caseFile.Id} attributes to a state ({attribution.Actor}): a listing targets persons, entities or assets");
        }

        if (caseFile.Evidence.Count == 0)
        {
            throw new CaseRuleException($"case {caseFile.Id} holds no evidence to cite");
        }

        var schema = attribution.ActorKind switch { ActorKind.Person => "Person", ActorKind.Vessel => "Vessel", ActorKind.Company => "Company", _ => "Organization" };
        var y = new StringBuilder();
        var ci = CultureInfo.InvariantCulture;
        y.AppendLine(ci, $"# Drafted from {caseFile.Id} ({caseFile.Title}); edit before `bolwerk sanctions dossier`.");
        y.AppendLine(ci, $"regime: {regime}");
        y.AppendLine(ci, $"proposedBy: {Quote(proposedBy)}");
        y.AppendLine(ci, $"date: {date:yyyy-MM-dd}");
        y.AppendLine("subject:");
        if (subjectEntityId is not null)
        {
            y.AppendLine(ci, $"  entity: {Quote(subjectEntityId)}");
        }

        y.AppendLine(ci, $"  name: {Quote(attribution.Actor)}");
        y.AppendLine(ci, $"  schema: {schema}");
        y.AppendLine("grounds:");
        y.AppendLine(ci, $"  - criterion: {criterion}");
        y.AppendLine("    facts:");
        foreach (var e in caseFile.Evidence)
        {
            y.AppendLine(ci, $"      - text: {Quote(e.Summary)}");
            y.AppendLine(ci, $"        evidence: [{e.Id}]");
        }

        y.AppendLine("evidence:");
        foreach (var e in caseFile.Evidence)
        {
            y.AppendLine(ci, $"  - id: {e.Id}");
            y.AppendLine(ci, $"    title: {Quote($"{e.Source.ToString().ToLowerInvariant()}: {e.Reference}")}");
            y.AppendLine(ci, $"    source: {Quote($"{caseFile.Id} evidence {e.Id} ({e.Tlp.ToString()})")}");
            y.AppendLine(ci, $"    grade: {e.Grade}");
            y.AppendLine(ci, $"    date: {e.Custody[0].At:yyyy-MM-dd}");
            y.AppendLine(ci, $"    reference: {Quote(e.Sha256 is null ? e.Reference : $"{e.Reference} sha256 {e.Sha256}")}");
            y.AppendLine(ci, $"    publicUse: {(e.Releasable ? "true" : "false")}");
        }

        return y.ToString();
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
