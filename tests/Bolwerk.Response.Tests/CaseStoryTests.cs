using Bolwerk.Grading;
using Bolwerk.Marking;
using Bolwerk.Response.Cases;
using Bolwerk.Response.Toolbox;

namespace Bolwerk.Response.Tests;

/// <summary>Whole stories through a case: what the toolbox offers and holds back as the assessment firms up.</summary>
public sealed class CaseStoryTests
{
    private static readonly DateTimeOffset T0 = new(2024, 12, 26, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Eagle_s_cable_case_from_forensic_evidence_to_a_decided_listing_proposal()
    {
        var c = CaseFile.Open("case-2024-0001", "Estlink 2 and telecom cables damaged in the Gulf of Finland", IncidentType.CableSabotage, "maritime",
            T0.AddHours(-22), "Gulf of Finland, 59.95 N 26.2 E", ["Estlink 2", "C-Lion1"], ["energy", "telecom"], "nctv", Tlp.Amber, T0, "coordinator");
        c.Move(CaseState.Assessing, "forensic query run", T0.AddHours(1), "analyst");
        c.AddEvidence(EvidenceSource.Forensics, "maritime forensics estlink-2 2024-12-25T10:30Z", "Eagle S ranked first: crossed the cable at 6 kn with a 90-minute AIS silence",
            AdmiraltyGrade.Parse("B2"), "ab12", Tlp.Amber, releasable: false, T0.AddHours(2), "analyst");
        c.Attribute(ActorKind.Vessel, "Eagle S (IMO 9329760)", Likelihood.Likely, "track, speed drop and anchor-drag pattern along the cable", "MIVD: weather cannot be excluded yet",
            declassifiable: false, T0.AddHours(3), "analyst");
        c.Move(CaseState.Deciding, null, T0.AddHours(4), "coordinator");

        var options = OptionEngine.Assess(c, ResponseCatalogue.Default);
        Available(options).ShouldContain("demarche");
        Available(options).ShouldContain("criminal-investigation");
        var publicAttribution = options.Single(o => o.Option.Id == "public-attribution");
        publicAttribution.Available.ShouldBeFalse();
        publicAttribution.Missing.ShouldContain("confidence is 'likely (55–75 %)'; it needs 'highly likely (80–90 %)'");
        publicAttribution.Missing.ShouldContain(m => m.StartsWith("no evidence may be released", StringComparison.Ordinal));
        options.Single(o => o.Option.Id == "eu-listing-hybrid").Available.ShouldBeFalse();
        options.Select(o => o.Option.Level).ShouldBeInOrder();

        // Boarding and the police investigation firm the assessment up, with evidence that can be shown.
        c.Move(CaseState.Assessing, "more evidence expected from the Finnish investigation", T0.AddDays(3), "coordinator");
        c.AddEvidence(EvidenceSource.Document, "Finnish police statement 2024-12-28", "The anchor was missing; a 100-km drag track on the seabed",
            AdmiraltyGrade.Parse("A2"), null, Tlp.Clear, releasable: true, T0.AddDays(3), "analyst");
        c.Attribute(ActorKind.Vessel, "Eagle S (IMO 9329760)", Likelihood.HighlyLikely, "drag track matches the AIS track; anchor missing", null, declassifiable: true, T0.AddDays(4), "analyst");
        c.Move(CaseState.Deciding, null, T0.AddDays(4), "coordinator");

        options = OptionEngine.Assess(c, ResponseCatalogue.Default);
        Available(options).ShouldContain("public-attribution");
        var listing = options.Single(o => o.Option.Id == "eu-listing-hybrid");
        listing.Available.ShouldBeTrue();
        listing.Reasons.ShouldContain(r => r.Contains("bolwerk sanctions dossier", StringComparison.Ordinal));
        options.Single(o => o.Option.Id == "eu-listing-cyber").Available.ShouldBeTrue(); // cable sabotage is among its incident types

        Should.Throw<CaseRuleException>(() => c.Move(CaseState.Responding, null, T0.AddDays(5), "coordinator")).Message.ShouldContain("no response has been decided");
        var assessment = options.Single(o => o.Option.Id == "eu-listing-hybrid");
        c.Decide(new Decision("eu-listing-hybrid", "Propose listing Eagle S under the hybrid regime with Finland and Estonia", "Minister of Foreign Affairs", T0.AddDays(6),
            ["FI", "EE", "EEAS"], "Draft the dossier; review at RELEX", "2025-02-01", assessment.Missing, "coordinator"));
        c.Move(CaseState.Responding, null, T0.AddDays(6), "coordinator");
        c.Move(CaseState.Monitoring, null, T0.AddDays(30), "coordinator");
        c.RecordEffect("eu-listing-hybrid", "Listed under Annex XLII on 21 May 2025", Tlp.Clear, T0.AddDays(146), "analyst");
        Should.Throw<CaseRuleException>(() => c.RecordEffect("expulsion", "x", Tlp.Clear, T0, "analyst")).Message.ShouldContain("no decision on 'expulsion'");
        var report = Bolwerk.Response.Reports.CaseReport.Markdown(c, OptionEngine.Assess(c, ResponseCatalogue.Default), null);
        report.ShouldContain("- effect of eu-listing-hybrid, 2025-05-21 (TLP:CLEAR): Listed under Annex XLII on 21 May 2025");
        report.ShouldContain("**Eagle S (IMO 9329760) (vessel), highly likely (80–90 %)**");
        c.Move(CaseState.Closed, "listing achieved", T0.AddDays(150), "coordinator");

        c.Attributions.Select(a => a.Confidence).ShouldBe([Likelihood.Likely, Likelihood.HighlyLikely]); // history kept
        c.Decisions.ShouldHaveSingleItem().PrerequisitesMissing.ShouldBeEmpty();
        var replayed = CaseFile.Replay(c.Events);
        (replayed.State, replayed.Evidence.Count, replayed.Attributions.Count, replayed.Decisions.Count, replayed.Notes.Count)
            .ShouldBe((CaseState.Closed, 2, 2, 1, 1));
    }

    [Fact]
    public void Fimi_campaign_attributed_to_a_state_opens_attribution_but_not_a_listing()
    {
        var c = Opened(IncidentType.FimiCampaign, "information");
        c.AddEvidence(EvidenceSource.Alert, "fimi.co-share network 17", "312 accounts co-sharing 40 URLs within 60 s", AdmiraltyGrade.Parse("B2"), null, Tlp.Green, true, T0, "analyst");
        c.Attribute(ActorKind.State, "Russian Federation", Likelihood.HighlyLikely, "infrastructure overlaps with Doppelganger", null, true, T0, "analyst");
        c.Move(CaseState.Deciding, null, T0, "coordinator");

        var options = OptionEngine.Assess(c, ResponseCatalogue.Default);

        Available(options).ShouldContain("public-attribution");
        Available(options).ShouldContain("strategic-communication");
        var listing = options.Single(o => o.Option.Id == "eu-listing-hybrid");
        listing.Available.ShouldBeFalse();
        listing.Missing.ShouldContain(m => m.StartsWith("a listing targets persons, entities or assets, not a state", StringComparison.Ordinal));
        options.Single(o => o.Option.Id == "eu-listing-cyber").Missing.ShouldContain("applies to cyber-attack, cable-sabotage, space-incident incidents, not fimi-campaign");
        options.Single(o => o.Option.Id == "visa-measures").Missing.ShouldContain("it targets a person; the case attributes to a state");
    }

    [Fact]
    public void Space_jamming_case_without_attribution_offers_only_what_needs_none()
    {
        var c = Opened(IncidentType.SpaceIncident, "space");
        c.AddEvidence(EvidenceSource.Intelligence, "report 2026-17", "GNSS jamming over the North Sea, 40 minutes", AdmiraltyGrade.Parse("C3"), null, Tlp.Red, false, T0, "analyst");
        c.Move(CaseState.Deciding, null, T0, "coordinator");

        var options = OptionEngine.Assess(c, ResponseCatalogue.Default);

        Available(options).ShouldBe(["situational-awareness", "strategic-communication", "resilience-support", "space-incident-coordination", "criminal-investigation"], ignoreOrder: true);
        options.Where(o => o.Option.AttributionNeeded is not null).ShouldAllBe(o => o.Missing.Any(m => m.StartsWith("no attribution stated", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(CaseState.Responding, "cannot move from open to responding")]
    [InlineData(CaseState.Closed, "cannot move from open to closed")]
    [InlineData(CaseState.Monitoring, "cannot move from open to monitoring")]
    public void Illegal_transitions_are_refused_naming_from_and_to(CaseState to, string expected)
    {
        var c = Opened(IncidentType.Other, "other", move: false);

        var error = Should.Throw<CaseRuleException>(() => c.Move(to, null, T0, "x"));

        error.Message.ShouldContain(expected);
        error.Message.ShouldContain("it can go to: assessing");
        c.Events.Count.ShouldBe(1); // nothing recorded
    }

    [Fact]
    public void A_case_needs_evidence_to_decide_and_a_closed_case_must_be_reopened_first()
    {
        var c = Opened(IncidentType.Espionage, "intelligence");
        Should.Throw<CaseRuleException>(() => c.Move(CaseState.Deciding, null, T0, "x")).Message.ShouldContain("holds no evidence");
        Should.Throw<CaseRuleException>(() => c.Decide(new Decision("demarche", "r", "d", T0, [], null, null, [], "x"))).Message.ShouldContain("decisions are recorded while it is deciding");
        c.Move(CaseState.Closed, "no foreign actor", T0, "x");
        Should.Throw<CaseRuleException>(() => c.AddEvidence(EvidenceSource.Document, "r", "s", AdmiraltyGrade.Parse("A1"), null, Tlp.Clear, true, T0, "x")).Message.ShouldContain("is closed: reopen it");
        c.Move(CaseState.Open, "new facts", T0, "x");
        c.State.ShouldBe(CaseState.Open);
    }

    [Fact]
    public void Custody_steps_are_kept_per_item()
    {
        var c = Opened(IncidentType.CyberAttack, "cyber");
        c.AddEvidence(EvidenceSource.Document, "ncsc-2026-4", "malware sample", AdmiraltyGrade.Parse("B1"), "ff00", Tlp.AmberStrict, false, T0, "ann");
        c.RecordCustody("E1", "hash verified", T0.AddMinutes(5), "bob");
        Should.Throw<CaseRuleException>(() => c.RecordCustody("E9", "x", T0, "bob"));

        CaseFile.Replay(c.Events).Evidence[0].Custody.Select(s => (s.By, s.Action)).ShouldBe([("ann", "added"), ("bob", "hash verified")]);
    }

    private static string[] Available(IReadOnlyList<OptionAssessment> options) => [.. options.Where(o => o.Available).Select(o => o.Option.Id)];

    private static CaseFile Opened(IncidentType type, string domain, bool move = true)
    {
        var c = CaseFile.Open("case-1", "test", type, domain, T0, null, [], [], "nctv", Tlp.Amber, T0, "x");
        if (move)
        {
            c.Move(CaseState.Assessing, null, T0, "x");
        }

        return c;
    }
}
