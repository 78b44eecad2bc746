using Bolwerk.Storage.Fimi;
using Bolwerk.Testing;

namespace Bolwerk.Storage.Tests.Fimi;

/// <summary>FIMI runs, networks and tag histories on both engines.</summary>
public sealed class FimiRunStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task A_run_keeps_its_networks_in_order_and_tags_append(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var store = new FimiRunStore(db.Database);
        var run = new StoredFimiRun("fimi-1", T0, "cli:ana", "nctv", 1, "{\"windowSeconds\":60}", "[]", 1000, 2);
        await store.SaveAsync(run, [Network("net-b", 1), Network("net-a", 2)], CancellationToken.None);

        (await store.RunsAsync(CancellationToken.None)).ShouldHaveSingleItem().ShouldBe(run);
        (await store.NetworksAsync("fimi-1", CancellationToken.None)).Select(n => n.Id).ShouldBe(["net-b", "net-a"]);
        (await store.NetworkAsync("net-a", CancellationToken.None))!.Score.ShouldBe(0.5);

        await store.TagAsync("net-a", "T0049.003", true, "ana", T0.AddMinutes(1), "bots", CancellationToken.None);
        var second = await store.TagAsync("net-a", "T0049.003", false, "bob", T0.AddMinutes(2), null, CancellationToken.None);
        second.Sequence.ShouldBe(2);
        (await store.TagsAsync("fimi-1", "net-a", CancellationToken.None)).Select(t => (t.Technique, t.Confirmed, t.Analyst)).ShouldBe([("T0049.003", true, "ana"), ("T0049.003", false, "bob")]);
        (await store.TagsAsync("fimi-1", null, CancellationToken.None)).Count.ShouldBe(2);
        (await store.RunAsync("fimi-2", CancellationToken.None)).ShouldBeNull();
    }

    private static StoredFimiNetwork Network(string id, int seq) => new(id, "fimi-1", seq, "co-share", 3, 0.5, T0, T0.AddHours(1), "{}");
}
