using System.Text.Json.Nodes;
using Bolwerk.Information.Coordination;
using Bolwerk.Information.Disarm;
using Bolwerk.Information.Networks;
using Bolwerk.Information.Sharing;
using Bolwerk.Information.Simulation;
using Bolwerk.Marking;
using Bolwerk.Testing.Stix;

namespace Bolwerk.Information.Tests;

public sealed class NetworkStixExportTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 29, 6, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<IReadOnlyList<CoordinatedNetwork>> Networks = new(() =>
    {
        var corpus = PostSimulator.Generate(new SimulationOptions { OrganicPosts = 5_000, OrganicAccounts = 1_000, GroupsPerKind = 2 });
        return CoordinationDetector.Detect(corpus.Posts, new DetectionOptions()).Networks;
    });

    private static JsonObject Export(Tlp tlp, DateTimeOffset? at = null) =>
        JsonNode.Parse(NetworkStixExport.Bundle(Networks.Value, "NL FIMI desk", tlp, at ?? At, DisarmFramework.Default, "{\"windowSeconds\":60}"))!.AsObject();

    [Fact]
    public void Every_exported_object_validates_against_the_OASIS_schemas()
    {
        Networks.Value.Count.ShouldBeGreaterThan(4);
        var bundle = Export(Tlp.Green);

        StixSchemaValidator.Problems(bundle).ShouldBeEmpty();
        var types = bundle["objects"]!.AsArray().Select(o => o!["type"]!.GetValue<string>()).ToHashSet();
        types.ShouldBe(["marking-definition", "identity", "intrusion-set", "user-account", "observed-data", "sighting", "note", "attack-pattern", "relationship", "report", "indicator"], ignoreOrder: true);
    }

    [Theory]
    [InlineData(Tlp.Green)]
    [InlineData(Tlp.AmberStrict)]
    public void Every_object_carries_the_TLP_2_marking_whose_definition_is_in_the_bundle(Tlp tlp)
    {
        var objects = Export(tlp)["objects"]!.AsArray().Select(o => o!.AsObject()).ToList();
        var definition = objects.Single(o => o["type"]!.GetValue<string>() == "marking-definition");

        definition["id"]!.GetValue<string>().ShouldBe(tlp.StixMarkingDefinitionId());
        definition["extensions"]![StixMarkingExtension]!["tlp_2_0"]!.GetValue<string>().ShouldBe(tlp == Tlp.Green ? "green" : "amber+strict");
        objects.Where(o => o != definition).ShouldAllBe(o => o["object_marking_refs"]!.AsArray().Single()!.GetValue<string>() == tlp.StixMarkingDefinitionId());
    }

    [Fact]
    public void DISARM_techniques_keep_DISARMs_ids_and_are_marked_as_inferred()
    {
        var objects = Export(Tlp.Green)["objects"]!.AsArray().Select(o => o!.AsObject()).ToList();
        var patterns = objects.Where(o => o["type"]!.GetValue<string>() == "attack-pattern").ToList();

        patterns.ShouldNotBeEmpty();
        foreach (var p in patterns)
        {
            var reference = p["external_references"]!.AsArray().Single()!;
            reference["source_name"]!.GetValue<string>().ShouldBe("DISARM"); // not "mitre-attack", as DISARM.json files them
            var technique = DisarmFramework.Default.Techniques[reference["external_id"]!.GetValue<string>()];
            p["id"]!.GetValue<string>().ShouldBe(technique.StixId);
        }

        var uses = objects.Where(o => o["type"]!.GetValue<string>() == "relationship" && o["relationship_type"]!.GetValue<string>() == "uses").ToList();
        uses.ShouldAllBe(r => r["relationship_type"]!.GetValue<string>() == "uses" && r["description"]!.GetValue<string>().Contains("not confirmed by an analyst", StringComparison.Ordinal));
        uses.Select(r => r["target_ref"]!.GetValue<string>()).ToHashSet().SetEquals(patterns.Select(p => p["id"]!.GetValue<string>())).ShouldBeTrue();
    }

    [Fact]
    public void Analysts_decisions_replace_the_inferences_confirmed_as_confirmed_rejected_left_out()
    {
        var network = Networks.Value.First(n => n.Kind == CoordinationKind.CoShare);
        var suggested = DisarmSuggestions.For(network, DisarmFramework.Default).Select(s => s.Technique.Id).ToList();
        TechniqueTag[] decisions = [new(suggested[0], false, "ana", At, null), new("T0002", true, "ana", At, "planned in the open channel")];
        var bundle = JsonNode.Parse(NetworkStixExport.Bundle([network], "NL FIMI desk", Tlp.Green, At, DisarmFramework.Default, "{}", n => n == network ? decisions : []))!;

        var uses = bundle["objects"]!.AsArray().Where(o => o!["type"]!.GetValue<string>() == "relationship").Select(o => o!.AsObject()).ToList();
        var targets = uses.Select(u => DisarmFramework.Default.Techniques.Values.Single(t => t.StixId == u["target_ref"]!.GetValue<string>()).Id).ToList();
        targets.ShouldNotContain(suggested[0]);
        targets.ShouldContain("T0002");
        targets.ShouldBe([.. suggested.Skip(1), "T0002"], ignoreOrder: true);
        var confirmed = uses.Single(u => u["description"]!.GetValue<string>().StartsWith("confirmed by ana", StringComparison.Ordinal));
        confirmed["confidence"]!.GetValue<int>().ShouldBe(85);
        confirmed["description"]!.GetValue<string>().ShouldEndWith("planned in the open channel");
        StixSchemaValidator.Problems(bundle).ShouldBeEmpty();
    }

    [Fact]
    public void The_links_a_co_link_network_pushed_become_indicators_with_valid_patterns()
    {
        var network = new CoordinatedNetwork(CoordinationKind.CoLink, ["a", "b", "c"], ["1", "2", "3"], At, At.AddMinutes(5), 0.5, 3,
            [("link:https://example.org/it's-true", 3), ("share:42", 1)], [CoordinationKind.CoLink], 12);
        var objects = JsonNode.Parse(NetworkStixExport.Bundle([network], "NL FIMI desk", Tlp.Green, At, DisarmFramework.Default, "{}"))!["objects"]!.AsArray().Select(o => o!.AsObject()).ToList();

        var indicator = objects.Single(o => o["type"]!.GetValue<string>() == "indicator");
        indicator["pattern"]!.GetValue<string>().ShouldBe("[url:value = 'https://example.org/it\\'s-true']");
        objects.ShouldContain(o => o["type"]!.GetValue<string>() == "relationship" && o["relationship_type"]!.GetValue<string>() == "indicates" && o["source_ref"]!.GetValue<string>() == indicator["id"]!.GetValue<string>());
        StixSchemaValidator.Problems(new JsonObject { ["type"] = "bundle", ["id"] = "bundle--00000000-0000-4000-8000-000000000000", ["objects"] = new JsonArray([.. objects.Select(o => (JsonNode)o.DeepClone())]) }).ShouldBeEmpty();
    }

    [Fact]
    public void Every_reference_resolves_inside_the_bundle_and_ids_are_stable_across_exports()
    {
        var first = Export(Tlp.Green);
        var ids = first["objects"]!.AsArray().Select(o => o!["id"]!.GetValue<string>()).ToList();
        ids.Distinct().Count().ShouldBe(ids.Count);
        foreach (var reference in References(first["objects"]!))
        {
            ids.ShouldContain(reference);
        }

        var later = Export(Tlp.Green, At.AddDays(1))["objects"]!.AsArray().Select(o => o!["id"]!.GetValue<string>()).ToList();
        later.Where(id => !id.StartsWith("report--", StringComparison.Ordinal)).ShouldBe(ids.Where(id => !id.StartsWith("report--", StringComparison.Ordinal)));
    }

    private const string StixMarkingExtension = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";

    private static IEnumerable<string> References(JsonNode node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key.EndsWith("_ref", StringComparison.Ordinal) ? [p.Value!.GetValue<string>()]
            : p.Key.EndsWith("_refs", StringComparison.Ordinal) ? p.Value!.AsArray().Select(v => v!.GetValue<string>()) : References(p.Value!)),
        JsonArray a => a.SelectMany(v => v is null ? [] : References(v)),
        _ => [],
    };
}
