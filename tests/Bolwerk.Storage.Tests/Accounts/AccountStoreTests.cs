using Bolwerk.Security;
using Bolwerk.Storage.Accounts;
using Bolwerk.Storage.Infrastructure;
using Bolwerk.Testing;

namespace Bolwerk.Storage.Tests.Accounts;

public sealed class AccountStoreTests
{
    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task IssueTokenAsync_StoresOnlyTheDigest(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var (store, user) = await CreateUserAsync(db, Role.Analyst);

        var issued = await store.IssueTokenAsync(user.Id, "laptop", null, CancellationToken.None);

        var rows = await db.Database.WithConnectionAsync(async c =>
        {
            await using var select = c.CreateCommand();
            select.CommandText = "SELECT id, user_id, token_hash, label FROM api_tokens";
            await using var reader = await select.ExecuteReaderAsync();
            var all = new List<string>();
            while (await reader.ReadAsync())
            {
                all.AddRange(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i)));
            }

            return all;
        }, CancellationToken.None);
        issued.Token.ShouldStartWith("bwk_");
        rows.ShouldContain(ApiTokens.Digest(issued.Token));
        var secret = issued.Token.Substring(4);
        rows.ShouldAllBe(value => !value.Contains(secret));
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AuthenticateAsync_ValidToken_ReturnsUser_RevokedOrExpiredReturnsNull(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var (store, user) = await CreateUserAsync(db, Role.Viewer);
        var permanent = await store.IssueTokenAsync(user.Id, "permanent", null, CancellationToken.None);
        var shortLived = await store.IssueTokenAsync(user.Id, "short", db.Time.GetUtcNow().AddHours(1), CancellationToken.None);

        (await store.AuthenticateAsync(permanent.Token, CancellationToken.None))!.Name.ShouldBe("ria");
        (await store.AuthenticateAsync(shortLived.Token, CancellationToken.None)).ShouldNotBeNull();
        (await store.AuthenticateAsync("bwk_" + new string('x', 43), CancellationToken.None)).ShouldBeNull();

        db.Time.Advance(TimeSpan.FromHours(2));
        (await store.AuthenticateAsync(shortLived.Token, CancellationToken.None)).ShouldBeNull();

        (await store.RevokeTokenAsync(permanent.TokenId, CancellationToken.None)).ShouldBeTrue();
        (await store.AuthenticateAsync(permanent.Token, CancellationToken.None)).ShouldBeNull();
        (await store.RevokeTokenAsync(permanent.TokenId, CancellationToken.None)).ShouldBeFalse();
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task CreateUserAsync_DuplicateName_IsConflict(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var (store, _) = await CreateUserAsync(db, Role.Viewer);

        var error = await Should.ThrowAsync<StorageException>(() => store.CreateUserAsync("ria", "kustwacht", Role.Admin, CancellationToken.None));

        error.Code.ShouldBe(StorageErrorCode.Conflict);
        error.IsTransient.ShouldBeFalse();
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task CreateUserAsync_UnknownOrganisation_IsMissingReference(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var store = new AccountStore(db.Database, db.Time);

        var error = await Should.ThrowAsync<StorageException>(() => store.CreateUserAsync("ria", "nowhere", Role.Viewer, CancellationToken.None));

        error.Code.ShouldBe(StorageErrorCode.MissingReference);
    }

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task EnsureOrganisationAsync_Twice_KeepsOne(string engine)
    {
        await using var db = await TestDatabase.CreateAsync(engine);
        var store = new AccountStore(db.Database, db.Time);

        await store.EnsureOrganisationAsync("nctv", "NCTV", CancellationToken.None);
        var again = await store.EnsureOrganisationAsync("nctv", "renamed", CancellationToken.None);

        again.Name.ShouldBe("NCTV");
        (await store.ListOrganisationsAsync(CancellationToken.None)).Count.ShouldBe(1);
    }

    private static async Task<(AccountStore Store, UserAccount User)> CreateUserAsync(TestDatabase db, Role role)
    {
        var store = new AccountStore(db.Database, db.Time);
        await store.EnsureOrganisationAsync("kustwacht", "Kustwacht", CancellationToken.None);
        var user = await store.CreateUserAsync("ria", "kustwacht", role, CancellationToken.None);
        return (store, user);
    }
}
