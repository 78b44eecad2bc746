using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bolwerk.Tests.Support;

namespace Bolwerk.Tests.Cli;

/// <summary>
/// A full run of the real server process — sign-ins right and wrong, API calls with good, bad and
/// revoked tokens, a malformed body, sign-out — and then every line it wrote and every audit entry
/// is searched for the passwords and tokens used: none may appear.
/// </summary>
public sealed partial class SecretsNotLoggedTests : IDisposable
{
    private const string Password = "a perfectly secret phrase";
    private const string WrongPassword = "the wrong secret phrase";
    private readonly string _directory = Directory.CreateTempSubdirectory("bolwerk-secrets-").FullName;

    [Fact]
    public async Task Passwords_and_tokens_appear_in_no_output_and_no_audit_entry()
    {
        var (addExit, apiTokenOut, addErr) = await CliProcess.RunAsync(_directory, "users", "add", "ana", "--org", "kustwacht", "--role", "admin", "-d", "s.db");
        addExit.ShouldBe(0, addErr);
        var apiToken = apiTokenOut.Trim();
        (await CliProcess.RunWithInputAsync(_directory, Password + "\n", "users", "password", "ana", "--stdin", "-d", "s.db")).ExitCode.ShouldBe(0);

        string sessionToken;
        await using (var serve = CliProcess.Start(_directory, "serve", "-d", "s.db", "--port", "0"))
        {
            var line = await serve.WaitForLineAsync(l => l.Contains("Bolwerk serving http://", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
            using var http = new HttpClient { BaseAddress = new Uri(Url().Match(line).Value) };

            (await http.PostAsJsonAsync(new Uri("/api/v1/session", UriKind.Relative), new { name = "ana", password = WrongPassword })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            var session = await (await http.PostAsJsonAsync(new Uri("/api/v1/session", UriKind.Relative), new { name = "ana", password = Password })).Content.ReadFromJsonAsync<JsonElement>();
            sessionToken = session.GetProperty("token").GetString()!;

            foreach (var token in new[] { apiToken, sessionToken, "bwk_" + new string('Z', 43), "not even a token" })
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/alerts", UriKind.Relative));
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                await http.SendAsync(request);
            }

            using (var malformed = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/cases", UriKind.Relative)))
            {
                malformed.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sessionToken);
                malformed.Content = new StringContent("{\"title\": " + Password, Encoding.UTF8, "application/json");
                (await http.SendAsync(malformed)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            }

            using (var signOut = new HttpRequestMessage(HttpMethod.Delete, new Uri("/api/v1/session", UriKind.Relative)))
            {
                signOut.Headers.Authorization = new AuthenticationHeaderValue("Bearer", sessionToken);
                (await http.SendAsync(signOut)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
            }

            using (var audit = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/v1/audit?limit=1000", UriKind.Relative)))
            {
                audit.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiToken);
                var entries = await (await http.SendAsync(audit)).Content.ReadAsStringAsync();
                entries.ShouldContain("sign-in");
                AssertNoSecret(entries, "the audit log", apiToken, sessionToken);
            }

            // The server's own output, everything it wrote (the log goes to the console).
            AssertNoSecret(serve.StandardOutput + serve.StandardError, "the server's output", apiToken, sessionToken);
        }

        // The database file holds the token digests and the password hash, never the values.
        foreach (var file in Directory.GetFiles(_directory, "s.db*"))
        {
            AssertNoSecret(Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file)), Path.GetFileName(file), apiToken, sessionToken);
        }
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static void AssertNoSecret(string text, string where, string apiToken, string sessionToken)
    {
        foreach (var secret in new[] { Password, WrongPassword, apiToken, sessionToken })
        {
            text.Contains(secret, StringComparison.Ordinal).ShouldBeFalse($"{where} contains a secret ({secret[..6]}…)");
        }
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/?")]
    private static partial Regex Url();
}
