using System.Text.Json;
using Bolwerk.Grading;
using Bolwerk.Marking;
using Bolwerk.Response.Cases;
using Bolwerk.Response.Sharing;
using Bolwerk.Sharing;
using Bolwerk.Testing.Stix;

namespace Bolwerk.Response.Tests;

public sealed class CaseStixExportTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_FIMI_campaign_case_is_also_a_STIX_campaign_attributed_like_the_incident()
    {
        var c = CaseFile.Open("case-2026-0010", "Sanctions boomerang wave", IncidentType.FimiCampaign, "information", T, null, [], ["public opinion"], "nctv", Tlp.Green, T, "ann");
        c.Attribute(ActorKind.State, "State actor Y", Likelihood.Likely, "network overlap", null, false, T, "ann");

        var bundle = System.Text.Json.Nodes.JsonNode.Parse(CaseStixExport.Bundle(c, null))!;
        var objects = bundle["objects"]!.AsArray().Select(o => o!.AsObject()).ToList();
        var campaign = objects.Single(o => o["type"]!.GetValue<string>() == "campaign");
        campaign["name"]!.GetValue<string>().ShouldBe("Sanctions boomerang wave");
        objects.ShouldContain(o => o["type"]!.GetValue<string>() == "relationship" && o["relationship_type"]!.GetValue<string>() == "attributed-to"
            && o["source_ref"]!.GetValue<string>() == campaign["id"]!.GetValue<string>() && o["confidence"]!.GetValue<int>() == Likelihood.Likely.StixConfidence());
        StixSchemaValidator.Problems(bundle).ShouldBeEmpty();
    }

    [Fact]
    public void A_case_exports_as_a_self_contained_stix_bundle_with_stable_ids_and_no_object_above_the_ceiling()
    {
        var c = CaseFile.Open("case-2026-0009", "BritNed damaged", IncidentType.CableSabotage, "maritime", T, "North Sea", ["BritNed"], ["energy"], "nctv", Tlp.Amber, T, "ann");
        c.Move(CaseState.Assessing, null, T, "ann");
        c.AddEvidence(EvidenceSource.Alert, "maritime.anchor-drag a1", "anchor drag across BritNed", AdmiraltyGrade.Parse("B2"), "ab", Tlp.Amber, false, T, "ann");
        c.AddEvidence(EvidenceSource.Intelligence, "r9", "STRICT-ONLY", AdmiraltyGrade.Parse("B2"), null, Tlp.AmberStrict, false, T, "ann");
        c.AddEvidence(EvidenceSource.Intelligence, "r10", "RED-ONLY", AdmiraltyGrade.Parse("A1"), null, Tlp.Red, false, T, "ann");
        c.Attribute(ActorKind.Vessel, "Vessel X", Likelihood.Likely, "track", null, false, T, "ann");
        c.Attribute(ActorKind.Vessel, "Vessel X", Likelihood.HighlyLikely, "seabed track", null, true, T.AddDays(1), "ann");
        c.Move(CaseState.Deciding, null, T.AddDays(1), "ann");
        c.Decide(new Decision("public-attribution", "attribute", "cabinet", T.AddDays(2), ["UK"], null, null, [], "ann"));

        var partner = JsonDocument.Parse(CaseStixExport.Bundle(c, Tlp.Amber)).RootElement;
        partner.GetProperty("type").GetString().ShouldBe("bundle");
        var objects = partner.GetProperty("objects").EnumerateArray().ToList();
        var ids = objects.Select(o => o.GetProperty("id").GetString()!).ToHashSet();
        objects.Select(o => o.GetProperty("type").GetString()).Distinct().ShouldBe(
            ["marking-definition", "identity", "incident", "attack-pattern", "relationship", "threat-actor", "sighting", "note"], ignoreOrder: true);
        foreach (var o in objects)
        {
            o.GetProperty("spec_version").GetString().ShouldBe("2.1");
            o.GetProperty("id").GetString()!.ShouldStartWith(o.GetProperty("type").GetString() + "--");
            foreach (var reference in References(o))
            {
                ids.ShouldContain(reference, $"{o.GetProperty("id")} refers to {reference}");
            }
        }

        var text = partner.GetRawText();
        text.ShouldNotContain("STRICT-ONLY");
        text.ShouldNotContain("RED-ONLY");
        text.ShouldNotContain(Tlp.AmberStrict.StixMarkingDefinitionId());
        text.ShouldNotContain(Tlp.Red.StixMarkingDefinitionId());
        var attributed = objects.Single(o => o.GetProperty("type").GetString() == "relationship" && o.GetProperty("relationship_type").GetString() == "attributed-to");
        attributed.GetProperty("confidence").GetInt32().ShouldBe(Likelihood.HighlyLikely.StixConfidence());
        objects.Single(o => o.GetProperty("type").GetString() == "sighting").GetProperty("count").GetInt32().ShouldBe(1);
        objects.Count(o => o.GetProperty("type").GetString() == "note").ShouldBe(2); // the AMBER evidence and the decision

        CaseStixExport.Bundle(c, Tlp.Amber).ShouldBe(CaseStixExport.Bundle(c, Tlp.Amber)); // stable ids: a re-import updates
        StixSchemaValidator.Problems(System.Text.Json.Nodes.JsonNode.Parse(CaseStixExport.Bundle(c, null))!).ShouldBeEmpty(); // every object against the OASIS schemas
        CaseStixExport.Bundle(c, null).ShouldContain("RED-ONLY");
        Should.Throw<CaseRuleException>(() => CaseStixExport.Bundle(c, Tlp.Green));
    }

    [Fact]
    public void Name_based_ids_are_version_5_uuids()
    {
        var id = StixIds.For("incident", "case-1");
        id.ShouldBe(StixIds.For("incident", "case-1"));
        id.ShouldNotBe(StixIds.For("incident", "case-2"));
        var uuid = id["incident--".Length..];
        uuid[14].ShouldBe('5');
        "89ab".ShouldContain(uuid[19]);
    }

    private static IEnumerable<string> References(JsonElement o)
    {
        foreach (var property in o.EnumerateObject())
        {
            if (property.Name.EndsWith("_ref", StringComparison.Ordinal))
            {
                yield return property.Value.GetString()!;
            }
            else if (property.Name.EndsWith("_refs", StringComparison.Ordinal))
            {
                foreach (var item in property.Value.EnumerateArray())
                {
                    yield return item.GetString()!;
                }
            }
        }
    }

    [Fact]
    public void The_schema_validator_passes_the_oasis_examples_and_catches_a_broken_object()
    {
        var example = System.Text.Json.Nodes.JsonNode.Parse("""
            {"type":"bundle","id":"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d","objects":[
              {"type":"attack-pattern","spec_version":"2.1","id":"attack-pattern--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061","created":"2016-05-12T08:17:27.000Z","modified":"2016-05-12T08:17:27.000Z","name":"Spear Phishing"},
              {"type":"attack-pattern","spec_version":"2.1","id":"attack-pattern--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0062","created":"2016-05-12T08:17:27.000Z","modified":"2016-05-12T08:17:27.000Z"},
              {"type":"incident","spec_version":"2.1","id":"not-an-id","created":"2016-05-12T08:17:27.000Z","modified":"2016-05-12T08:17:27.000Z","name":"x"}
            ]}
            """)!;

        var problems = StixSchemaValidator.Problems(example);

        problems.ShouldNotContain(p => p.StartsWith("attack-pattern--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0061", StringComparison.Ordinal));
        problems.ShouldContain(p => p.StartsWith("attack-pattern--0c7b5b88-8ff7-4a4d-aa9d-feb398cd0062", StringComparison.Ordinal)); // no name
        problems.ShouldContain(p => p.StartsWith("not-an-id", StringComparison.Ordinal));
    }
}
