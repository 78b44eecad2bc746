using Bolwerk.Alerts;
using Bolwerk.Marking;
using Bolwerk.Storage.Accounts;
using Bolwerk.Storage.Alerts;
using Bolwerk.Testing;

namespace Bolwerk.Storage.Tests.Alerts;

public sealed class AlertStoreTests
{
    private const string Org = "kustwacht";

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task IngestAsync_Batch_StoresEveryAlertWithItsFields(string engine)
    {
        await using var db = await CreateAsync(engine);
        var store = new AlertStore(db.Database, db.Time);
        var alerts = Enumerable.Range(0, 5).Select(i => SampleAlerts.SlowTransit(i)).ToList();

        var result = await store.IngestAsync("detector:test", "batch-1", alerts, Org, "usr_a", CancellationToken.None);

        result.ShouldBe(new IngestResult(5, 0, false));
        var stored = await store.ListAsync(10, CancellationToken.None);
        stored.Count.ShouldBe(5);
        var first = stored.Single(s => s.Alert.IngestKey == alerts[0].IngestKey);
        first.Alert.Observed.ShouldBe(alerts[0].Observed);
        first.Alert.Location.ShouldBe(alerts[0].Location);
        first.Alert.Evidence.Single().Grade.ToString().ShouldBe("B2");
        first.Alert.Evidence.Single().Facts["min_distance_m"].ShouldBe("380");
        first.Marking.ShouldBe(new ObjectMarking(Tlp.Amber, Org, [], ["usr_a"]), new MarkingComparer());
        (await store.FindAsync(first.Id, CancellationToken.None))!.Alert.Title.ShouldBe(alerts[0].Title);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task IngestAsync_ReplayedBatch_InsertsNothingTwice(string engine)
    {
        await using var db = await CreateAsync(engine);
        var store = new AlertStore(db.Database, db.Time);
        var alerts = Enumerable.Range(0, 5).Select(i => SampleAlerts.SlowTransit(i)).ToList();
        await store.IngestAsync("detector:test", "batch-1", alerts, Org, "usr_a", CancellationToken.None);

        var replay = await store.IngestAsync("detector:test", "batch-1", alerts, Org, "usr_a", CancellationToken.None);
        var overlapping = await store.IngestAsync("detector:test", "batch-2", Enumerable.Range(3, 4).Select(i => SampleAlerts.SlowTransit(i)), Org, "usr_a", CancellationToken.None);

        replay.ShouldBe(new IngestResult(0, 0, true));
        overlapping.ShouldBe(new IngestResult(2, 2, false));
        (await store.CountAsync(CancellationToken.None)).ShouldBe(7);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task IngestAsync_FailureMidBatch_LeavesNothingBehindAndCanBeRetried(string engine)
    {
        await using var db = await CreateAsync(engine);
        var store = new AlertStore(db.Database, db.Time);

        await Should.ThrowAsync<IOException>(() => store.IngestAsync("detector:test", "batch-1", FailAfter(3), Org, "usr_a", CancellationToken.None));

        (await store.CountAsync(CancellationToken.None)).ShouldBe(0);
        (await db.CountRowsAsync("ingest_batches")).ShouldBe(0);
        var retry = await store.IngestAsync("detector:test", "batch-1", Enumerable.Range(0, 5).Select(i => SampleAlerts.SlowTransit(i)), Org, "usr_a", CancellationToken.None);
        retry.Inserted.ShouldBe(5);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task IngestAsync_CancelledMidBatch_LeavesNothingBehind(string engine)
    {
        await using var db = await CreateAsync(engine);
        var store = new AlertStore(db.Database, db.Time);
        using var cancellation = new CancellationTokenSource();

        await Should.ThrowAsync<OperationCanceledException>(() =>
            store.IngestAsync("detector:test", "batch-1", CancelAfter(3, cancellation), Org, "usr_a", cancellation.Token));

        (await store.CountAsync(CancellationToken.None)).ShouldBe(0);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task IngestAsync_ConcurrentReplays_StoreTheBatchOnce(string engine)
    {
        await using var db = await CreateAsync(engine);
        var store = new AlertStore(db.Database, db.Time);
        var alerts = Enumerable.Range(0, 20).Select(i => SampleAlerts.SlowTransit(i)).ToList();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => IngestTolerantAsync(store, alerts))));

        results.Sum(r => r.Inserted).ShouldBe(20);
        (await store.CountAsync(CancellationToken.None)).ShouldBe(20);
    }

    private static async Task<IngestResult> IngestTolerantAsync(AlertStore store, IReadOnlyList<Alert> alerts)
    {
        // A concurrent writer can lose a race on the batch key; the caller retries, as a feed client would.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await store.IngestAsync("detector:test", "batch-1", alerts, Org, "usr_a", CancellationToken.None);
            }
            catch (Bolwerk.Storage.Infrastructure.StorageException e) when ((e.IsTransient || e.Code == Bolwerk.Storage.Infrastructure.StorageErrorCode.Conflict) && attempt < 20)
            {
                await Task.Delay(50);
            }
        }
    }

    private static async Task<TestDatabase> CreateAsync(string engine)
    {
        var db = await TestDatabase.CreateAsync(engine);
        await new AccountStore(db.Database, db.Time).EnsureOrganisationAsync(Org, "Kustwacht", CancellationToken.None);
        return db;
    }

    private static IEnumerable<Alert> FailAfter(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return SampleAlerts.SlowTransit(i);
        }

        throw new IOException("feed connection lost");
    }

    private static IEnumerable<Alert> CancelAfter(int count, CancellationTokenSource cancellation)
    {
        for (var i = 0; i < count + 2; i++)
        {
            if (i == count)
            {
                cancellation.Cancel();
            }

            yield return SampleAlerts.SlowTransit(i);
        }
    }

    private sealed class MarkingComparer : IEqualityComparer<ObjectMarking>
    {
        public bool Equals(ObjectMarking? x, ObjectMarking? y) =>
            x!.Tlp == y!.Tlp && x.OwnerOrganisation == y.OwnerOrganisation
            && x.SharedWithOrganisations.SequenceEqual(y.SharedWithOrganisations) && x.Recipients.SequenceEqual(y.Recipients);

        public int GetHashCode(ObjectMarking obj) => obj.Tlp.GetHashCode();
    }
}
