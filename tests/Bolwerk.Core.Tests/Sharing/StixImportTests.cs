using System.Text.Json.Nodes;
using Bolwerk.Marking;
using Bolwerk.Sharing;
using Bolwerk.Testing.Stix;

namespace Bolwerk.Core.Tests.Sharing;

public sealed class StixImportTests
{
    public static TheoryData<string> Oasis() => [.. StixExamples.Files.Select(f => Path.GetFileName(f)).Where(f => !f.StartsWith("CONSTRUCTED", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(Oasis))]
    public void An_OASIS_example_imports_and_re_exports_without_loss(string file)
    {
        var original = StixExamples.Read(file);
        var imported = StixImport.Normalise(original);

        // Re-export to a recipient who may see everything: every object comes back with every field.
        var exported = RecipientFilter.Apply(imported.Objects, Tlp.Red, unmarked: Tlp.Clear).Objects.ToDictionary(o => o["id"]!.GetValue<string>());
        foreach (var o in original)
        {
            var id = o["id"]!.GetValue<string>();
            if (StixMarkings.Tlp1.TryGetValue(id, out var tlp))
            {
                exported.ShouldContainKey(tlp.StixMarkingDefinitionId(), $"{file}: TLP 1.0 {id} is written as TLP 2.0");
                continue;
            }

            if (o["type"]!.GetValue<string>() == "marking-definition" && !Used(original, id))
            {
                continue; // a definition nothing uses goes nowhere
            }

            exported.ShouldContainKey(id, file);
            JsonNode.DeepEquals(Tlp1AsTlp2(o), exported[id]).ShouldBeTrue($"{file}: {id} changed:\n{o.ToJsonString()}\n{exported[id].ToJsonString()}");
        }
    }

    [Theory]
    [MemberData(nameof(Oasis))]
    public void Re_exported_objects_validate_wherever_the_original_did(string file)
    {
        var original = StixExamples.Read(file);
        var exported = RecipientFilter.Apply(StixImport.Normalise(original).Objects, Tlp.Red, unmarked: Tlp.Clear).Objects;

        var before = StixSchemaValidator.Problems(StixExamples.Bundle(original)).Select(p => p.Split(':')[0]).ToHashSet();
        StixSchemaValidator.Problems(StixExamples.Bundle(exported)).Where(p => !before.Contains(p.Split(':')[0])).ShouldBeEmpty();
    }

    [Fact]
    public void OpenCTI_narratives_channels_and_markings_become_plain_STIX_with_TLP_2()
    {
        var original = StixExamples.Read("CONSTRUCTED_opencti_fimi.json");
        var imported = StixImport.Normalise(original);
        var byId = imported.Objects.ToDictionary(o => o["id"]!.GetValue<string>());

        var narrative = byId["grouping--5a2c8e41-9b7d-4f36-8e02-1d6c4b9a0003"];
        narrative["context"]!.GetValue<string>().ShouldBe("narrative");
        narrative["object_refs"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["intrusion-set--8d5f1b74-2e0a-4c69-9b35-4a9f7e2d0006"]);
        narrative["labels"]!.AsArray().Select(l => l!.GetValue<string>()).ShouldBe(["narrative", "narrative-type:economy", "narrative-type:sanctions"]);
        narrative["description"]!.GetValue<string>().ShouldEndWith("Also known as: Sanctions boomerang");
        narrative.ContainsKey("extensions").ShouldBeFalse();

        byId["grouping--6b3d9f52-0c8e-4a47-9f13-2e7d5c0b0004"]["object_refs"]!.AsArray().Single()!.GetValue<string>().ShouldBe("identity--0c1f4d3a-6f8e-4b2a-9d51-3c8e2f7a0002"); // related to nothing: its author

        var channel = byId["identity--7c4e0a63-1d9f-4b58-8a24-3f8e6d1c0005"];
        channel["identity_class"]!.GetValue<string>().ShouldBe("system");
        channel["labels"]!.AsArray().Select(l => l!.GetValue<string>()).ShouldBe(["channel", "channel-type:telegram"]);
        channel["object_marking_refs"]!.AsArray().Single()!.GetValue<string>().ShouldBe(Tlp.AmberStrict.StixMarkingDefinitionId()); // OpenCTI's AMBER+STRICT, never lowered to AMBER

        byId["relationship--9e6a2c85-3f1b-4d7a-8c46-5b0a8f3e0007"]["target_ref"]!.GetValue<string>().ShouldBe("grouping--5a2c8e41-9b7d-4f36-8e02-1d6c4b9a0003");
        byId["relationship--0f7b3d96-4a2c-4e8b-9d57-6c1b9a4f0008"]["target_ref"]!.GetValue<string>().ShouldBe("identity--7c4e0a63-1d9f-4b58-8a24-3f8e6d1c0005");
        byId["intrusion-set--8d5f1b74-2e0a-4c69-9b35-4a9f7e2d0006"]["object_marking_refs"]!.AsArray().Single()!.GetValue<string>().ShouldBe(Tlp.Green.StixMarkingDefinitionId());
        byId.Keys.ShouldNotContain(k => k.Contains("826578e1", StringComparison.Ordinal) || k.Contains("34098fce", StringComparison.Ordinal));
        imported.Changes.Count.ShouldBe(5);

        // Plain STIX 2.1: everything validates against the OASIS schemas once the definitions are added.
        StixSchemaValidator.Problems(StixExamples.Bundle(RecipientFilter.Apply(imported.Objects, Tlp.Red).Objects)).ShouldBeEmpty();
    }

    [Fact]
    public void Read_objects_are_free_to_go_into_a_new_bundle()
    {
        var objects = StixExamples.Read("poisonivy.json");
        objects.ShouldAllBe(o => o.Parent == null);
        Should.NotThrow(() => new JsonArray([.. objects]));
    }

    [Fact]
    public void A_malformed_file_is_refused_with_its_place_and_field()
    {
        Should.Throw<StixFormatException>(() => StixBundleReader.Parse("{\"type\": \"bundle\", \"objects\": [\n{\"type\": \"indicator\", \"id\": \"malware--1\"}]}", "feed.json"))
            .Message.ShouldBe("feed.json: objects[0]: field 'id': 'malware--1' is not \"indicator--\" followed by a UUID");
        Should.Throw<StixFormatException>(() => StixBundleReader.Parse("{\"type\": \"bundle\",\n \"objects\": [ }", "feed.json")).Message.ShouldStartWith("feed.json: line 2, byte ");
        Should.Throw<StixFormatException>(() => StixBundleReader.Parse("{\"objects\": [{\"id\": \"x\"}]}", "feed.json")).Message.ShouldBe("feed.json: objects[0]: field 'type' is missing or not a string");
    }

    private static bool Used(IReadOnlyList<JsonObject> objects, string markingId) =>
        objects.Any(o => o.ToJsonString().Contains($"\"{markingId}\"", StringComparison.Ordinal) && o["id"]!.GetValue<string>() != markingId);

    private static JsonNode Tlp1AsTlp2(JsonObject o)
    {
        var text = o.ToJsonString();
        foreach (var (id, tlp) in StixMarkings.Tlp1)
        {
            text = text.Replace(id, tlp.StixMarkingDefinitionId(), StringComparison.Ordinal);
        }

        return JsonNode.Parse(text)!;
    }
}
