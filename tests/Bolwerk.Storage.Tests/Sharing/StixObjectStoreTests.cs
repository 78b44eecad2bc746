using System.Text.Json.Nodes;
using Bolwerk.Marking;
using Bolwerk.Sharing;
using Bolwerk.Storage.Sharing;
using Bolwerk.Testing;

namespace Bolwerk.Storage.Tests.Sharing;

/// <summary>STIX objects in TAXII collections on both engines: versions kept, adding idempotent, date_added strictly increasing.</summary>
public sealed class StixObjectStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Versions_are_kept_adding_is_idempotent_and_date_added_increases(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var store = new StixObjectStore(db.Database);
        var collection = await store.CreateCollectionAsync("fimi", "FIMI networks", null, "nctv", Tlp.Green, T0, CancellationToken.None);
        (await store.FindCollectionAsync("fimi", CancellationToken.None))!.Id.ShouldBe(collection.Id);

        var v1 = Campaign("2026-11-01T00:00:00.000Z", Tlp.Green);
        var v2 = Campaign("2026-11-02T00:00:00.000Z", Tlp.Red);
        var first = await store.AddAsync(collection.Id, [v1, Scoless()], T0, CancellationToken.None);
        var second = await store.AddAsync(collection.Id, [v1, v2], T0.AddSeconds(-30), CancellationToken.None); // a clock that went back

        first.ShouldAllBe(o => o.Added);
        second.Select(o => o.Added).ShouldBe([false, true]);
        (await store.AddAsync(collection.Id, [Scoless()], T0, CancellationToken.None)).Single().Added.ShouldBeFalse(); // an observable without a version: same content, same object
        var stored = await store.ObjectsAsync(collection.Id, CancellationToken.None);
        stored.Count.ShouldBe(3);
        stored.Select(o => o.DateAdded).ShouldBeInOrder(SortDirection.Ascending);
        stored.Select(o => o.DateAdded).Distinct().Count().ShouldBe(3);
        stored.Where(o => o.Type == "campaign").Select(o => (o.Version, o.Tlp)).ShouldBe([("2026-11-01T00:00:00.000Z", Tlp.Green), ("2026-11-02T00:00:00.000Z", Tlp.Red)]);
        JsonNode.DeepEquals(JsonNode.Parse(stored[0].Body), v1).ShouldBeTrue();

        (await store.HeldAboveAsync(Tlp.Amber, Tlp.Amber, CancellationToken.None)).ShouldBe([v1["id"]!.GetValue<string>()]); // judged on the latest version
        (await store.DeleteAsync(collection.Id, v1["id"]!.GetValue<string>(), CancellationToken.None)).ShouldBe(2);
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => store.CreateCollectionAsync("x", "x", null, "nctv", Tlp.Red, T0, CancellationToken.None));
    }

    private static JsonObject Campaign(string at, Tlp tlp) =>
        StixObjects.Create("campaign", "campaign--00000000-0000-4000-8000-000000000001", at, at, tlp, null, new() { ["name"] = "C" });

    private static JsonObject Scoless() => new() { ["type"] = "domain-name", ["id"] = "domain-name--00000000-0000-4000-8000-000000000002", ["value"] = "example.org" };
}
