using Bolwerk.Storage.Cases;
using Bolwerk.Storage.Infrastructure;
using Bolwerk.Testing;

namespace Bolwerk.Storage.Tests.Cases;

/// <summary>Case event streams on both engines: append in order, read back, and refuse a stale writer.</summary>
public sealed class CaseStoreTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Events_append_in_order_and_a_writer_with_a_stale_version_is_refused(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var store = new CaseStore(db.Database);
        (await store.NextIdAsync(2026, CancellationToken.None)).ShouldBe("case-2026-0001");

        await store.AppendAsync(Summary(1, "open"), 0, [Event(1, "case-opened")], CancellationToken.None);
        await store.AppendAsync(Summary(3, "assessing"), 1, [Event(2, "case-moved"), Event(3, "evidence-added")], CancellationToken.None);

        (await store.EventsAsync("case-2026-0001", CancellationToken.None)).Select(e => (e.Sequence, e.Kind)).ShouldBe([(1, "case-opened"), (2, "case-moved"), (3, "evidence-added")]);
        (await store.ListAsync(CancellationToken.None)).ShouldHaveSingleItem().State.ShouldBe("assessing");
        (await store.NextIdAsync(2026, CancellationToken.None)).ShouldBe("case-2026-0002");

        // Another writer read version 1 and tries to append after it: refused, nothing written.
        var error = await Should.ThrowAsync<StorageException>(() => store.AppendAsync(Summary(2, "deciding"), 1, [Event(2, "case-moved")], CancellationToken.None));
        error.Code.ShouldBe(StorageErrorCode.Conflict);
        (await store.EventsAsync("case-2026-0001", CancellationToken.None)).Count.ShouldBe(3);
        (await store.EventsAsync("case-9999-0001", CancellationToken.None)).ShouldBeEmpty();
    }

    private static StoredCaseSummary Summary(int version, string state) =>
        new("case-2026-0001", "Test", "cable-sabotage", state, "nctv", 2, version, T0, T0.AddMinutes(version));

    private static StoredCaseEvent Event(int sequence, string kind) => new(sequence, kind, T0.AddMinutes(sequence), "ann", "{}");
}
