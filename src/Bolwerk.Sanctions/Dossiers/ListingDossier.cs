using Bolwerk.Grading;
using Bolwerk.Sanctions.Model;

namespace Bolwerk.Sanctions.Dossiers;

/// <summary>
/// A listing proposal made whole: the subject's identifying information (from the lists and the
/// proposal), the regime's criteria with the facts that meet each one, the evidence with its
/// grading, the statement of reasons (written, or drawn from the facts whose evidence may be made
/// public), and the checks a desk officer should see before it goes to the Council working party.
/// </summary>
public sealed partial record ListingDossier(
    ListingProposal Proposal,
    ListingRegime Regime,
    SanctionedEntity Subject,
    IReadOnlyList<SanctionedEntity> CurrentListings,
    string StatementOfReasons,
    bool StatementGenerated,
    int FactsWithheld,
    IReadOnlyList<string> Checks)
{
    /// <summary>
    /// Builds the dossier. <paramref name="listings"/> are entities from the lists that share the
    /// subject's id or IMO number (its present listings); the first is the subject when the proposal
    /// names an entity id.
    /// </summary>
    public static ListingDossier Build(ListingProposal proposal, IReadOnlyList<SanctionedEntity> listings)
    {
        var regime = ListingRegime.Find(proposal.Regime) ?? throw new ListingProposalException($"unknown regime {proposal.Regime}");
        var listed = proposal.SubjectEntityId is { } id ? listings.FirstOrDefault(e => e.Id == id) : null;
        if (proposal.SubjectEntityId is not null && listed is null && proposal.Subject is null)
        {
            throw new ListingProposalException($"subject entity '{proposal.SubjectEntityId}' is in none of the lists given, and the proposal states no name for it");
        }

        var subject = Merge(listed, proposal.Subject) ?? throw new ListingProposalException("the proposal names no subject (subject: entity or name)");
        var imos = subject.Identifiers.Where(i => i.Type == "IMO").Select(i => i.Value).ToHashSet(StringComparer.Ordinal);
        var current = listings.Where(e => e.Id == subject.Id || e.Identifiers.Any(i => i.Type == "IMO" && imos.Contains(i.Value))).ToList();

        var checks = new List<string>();
        var evidence = proposal.Evidence.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var ground in proposal.Grounds)
        {
            var cited = ground.Facts.SelectMany(f => f.Evidence).Distinct(StringComparer.Ordinal).Select(e => evidence[e]).ToList();
            foreach (var fact in ground.Facts.Where(f => f.Evidence.Count == 0))
            {
                checks.Add($"Ground '{ground.Criterion}': the fact \"{Short(fact.Text)}\" cites no evidence.");
            }

            if (cited.Count > 0 && cited.All(Weak))
            {
                checks.Add($"Ground '{ground.Criterion}' rests only on weakly graded evidence ({string.Join(", ", cited.Select(e => $"{e.Id} {e.Grade}"))}): reliability E–F or credibility 5–6.");
            }

            if (cited.Count > 0 && cited.All(e => !e.PublicUse))
            {
                checks.Add($"Ground '{ground.Criterion}' has no evidence that may be disclosed: the statement of reasons cannot show its factual basis, which the Court requires.");
            }
        }

        foreach (var unused in proposal.Evidence.Where(e => proposal.Grounds.All(g => g.Facts.All(f => !f.Evidence.Contains(e.Id)))))
        {
            checks.Add($"Evidence {unused.Id} ({unused.Title}) is cited by no fact.");
        }

        foreach (var already in current.Where(e => Mentions(e.Programme, regime) || Mentions(e.LegalBasis, regime)))
        {
            checks.Add($"{already.Id} is already listed under {regime.Key} ({already.Source}).");
        }

        var (statement, generated, withheld) = proposal.StatementOfReasons is { } written
            ? (written, false, 0)
            : Statement(proposal, regime, subject, evidence);
        if (withheld > 0)
        {
            checks.Add($"{withheld} fact(s) were left out of the generated statement of reasons because some of their evidence may not be disclosed.");
        }

        return new ListingDossier(proposal, regime, subject, current, statement, generated, withheld, checks);
    }

    /// <summary>Weak evidence: an unreliable source (E, F) or improbable or unjudgeable information (5, 6).</summary>
    public static bool Weak(EvidenceItem item) =>
        item.Grade.Reliability is SourceReliability.E or SourceReliability.F
        || item.Grade.Credibility is InformationCredibility.Improbable or InformationCredibility.CannotBeJudged;

    private static (string, bool, int) Statement(ListingProposal proposal, ListingRegime regime, SanctionedEntity subject, Dictionary<string, EvidenceItem> evidence)
    {
        var withheld = 0;
        var paragraphs = new List<string>
        {
            $"{subject.Names[0]}{Describe(subject)} meets the listing criteria of the {regime.Title} ({string.Join("; ", regime.LegalActs.Take(2))}).",
        };
        foreach (var ground in proposal.Grounds)
        {
            var criterion = regime.Criteria.Single(c => c.Id == ground.Criterion);
            var facts = ground.Facts.Where(f => f.Evidence.Count > 0 && f.Evidence.All(e => evidence[e].PublicUse)).Select(f => f.Text.Trim().TrimEnd('.') + ".").ToList();
            withheld += ground.Facts.Count - facts.Count;
            paragraphs.Add($"Criterion \"{ground.Criterion}\" — {criterion.Text.Trim()} {string.Join(' ', facts)}".Trim());
        }

        return (string.Join("\n\n", paragraphs), true, withheld);
    }

    private static string Describe(SanctionedEntity subject)
    {
        var parts = new List<string>();
        if (subject.Identifiers.FirstOrDefault(i => i.Type == "IMO") is { } imo)
        {
            parts.Add("IMO " + imo.Value);
        }

        if (subject.BirthDates.Count > 0)
        {
            parts.Add((subject.Schema == "Person" ? "born " : "since ") + subject.BirthDates[0]);
        }

        if (subject.Nationalities.Count > 0)
        {
            parts.Add(string.Join("/", subject.Nationalities));
        }

        return parts.Count == 0 ? string.Empty : $" ({string.Join(", ", parts)})";
    }

    private static SanctionedEntity? Merge(SanctionedEntity? listed, SanctionedEntity? stated)
    {
        if (listed is null || stated is null)
        {
            return listed ?? stated;
        }

        // The lists' record, with what the proposal adds (new aliases, identifiers, facts).
        return listed with
        {
            Aliases = [.. listed.Aliases.Concat(stated.Names.Concat(stated.Aliases).Where(n => !listed.Names.Contains(n))).Distinct(StringComparer.Ordinal)],
            BirthDates = [.. listed.BirthDates.Concat(stated.BirthDates).Distinct(StringComparer.Ordinal)],
            Nationalities = [.. listed.Nationalities.Concat(stated.Nationalities).Distinct(StringComparer.Ordinal)],
            Addresses = [.. listed.Addresses.Concat(stated.Addresses).Distinct(StringComparer.Ordinal)],
            Identifiers = [.. listed.Identifiers.Concat(stated.Identifiers).Distinct()],
        };
    }

    // Listed under the regime: its key or FSF code, or the number of one of its acts ("2024/2642").
    private static bool Mentions(string? text, ListingRegime regime) =>
        text is not null && (text.Contains(regime.Key, StringComparison.OrdinalIgnoreCase)
            || regime.LegalActs.SelectMany(a => ActNumber().Matches(a).Select(m => m.Value)).Any(n => text.Contains(n, StringComparison.Ordinal)));

    [System.Text.RegularExpressions.GeneratedRegex(@"\d{4}/\d{3,4}")]
    private static partial System.Text.RegularExpressions.Regex ActNumber();

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
