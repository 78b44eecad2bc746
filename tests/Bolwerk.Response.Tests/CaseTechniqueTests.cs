using System.Text.Json.Nodes;
using Bolwerk.Marking;
using Bolwerk.Response.Cases;
using Bolwerk.Response.Reports;
using Bolwerk.Response.Sharing;
using Bolwerk.Testing.Stix;

namespace Bolwerk.Response.Tests;

/// <summary>DISARM techniques on a case: recorded as events, the latest decision standing, exported and reported.</summary>
public sealed class CaseTechniqueTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);
    private static readonly DisarmReference Copypasta = new("attack-pattern--7c1e4e5f-8b9a-4c2d-9e3f-0a1b2c3d4e5f", "Copypasta", "Copy and paste the same text.", new Uri("https://example.org/T0084.001"));

    private static CaseFile Case()
    {
        var c = CaseFile.Open("case-2026-0011", "Boomerang wave", IncidentType.FimiCampaign, "information", T, null, [], [], "nctv", Tlp.Amber, T, "ann");
        c.TagTechnique("T0084.001", true, "same text in 40 accounts", "fimi network net-1", T.AddHours(1), "ann");
        c.TagTechnique("T0049.001", true, null, null, T.AddHours(2), "ann");
        c.TagTechnique("T0049.001", false, "on review: not trolls", null, T.AddHours(3), "bob");
        return c;
    }

    [Fact]
    public void The_latest_decision_per_technique_stands_and_the_history_replays()
    {
        var c = Case();

        c.Techniques.Select(t => (t.Technique, t.Confirmed, t.By)).ShouldBe([("T0049.001", false, "bob"), ("T0084.001", true, "ann")]);
        var replayed = CaseFile.Replay(c.Events.Select(e => CaseEventJson.Read(CaseEventJson.KindOf(e), CaseEventJson.Write(e))));
        replayed.Techniques.ShouldBe(c.Techniques);
        CaseEventJson.KindOf(c.Events[^1]).ShouldBe("technique-tagged");
    }

    [Theory]
    [InlineData("T1566")]
    [InlineData("t0049")]
    [InlineData("T0049.1")]
    [InlineData("")]
    public void Only_DISARM_shaped_ids_are_taken(string id) =>
        Should.Throw<CaseRuleException>(() => Case().TagTechnique(id, true, null, null, T, "ann")).Message.ShouldContain("is not a DISARM technique id");

    [Fact]
    public void Confirmed_techniques_are_exported_and_reported_rejected_ones_only_reported()
    {
        var c = Case();

        var bundle = JsonNode.Parse(CaseStixExport.Bundle(c, null, id => id == "T0084.001" ? Copypasta : null))!;
        var objects = bundle["objects"]!.AsArray().Select(o => o!.AsObject()).ToList();
        var pattern = objects.Single(o => o["id"]!.GetValue<string>() == Copypasta.StixId);
        pattern["external_references"]![0]!["source_name"]!.GetValue<string>().ShouldBe("DISARM");
        pattern["external_references"]![0]!["external_id"]!.GetValue<string>().ShouldBe("T0084.001");
        var uses = objects.Single(o => o["type"]!.GetValue<string>() == "relationship" && o["target_ref"]!.GetValue<string>() == Copypasta.StixId);
        uses["confidence"]!.GetValue<int>().ShouldBe(85);
        uses["description"]!.GetValue<string>().ShouldBe("confirmed by ann on 2026-11-29 from fimi network net-1: same text in 40 accounts");
        bundle.ToJsonString().ShouldNotContain("T0049.001");
        StixSchemaValidator.Problems(bundle).ShouldBeEmpty();

        var report = CaseReport.Markdown(c, [], null);
        report.ShouldContain("- T0049.001: rejected by bob on 2026-11-29. on review: not trolls");
        report.ShouldContain("- T0084.001: confirmed by ann on 2026-11-29 (from fimi network net-1). same text in 40 accounts");
    }
}
