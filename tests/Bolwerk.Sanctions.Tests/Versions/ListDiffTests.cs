using Bolwerk.Sanctions.Model;
using Bolwerk.Sanctions.Tests.Screening;
using Bolwerk.Sanctions.Versions;

namespace Bolwerk.Sanctions.Tests.Versions;

public sealed class ListDiffTests
{
    [Fact]
    public void Every_entity_of_the_real_lists_survives_the_canonical_json_round_trip()
    {
        foreach (var entity in ListFixtures.Entities)
        {
            var json = EntityJson.Write(entity);
            var back = EntityJson.Read(json);
            EntityJson.Write(back).ShouldBe(json);
            ListDiff.Between([entity], [back]).Unchanged.ShouldBe(1);
        }
    }

    [Fact]
    public void Added_removed_and_changed_entries_are_told_apart_with_the_changed_fields()
    {
        var a = Person("p1", "Eric Badege") with { BirthDates = ["1971"] };
        var b = Person("p2", "John Doe");
        var c = Person("p3", "Jane Roe");
        var a2 = a with { Aliases = ["Erick Badege"], BirthDates = ["1971-03-02"], Source = "a newer edition" };
        var d = Person("p4", "New Person");

        var diff = ListDiff.Between([a, b, c], [a2, c, d]);

        diff.Added.Select(e => e.Id).ShouldBe(["p4"]);
        diff.Removed.Select(e => e.Id).ShouldBe(["p2"]);
        var changed = diff.Changed.ShouldHaveSingleItem();
        changed.After.Id.ShouldBe("p1");
        changed.Fields.ShouldBe(["aliases", "birthDates"]); // the source (edition) is not a change of the entry
        diff.Unchanged.ShouldBe(1);
    }

    [Fact]
    public void Digests_differ_exactly_when_the_json_differs()
    {
        var a = EntityJson.Write(Person("p1", "Eric Badege"));
        var b = EntityJson.Write(Person("p1", "Erick Badege"));

        EntityJson.Digest(a).ShouldBe(EntityJson.Digest(a));
        EntityJson.Digest(a).ShouldNotBe(EntityJson.Digest(b));
        EntityJson.Digest(a).Length.ShouldBe(64);
    }

    private static SanctionedEntity Person(string id, string name) => new() { Id = id, Schema = "Person", Names = [name], Source = "test" };
}
