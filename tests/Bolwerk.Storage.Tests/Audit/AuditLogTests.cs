using Bolwerk.Storage.Audit;
using Bolwerk.Storage.Infrastructure;
using Bolwerk.Testing;

namespace Bolwerk.Storage.Tests.Audit;

public sealed class AuditLogTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task QueryAsync_FiltersByActorActionOutcomeAndTime(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var log = new AuditLog(db.Database);
        var t0 = db.Time.GetUtcNow();
        await log.AppendAsync(Entry(t0, "u1", "read", AuditOutcome.Allowed), CancellationToken.None);
        await log.AppendAsync(Entry(t0.AddMinutes(1), "u2", "read", AuditOutcome.Denied), CancellationToken.None);
        await log.AppendAsync(Entry(t0.AddMinutes(2), "u1", "write", AuditOutcome.Allowed), CancellationToken.None);

        (await log.QueryAsync(new AuditQuery(), CancellationToken.None)).Select(e => e.Sequence).ShouldBe([1L, 2L, 3L]);
        (await log.QueryAsync(new AuditQuery(ActorUserId: "u1"), CancellationToken.None)).Count.ShouldBe(2);
        (await log.QueryAsync(new AuditQuery(Outcome: AuditOutcome.Denied), CancellationToken.None)).Single().ActorUserId.ShouldBe("u2");
        (await log.QueryAsync(new AuditQuery(From: t0.AddSeconds(30), To: t0.AddMinutes(2)), CancellationToken.None)).Single().Action.ShouldBe("read");
        (await log.QueryAsync(new AuditQuery(AfterSequence: 1, Limit: 1), CancellationToken.None)).Single().Sequence.ShouldBe(2);
        var first = (await log.QueryAsync(new AuditQuery(Limit: 1), CancellationToken.None)).Single();
        first.At.ShouldBe(t0);
        first.RemoteAddress.ShouldBe("127.0.0.1");
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AuditLog_UpdateOrDelete_IsRefusedByTheDatabase(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        await new AuditLog(db.Database).AppendAsync(Entry(db.Time.GetUtcNow(), "u1", "read", AuditOutcome.Allowed), CancellationToken.None);

        foreach (var sql in new[] { "UPDATE audit_log SET actor_name = 'someone else'", "DELETE FROM audit_log" })
        {
            var error = await Should.ThrowAsync<StorageException>(() => db.ExecuteAsync(sql));
            error.Code.ShouldBe(StorageErrorCode.AppendOnlyViolation, sql);
        }

        (await new AuditLog(db.Database).QueryAsync(new AuditQuery(), CancellationToken.None)).Single().ActorName.ShouldBe("user-u1");
    }

    private static AuditEntry Entry(DateTimeOffset at, string user, string action, AuditOutcome outcome) =>
        new(0, at, user, $"user-{user}", "kustwacht", action, "alert", "alr_1", outcome, outcome == AuditOutcome.Denied ? "TLP:RED: not a named recipient" : null, "127.0.0.1");
}
