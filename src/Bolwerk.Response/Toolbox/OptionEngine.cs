using Bolwerk.Grading;
using Bolwerk.Response.Cases;

namespace Bolwerk.Response.Toolbox;

/// <summary>An option as it stands for a case: available or not, why it applies, and what is missing.</summary>
/// <param name="Option">The toolbox option.</param>
/// <param name="Available">Every prerequisite is met.</param>
/// <param name="Reasons">Why it applies ("attribution to … is highly likely (80–90 %)").</param>
/// <param name="Missing">What keeps it back ("confidence is 'likely'; it needs 'highly likely'").</param>
public sealed record OptionAssessment(ResponseOption Option, bool Available, IReadOnlyList<string> Reasons, IReadOnlyList<string> Missing);

/// <summary>
/// Lists the toolbox's options for a case as a graduated ladder: for each option whether its
/// prerequisites are met (incident type, attribution confidence, releasable and adequately graded
/// evidence, kind of actor) and, if not, exactly what is missing — so the coordinator sees what
/// can be done now and what would unlock more. It decides nothing.
/// </summary>
public static class OptionEngine
{
    /// <summary>Every option of <paramref name="catalogue"/> assessed for <paramref name="caseFile"/>, lowest escalation level first.</summary>
    public static IReadOnlyList<OptionAssessment> Assess(CaseFile caseFile, ResponseCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        ArgumentNullException.ThrowIfNull(catalogue);
        return [.. catalogue.Options.Select((o, i) => (Assessment: Assess(caseFile, o), Order: i))
            .OrderBy(x => x.Assessment.Option.Level).ThenBy(x => x.Order).Select(x => x.Assessment)];
    }

    /// <summary>One option assessed for a case.</summary>
    public static OptionAssessment Assess(CaseFile caseFile, ResponseOption option)
    {
        ArgumentNullException.ThrowIfNull(caseFile);
        ArgumentNullException.ThrowIfNull(option);
        var reasons = new List<string>();
        var missing = new List<string>();
        var attribution = caseFile.CurrentAttribution;

        if (option.IncidentTypes.Count > 0)
        {
            if (option.IncidentTypes.Contains(caseFile.Type))
            {
                reasons.Add($"applies to {caseFile.Type.Name()} incidents");
            }
            else
            {
                missing.Add($"applies to {string.Join(", ", option.IncidentTypes.Select(t => t.Name()))} incidents, not {caseFile.Type.Name()}");
            }
        }

        if (option.AttributionNeeded is { } needed)
        {
            if (attribution is null)
            {
                missing.Add($"no attribution stated; it needs '{needed.Describe()}' or more");
            }
            else if (attribution.Confidence < needed)
            {
                missing.Add($"confidence is '{attribution.Confidence.Describe()}'; it needs '{needed.Describe()}'");
            }
            else
            {
                reasons.Add($"attribution to {attribution.Actor} is {attribution.Confidence.Describe()}, at least {needed.Words()}");
            }
        }

        if (option.Targets.Count > 0)
        {
            if (attribution is not null && option.Targets.Contains(attribution.ActorKind))
            {
                reasons.Add($"the actor is a {attribution.ActorKind.ToString().ToLowerInvariant()}");
            }
            else
            {
                missing.Add($"it targets a {string.Join(" or ", option.Targets.Select(t => t.ToString().ToLowerInvariant()))}; the case attributes to {(attribution is null ? "nobody yet" : "a " + attribution.ActorKind.ToString().ToLowerInvariant())}");
            }
        }

        Evidence(caseFile, option, attribution, reasons, missing);
        if (reasons.Count == 0 && missing.Count == 0)
        {
            reasons.Add("no prerequisites");
        }

        return new OptionAssessment(option, missing.Count == 0, reasons, missing);
    }

    private static void Evidence(CaseFile caseFile, ResponseOption option, Attribution? attribution, List<string> reasons, List<string> missing)
    {
        var releasable = caseFile.Evidence.Where(e => e.Releasable && e.WellGraded).ToList();
        switch (option.EvidenceNeeded)
        {
            case EvidenceNeed.Any when caseFile.Evidence.Count == 0:
                missing.Add("the case holds no evidence");
                break;
            case EvidenceNeed.Any:
                reasons.Add($"{caseFile.Evidence.Count} evidence item(s) to hand over");
                break;
            case EvidenceNeed.Releasable or EvidenceNeed.Listing:
                if (releasable.Count == 0)
                {
                    missing.Add("no evidence may be released and is graded A–C/1–3; public use needs releasable, adequately graded evidence");
                }
                else
                {
                    reasons.Add($"releasable, adequately graded evidence: {string.Join(", ", releasable.Select(e => $"{e.Id} ({e.Grade})"))}");
                }

                if (attribution is not null && !attribution.Declassifiable)
                {
                    missing.Add("the attribution's evidence is not declassifiable");
                }

                if (option.EvidenceNeeded == EvidenceNeed.Listing)
                {
                    if (attribution is { ActorKind: ActorKind.State })
                    {
                        missing.Add("a listing targets persons, entities or assets, not a state: attribute to the responsible person, company, group or vessel");
                    }
                    else if (attribution is not null)
                    {
                        reasons.Add($"a {attribution.ActorKind.ToString().ToLowerInvariant()} can be listed; prepare the dossier with `bolwerk sanctions dossier`");
                    }
                }

                break;
        }
    }
}
