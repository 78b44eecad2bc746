using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Bolwerk.Host.Server;
using Bolwerk.Security;
using Bolwerk.Tests.Support;

namespace Bolwerk.Tests.Api;

/// <summary>
/// Every operation of the OpenAPI document, called by no one and by each role: it needs a token
/// unless it says anonymous, refuses every role below the one it names (403 forbidden-role), lets
/// that role past authorisation, and never answers 5xx to a call with made-up ids and an empty body.
/// A new endpoint is covered the day it is added to the document (the document is compared with
/// the server's in PlatformApiTests).
/// </summary>
public sealed class AuthorizationTests
{
    private static readonly Role[] Roles = [Role.Viewer, Role.Analyst, Role.Coordinator, Role.Admin];

    [Fact]
    public async Task Every_operation_needs_the_role_the_document_names_and_nothing_less()
    {
        await using var server = await TestServer.StartAsync();
        var users = new Dictionary<Role, Bolwerk.Storage.Accounts.UserAccount>();
        foreach (var role in Roles)
        {
            users[role] = (await server.UserAsync("u-" + role.ToString().ToLowerInvariant(), "kustwacht", role)).User;
        }

        // A fresh token for every call: DELETE /api/v1/session revokes the one it is called with.
        async Task<HttpClient> As(Role role)
        {
            var client = server.Anonymous();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await server.Accounts.IssueTokenAsync(users[role].Id, "authz", null, CancellationToken.None)).Token);
            return client;
        }

        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Golden", "openapi.json")));
        var checkedOperations = 0;
        var failures = new List<string>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch"))
            {
                var method = new HttpMethod(operation.Name.ToUpperInvariant());
                var url = Concrete(path.Name);
                var required = operation.Value.GetProperty("x-bolwerk-role").GetString();
                // The body in the media type the operation takes: a server picks the endpoint by it, before authorisation.
                var mediaType = operation.Value.TryGetProperty("requestBody", out var body) ? body.GetProperty("content").EnumerateObject().First().Name : "application/json";
                var label = $"{method} {path.Name} ({required})";
                checkedOperations++;

                var anonymous = await SendAsync(server.Anonymous(), method, url, mediaType);
                if (required == "anonymous")
                {
                    // Reached: whatever the handler answers (a sign-in without credentials is its own 401), but no role check and no 5xx.
                    if (anonymous is HttpStatusCode.Forbidden or >= HttpStatusCode.InternalServerError)
                    {
                        failures.Add($"{label}: anonymous got {(int)anonymous}");
                    }

                    continue;
                }

                if (!Roles.Any(r => RoleName(r) == required))
                {
                    failures.Add($"{label}: the document names no role");
                    continue;
                }

                if (anonymous != HttpStatusCode.Unauthorized)
                {
                    failures.Add($"{label}: anonymous got {(int)anonymous}, not 401");
                }

                foreach (var role in Roles)
                {
                    var (status, problemType) = await SendWithProblemAsync(await As(role), method, url, mediaType);
                    var allowed = Array.IndexOf(Roles, role) >= Array.IndexOf(Roles, Roles.Single(r => RoleName(r) == required));
                    if (!allowed && (status != HttpStatusCode.Forbidden || problemType != ProblemTypes.ForbiddenRole))
                    {
                        failures.Add($"{label}: {RoleName(role)} got {(int)status} {problemType}, not 403 forbidden-role");
                    }

                    if (allowed && (status == HttpStatusCode.Unauthorized || problemType == ProblemTypes.ForbiddenRole))
                    {
                        failures.Add($"{label}: {RoleName(role)} was refused ({(int)status} {problemType})");
                    }

                    if (status >= HttpStatusCode.InternalServerError)
                    {
                        failures.Add($"{label}: {RoleName(role)} got {(int)status}");
                    }
                }
            }
        }

        checkedOperations.ShouldBeGreaterThan(50);
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers_and_api_answers_are_not_cached()
    {
        await using var server = await TestServer.StartAsync();
        var (viewer, _) = await server.UserAsync("vik", "kustwacht", Role.Viewer);
        foreach (var (client, url) in new[] { (server.Anonymous(), "/map.html"), (server.Anonymous(), "/api/v1/me"), (viewer, "/api/v1/alerts"), (viewer, "/taxii2/"), (server.Anonymous(), "/healthz") })
        {
            using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
            var headers = response.Headers;
            headers.GetValues("Content-Security-Policy").Single().ShouldBe(SecurityHeaders.ContentSecurityPolicy, url);
            headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff", url);
            headers.GetValues("X-Frame-Options").Single().ShouldBe("DENY", url);
            headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer", url);
            if (url.StartsWith("/api", StringComparison.Ordinal) || url.StartsWith("/taxii2", StringComparison.Ordinal))
            {
                headers.CacheControl!.NoStore.ShouldBeTrue(url);
            }
        }

        SecurityHeaders.ContentSecurityPolicy.ShouldContain("script-src 'self';");
        SecurityHeaders.ContentSecurityPolicy.ShouldNotContain("unsafe");
    }

    [Fact]
    public async Task A_cross_site_form_post_carries_no_authority()
    {
        // What CSRF would need: the browser attaching credentials by itself. Bolwerk takes only the
        // Authorization header, which a form or a cross-site fetch cannot set, and sets no cookie.
        await using var server = await TestServer.StartAsync();
        await server.PasswordUserAsync("ana", "kustwacht", Role.Analyst, "a long enough passphrase");
        using var signIn = await server.Anonymous().PostAsync(new Uri("/api/v1/session", UriKind.Relative),
            new StringContent("""{"name":"ana","password":"a long enough passphrase"}""", Encoding.UTF8, "application/json"));
        signIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        signIn.Headers.Contains("Set-Cookie").ShouldBeFalse("no cookie carries authority");

        // What a page on another site can send without a preflight: a form, or JSON declared text/plain.
        // Neither carries a token, and neither is a body these endpoints take.
        using var form = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/cases", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["title"] = "forged", ["type"] = "other" }),
        };
        form.Headers.Add("Origin", "https://evil.example");
        (await server.Anonymous().SendAsync(form)).StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.UnsupportedMediaType);
        using var plain = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/cases", UriKind.Relative))
        {
            Content = new StringContent("""{"title":"forged","type":"other"}""", Encoding.UTF8, "text/plain"),
        };
        plain.Headers.Add("Origin", "https://evil.example");
        (await server.Anonymous().SendAsync(plain)).StatusCode.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.UnsupportedMediaType);
        var (analyst, _) = await server.UserAsync("ria", "kustwacht", Role.Analyst);
        (await analyst.GetStringAsync(new Uri("/api/v1/cases", UriKind.Relative))).ShouldBe("[]", "nothing was created");
    }

    private static string RoleName(Role role) => Bolwerk.Storage.Accounts.RoleNames.ToName(role);

    // Made-up ids of the right shape: authorisation comes before any lookup.
    private static string Concrete(string template) => template
        .Replace("{mmsi}", "244000000", StringComparison.Ordinal)
        .Replace("{root}", "bolwerk", StringComparison.Ordinal)
        .Replace("{objectId}", "indicator--00000000-0000-4000-8000-000000000000", StringComparison.Ordinal)
        .Replace("{statusId}", "00000000-0000-4000-8000-000000000000", StringComparison.Ordinal)
        .Replace("{key}", "no-such-list", StringComparison.Ordinal)
        .Replace("{id}", "no-such-id", StringComparison.Ordinal);

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, HttpMethod method, string url, string mediaType) => (await SendWithProblemAsync(client, method, url, mediaType)).Status;

    private static async Task<(HttpStatusCode Status, string? ProblemType)> SendWithProblemAsync(HttpClient client, HttpMethod method, string url, string mediaType)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        if (method == HttpMethod.Post || method == HttpMethod.Put || method == HttpMethod.Patch)
        {
            request.Content = new StringContent("{}", Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        }

        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/taxii+json", 0.9));
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        // Headers only: the alert stream never ends for a caller it admits.
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        string? type = null;
        if (response.Content.Headers.ContentType?.MediaType == "application/problem+json")
        {
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancel.Token));
            type = problem.RootElement.TryGetProperty("type", out var t) ? t.GetString() : null;
        }

        return (response.StatusCode, type);
    }
}
