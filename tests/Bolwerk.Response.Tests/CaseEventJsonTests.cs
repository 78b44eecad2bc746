using Bolwerk.Grading;
using Bolwerk.Marking;
using Bolwerk.Response.Cases;

namespace Bolwerk.Response.Tests;

public sealed class CaseEventJsonTests
{
    [Fact]
    public void Every_event_kind_round_trips_and_the_case_replays_equal()
    {
        var t = new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);
        var c = CaseFile.Open("case-2026-0001", "Test", IncidentType.CableSabotage, "maritime", t, "North Sea", ["BritNed"], ["energy"], "nctv", Tlp.Amber, t, "ann");
        c.Move(CaseState.Assessing, "go", t, "ann");
        c.AddEvidence(EvidenceSource.Alert, "alert-1", "anchor drag", AdmiraltyGrade.Parse("B2"), "ab", Tlp.AmberStrict, false, t, "ann");
        c.RecordCustody("E1", "hash verified", t, "bob");
        c.Attribute(ActorKind.Vessel, "X", Likelihood.Likely, "track", "dissent", false, t, "ann");
        c.Move(CaseState.Deciding, null, t, "ann");
        c.Decide(new Decision("demarche", "why", "minister", t, ["FI"], "follow", "2027-01-01", ["x"], "ann"));
        c.AddNote("note", Tlp.Red, t, "ann");

        var stored = c.Events.Select(e => (Kind: CaseEventJson.KindOf(e), Json: CaseEventJson.Write(e))).ToList();
        var replayed = CaseFile.Replay(stored.Select(s => CaseEventJson.Read(s.Kind, s.Json)));

        stored.Select(s => s.Kind).ShouldBe(["case-opened", "case-moved", "evidence-added", "custody-recorded", "attribution-stated", "case-moved", "decision-recorded", "note-added"]);
        stored[2].Json.ShouldContain("\"grade\":\"B2\"");
        replayed.Events.Select(CaseEventJson.Write).ShouldBe(stored.Select(s => s.Json));
        replayed.Evidence[0].Custody.Count.ShouldBe(2);
        replayed.CurrentAttribution!.Confidence.ShouldBe(Likelihood.Likely);
        Should.Throw<System.Text.Json.JsonException>(() => CaseEventJson.Read("case-exploded", "{}"));
    }
}
