using Bolwerk.Storage.Sanctions;
using Bolwerk.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Bolwerk.Storage.Tests.Sanctions;

/// <summary>Sanctions list versions on both engines: import, idempotence by file hash, latest per list, entities back.</summary>
public sealed class SanctionsListStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Versions_are_stored_once_per_file_and_read_back_with_their_entities(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var clock = new FakeTimeProvider(T0);
        var store = new SanctionsListStore(db.Database, clock);

        var (first, created) = await store.ImportAsync(Version("un-consolidated", "aaa", Entity("un-1", "ERIC BADEGE"), Entity("un-2", "JOHN DOE")), CancellationToken.None);
        created.ShouldBeTrue();
        first.EntityCount.ShouldBe(2);
        first.ImportedAt.ShouldBe(T0);

        var (again, createdAgain) = await store.ImportAsync(Version("un-consolidated", "aaa", Entity("un-1", "ERIC BADEGE")), CancellationToken.None);
        createdAgain.ShouldBeFalse();
        again.Id.ShouldBe(first.Id);

        clock.Advance(TimeSpan.FromDays(1));
        var (second, _) = await store.ImportAsync(Version("un-consolidated", "bbb", Entity("un-1", "ERICK BADEGE")), CancellationToken.None);
        var (annex, _) = await store.ImportAsync(Version("eu-annex-xlii", "ccc", Entity("eu-1", "EAGLE S")), CancellationToken.None);

        (await store.VersionsAsync(null, CancellationToken.None)).Select(v => v.Id).ShouldBe([first.Id, second.Id, annex.Id]);
        (await store.VersionsAsync("un-consolidated", CancellationToken.None)).Select(v => v.Sha256).ShouldBe(["aaa", "bbb"]);
        (await store.LatestAsync(CancellationToken.None)).Select(v => (v.ListKey, v.Id)).ShouldBe([("eu-annex-xlii", annex.Id), ("un-consolidated", second.Id)]);
        (await store.EntitiesAsync(first.Id, CancellationToken.None)).Select(e => (e.EntityId, e.Caption)).ShouldBe([("un-1", "ERIC BADEGE"), ("un-2", "JOHN DOE")]);
        (await store.EntitiesAsync(second.Id, CancellationToken.None)).ShouldHaveSingleItem().Body.ShouldContain("ERICK");
        (await store.VersionsAsync(null, CancellationToken.None))[1].ImportedAt.ShouldBe(T0.AddDays(1));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task A_failed_import_leaves_no_version_behind(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var store = new SanctionsListStore(db.Database, TimeProvider.System);

        // Two entries with one id break the primary key half-way: the whole version rolls back.
        await Should.ThrowAsync<Exception>(() => store.ImportAsync(Version("ofac-sdn", "ddd", Entity("ofac-1", "A"), Entity("ofac-1", "B")), CancellationToken.None));

        (await store.VersionsAsync(null, CancellationToken.None)).ShouldBeEmpty();
    }

    private static NewListVersion Version(string key, string sha, params StoredListEntity[] entities) =>
        new(key, "Test", key + ".xml", sha, "2026-02-27", "test", entities);

    private static StoredListEntity Entity(string id, string name) =>
        new(id, "Person", name, "digest-" + name, $$"""{"id":"{{id}}","names":["{{name}}"]}""");
}
