using System.Text.Json.Nodes;
using Bolwerk.Marking;
using Bolwerk.Sharing;
using Bolwerk.Testing.Stix;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Bolwerk.Core.Tests.Sharing;

public sealed class RecipientFilterTests
{
    private const string Author = "identity--00000000-0000-4000-8000-0000000000a1";
    private const string SetA = "intrusion-set--00000000-0000-4000-8000-0000000000a2";
    private const string SetB = "intrusion-set--00000000-0000-4000-8000-0000000000a3";
    private const string RedLink = "relationship--00000000-0000-4000-8000-0000000000a4";
    private const string Secret = "threat-actor--00000000-0000-4000-8000-0000000000a5";
    private const string Report = "report--00000000-0000-4000-8000-0000000000a6";
    private const string AmberNote = "note--00000000-0000-4000-8000-0000000000a7";
    private const string SightingOfSecret = "sighting--00000000-0000-4000-8000-0000000000a8";
    private const string Incident = "incident--00000000-0000-4000-8000-0000000000a9";
    private const string LaterRed = "campaign--00000000-0000-4000-8000-0000000000b1";
    private const string LaterGreen = "campaign--00000000-0000-4000-8000-0000000000b2";
    private const string UnknownMarked = "campaign--00000000-0000-4000-8000-0000000000b3";

    /// <summary>
    /// The leaks users report: a RED relationship between two GREEN objects (OpenCTI #11496), a
    /// restricted id left in a report's object_refs (#6745), history (#6785), AMBER+STRICT lowered.
    /// </summary>
    private static List<JsonObject> Graph() =>
    [
        Sdo("identity", Author, Tlp.Clear, new() { ["name"] = "Desk", ["identity_class"] = "organization" }),
        Sdo("intrusion-set", SetA, Tlp.Green, new() { ["name"] = "Cluster A" }),
        Sdo("intrusion-set", SetB, Tlp.Green, new() { ["name"] = "Cluster B" }),
        Sdo("relationship", RedLink, Tlp.Red, new() { ["relationship_type"] = "related-to", ["source_ref"] = SetA, ["target_ref"] = SetB }),
        Sdo("threat-actor", Secret, Tlp.AmberStrict, new() { ["name"] = "Source-protected actor" }),
        Sdo("report", Report, Tlp.Green, new() { ["name"] = "Weekly", ["published"] = "2026-11-01T00:00:00.000Z", ["object_refs"] = Refs(SetA, SetB, RedLink, Secret) }),
        Sdo("note", AmberNote, Tlp.Amber, new() { ["content"] = "A and the actor", ["object_refs"] = Refs(SetA, Secret) }),
        Sdo("sighting", SightingOfSecret, Tlp.Green, new() { ["sighting_of_ref"] = Secret, ["where_sighted_refs"] = Refs(Author) }),
        Granular(Sdo("incident", Incident, Tlp.Green, new() { ["name"] = "Cable cut", ["description"] = "Details from a liaison", ["labels"] = Refs("fimi") }), Tlp.Amber, "description"),
        Sdo("campaign", LaterRed, Tlp.Green, new() { ["name"] = "Was green" }, "2026-11-01T00:00:00.000Z"),
        Sdo("campaign", LaterRed, Tlp.Red, new() { ["name"] = "Now red" }, "2026-11-02T00:00:00.000Z"),
        Sdo("campaign", LaterGreen, Tlp.Red, new() { ["name"] = "Was red" }, "2026-11-01T00:00:00.000Z"),
        Sdo("campaign", LaterGreen, Tlp.Green, new() { ["name"] = "Now green" }, "2026-11-02T00:00:00.000Z"),
        Marked(Sdo("campaign", UnknownMarked, Tlp.Green, new() { ["name"] = "Odd marking" }), "marking-definition--00000000-0000-4000-8000-0000000000ff"),
    ];

    [Fact]
    public void A_GREEN_recipient_sees_no_RED_or_AMBER_object_reference_property_or_version()
    {
        var shared = RecipientFilter.Apply(Graph(), Tlp.Green);
        var byId = shared.Objects.GroupBy(o => o["id"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.ToList());
        var text = string.Join('\n', shared.Objects.Select(o => o.ToJsonString()));

        byId.Keys.ShouldBe([Tlp.Clear.StixMarkingDefinitionId(), Tlp.Green.StixMarkingDefinitionId(), Author, SetA, SetB, Report, Incident, LaterGreen], ignoreOrder: true);
        foreach (var hidden in new[] { RedLink, Secret, AmberNote, SightingOfSecret, LaterRed, UnknownMarked, "Source-protected actor", "Details from a liaison", "Was green", "Now red", "Was red", "Odd marking" })
        {
            text.ShouldNotContain(hidden); // no id, name, property or version, anywhere
        }

        byId[Report].Single()["object_refs"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe([SetA, SetB]);
        byId[Incident].Single().ContainsKey("granular_markings").ShouldBeFalse();
        byId[Incident].Single()["labels"]!.AsArray().Single()!.GetValue<string>().ShouldBe("fimi");
        byId[LaterGreen].Single()["name"]!.GetValue<string>().ShouldBe("Now green");
        shared.Withheld.ShouldBe(6);
        shared.Redacted.ShouldBe(2); // the report's references, the incident's description
    }

    [Fact]
    public void AMBER_is_not_AMBER_STRICT_and_RED_never_rides_along()
    {
        var amber = RecipientFilter.Apply(Graph(), Tlp.Amber).Objects.Select(o => o["id"]!.GetValue<string>()).ToHashSet();
        amber.ShouldContain(AmberNote);
        amber.ShouldNotContain(Secret);
        amber.ShouldNotContain(SightingOfSecret);
        amber.ShouldNotContain(RedLink);

        var strict = RecipientFilter.Apply(Graph(), Tlp.AmberStrict).Objects.Select(o => o["id"]!.GetValue<string>()).ToHashSet();
        strict.ShouldContain(Secret);
        strict.ShouldContain(SightingOfSecret);
        strict.ShouldNotContain(RedLink);
        strict.ShouldNotContain(UnknownMarked); // an unknown marking counts as RED

        var red = RecipientFilter.Apply(Graph(), Tlp.Red).Objects;
        red.Count(o => o["id"]!.GetValue<string>() == LaterGreen).ShouldBe(2); // the whole history, for a recipient who may see it
        red.ShouldContain(o => o["id"]!.GetValue<string>() == RedLink);
    }

    [Fact]
    public void The_OASIS_granular_marking_example_loses_only_the_marked_properties()
    {
        var example = StixExamples.Read("using-granular-markings.json");
        var shared = RecipientFilter.Apply(example, Tlp.Clear, unmarked: Tlp.Clear);

        shared.Objects.ShouldAllBe(o => !o.ContainsKey("granular_markings") || o["granular_markings"]!.AsArray().Count > 0);
        StixSchemaValidator.Problems(StixExamples.Bundle(shared.Objects)).ShouldBeEmpty();
    }

    [Property(MaxTest = 300)]
    public Property Nothing_above_the_ceiling_leaks_through_any_reference() =>
        Prop.ForAll(Arb.From(RandomGraphs()), graph =>
        {
            var (objects, ceiling) = graph;
            var shared = RecipientFilter.Apply(objects, ceiling).Objects;
            var text = string.Join('\n', shared.Select(o => o.ToJsonString()));
            var latest = objects.GroupBy(o => o["id"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.MaxBy(RecipientFilter.Version)!);
            var above = latest.Where(p => Level(p.Value) > ceiling).Select(p => p.Key).ToList();
            var sentIds = shared.Select(o => o["id"]!.GetValue<string>()).ToHashSet();
            var lower = RecipientFilter.Apply(objects, ceiling == Tlp.Clear ? Tlp.Clear : ceiling - 1).Objects.Select(o => o["id"]!.GetValue<string>());

            return above.All(id => !text.Contains(id, StringComparison.Ordinal))
                && shared.Where(o => o["type"]!.GetValue<string>() != "marking-definition").All(o => Level(o) <= ceiling)
                && shared.SelectMany(StixReferences.Of).All(r => sentIds.Contains(r) || !latest.ContainsKey(r)) // no dangling reference to something held
                && lower.All(sentIds.Contains); // a lower ceiling never sees more
        });

    private static Gen<(List<JsonObject>, Tlp)> RandomGraphs() =>
        from count in Gen.Choose(2, 14)
        from levels in Gen.ArrayOf(Gen.Elements(Enum.GetValues<Tlp>()), count)
        from links in Gen.ArrayOf(from a in Gen.Choose(0, count - 1) from b in Gen.Choose(0, count - 1) from t in Gen.Elements(Enum.GetValues<Tlp>()) select (a, b, t), count)
        from containers in Gen.ArrayOf(from members in Gen.SubListOf(Enumerable.Range(0, count).ToArray()) from t in Gen.Elements(Enum.GetValues<Tlp>()) select (members, t), 3)
        from ceiling in Gen.Elements(Enum.GetValues<Tlp>())
        select (Build(levels, links, containers), ceiling);

    private static List<JsonObject> Build(Tlp[] levels, (int, int, Tlp)[] links, (List<int>, Tlp)[] containers)
    {
        static string Id(string type, int n) => $"{type}--00000000-0000-4000-8000-{n:D12}";
        var objects = levels.Select((tlp, i) => Sdo("campaign", Id("campaign", i), tlp, new() { ["name"] = $"Campaign {i}" })).ToList();
        objects.AddRange(links.Select((l, i) => Sdo("relationship", Id("relationship", 100 + i), l.Item3, new() { ["relationship_type"] = "related-to", ["source_ref"] = Id("campaign", l.Item1), ["target_ref"] = Id("campaign", l.Item2) })));
        objects.AddRange(containers.Where(c => c.Item1.Count > 0).Select((c, i) => Sdo("grouping", Id("grouping", 200 + i), c.Item2, new()
        {
            ["context"] = "suspicious-activity",
            ["object_refs"] = Refs([.. c.Item1.Select(n => Id("campaign", n)), .. c.Item1.Select(n => Id("relationship", 100 + n))]),
        })));
        return objects;
    }

    private static Tlp Level(JsonObject o) => new StixMarkings([]).ObjectLevel(o) ?? Tlp.Amber;

    private static JsonObject Sdo(string type, string id, Tlp tlp, JsonObject properties, string at = "2026-11-01T00:00:00.000Z") =>
        StixObjects.Create(type, id, at, at, tlp, null, properties);

    private static JsonObject Granular(JsonObject o, Tlp tlp, params string[] selectors)
    {
        o["granular_markings"] = new JsonArray(new JsonObject { ["marking_ref"] = tlp.StixMarkingDefinitionId(), ["selectors"] = Refs(selectors) });
        return o;
    }

    private static JsonObject Marked(JsonObject o, string markingRef)
    {
        o["object_marking_refs"] = Refs(markingRef);
        return o;
    }

    private static JsonArray Refs(params string[] ids) => new([.. ids.Select(i => (JsonNode)JsonValue.Create(i)!)]);
}
