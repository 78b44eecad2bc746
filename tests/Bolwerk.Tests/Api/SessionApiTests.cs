using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bolwerk.Host.Server;
using Bolwerk.Security;
using Bolwerk.Testing;
using Bolwerk.Tests.Support;

namespace Bolwerk.Tests.Api;

/// <summary>The web login: name and password for an expiring token, sign-out revokes it, attempts are audited and rate limited.</summary>
public sealed class SessionApiTests
{
    private const string Password = "a long enough passphrase";

    [SkippableTheory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task A_password_buys_an_expiring_token_that_signing_out_revokes(string engine)
    {
        await using var server = await TestServer.StartAsync(engine);
        var (admin, _) = await server.UserAsync("ada", "kustwacht", Role.Admin);
        await server.PasswordUserAsync("ana", "kustwacht", Role.Analyst, Password);

        var response = await server.Anonymous().PostAsJsonAsync(new Uri("/api/v1/session", UriKind.Relative), new { name = "ana", password = Password });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var session = await response.Content.ReadFromJsonAsync<JsonElement>();
        session.GetProperty("user").GetProperty("role").GetString().ShouldBe("analyst");
        session.GetProperty("expiresAt").GetDateTimeOffset().ShouldBe(server.Now + TimeSpan.FromHours(12), TimeSpan.FromSeconds(1));
        var client = server.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.GetProperty("token").GetString());
        (await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/me", UriKind.Relative))).GetProperty("name").GetString().ShouldBe("ana");

        (await client.DeleteAsync(new Uri("/api/v1/session", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await client.GetAsync(new Uri("/api/v1/me", UriKind.Relative))).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, ProblemTypes.Unauthenticated);

        // Wrong password, unknown name, a user without a password: the same 401, saying nothing about which.
        foreach (var (name, password) in new[] { ("ana", "not the password at all"), ("nobody", Password), ("ada", Password) })
        {
            var refused = await server.Anonymous().PostAsJsonAsync(new Uri("/api/v1/session", UriKind.Relative), new { name, password });
            var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, ProblemTypes.Unauthenticated);
            problem.GetProperty("detail").GetString().ShouldBe("The name or password is wrong, or the account is disabled.");
        }

        var audit = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/audit?action=sign-in", UriKind.Relative));
        var entries = audit.GetProperty("items").EnumerateArray().ToList();
        entries.Count(e => e.GetProperty("outcome").GetString() == "allowed").ShouldBe(1);
        entries.Count(e => e.GetProperty("outcome").GetString() == "denied").ShouldBe(3);
        audit.GetRawText().ShouldNotContain(Password, Case.Sensitive, "a password never reaches the audit log");
        audit.GetRawText().ShouldNotContain("not the password at all");
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_are_answered_429_with_retry_after()
    {
        await using var server = await TestServer.StartAsync(signInAttemptsPerMinute: 3);
        await server.PasswordUserAsync("ana", "kustwacht", Role.Analyst, Password);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 5; i++)
        {
            last = await server.Anonymous().PostAsJsonAsync(new Uri("/api/v1/session", UriKind.Relative), new { name = "ana", password = "guess number " + i });
            statuses.Add(last.StatusCode);
        }

        statuses.ShouldBe([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests]);
        last!.Headers.RetryAfter.ShouldNotBeNull();
        await last.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, ProblemTypes.TooManyRequests);
        // Even the right password waits out the window: the limit is on attempts, not failures.
        (await server.Anonymous().PostAsJsonAsync(new Uri("/api/v1/session", UriKind.Relative), new { name = "ana", password = Password })).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Passwords_shorter_than_twelve_characters_are_refused_and_hashes_are_salted()
    {
        await using var server = await TestServer.StartAsync();
        var (_, user) = await server.UserAsync("ana", "kustwacht", Role.Analyst);
        var passwords = new Bolwerk.Storage.Accounts.AccountPasswords(
            (Bolwerk.Storage.Infrastructure.BolwerkDatabase)server.Services.GetService(typeof(Bolwerk.Storage.Infrastructure.BolwerkDatabase))!, server.Accounts, TimeProvider.System);
        (await Should.ThrowAsync<ArgumentException>(() => passwords.SetAsync(user.Id, "short pass", CancellationToken.None))).Message.ShouldStartWith("A password needs at least 12 characters");

        var first = Bolwerk.Storage.Accounts.PasswordHashing.Hash(Password);
        var second = Bolwerk.Storage.Accounts.PasswordHashing.Hash(Password);
        first.ShouldNotBe(second);
        first.ShouldStartWith("pbkdf2-sha256$600000$");
        Bolwerk.Storage.Accounts.PasswordHashing.Verify(Password, first).ShouldBeTrue();
        Bolwerk.Storage.Accounts.PasswordHashing.Verify(Password + " ", first).ShouldBeFalse();
        Bolwerk.Storage.Accounts.PasswordHashing.Verify(Password, "pbkdf2-sha256$1$not base64$x").ShouldBeFalse();
    }
}
