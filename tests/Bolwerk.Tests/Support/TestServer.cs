using System.Net.Http.Headers;
using Bolwerk.Host.Server;
using Bolwerk.Security;
using Bolwerk.Storage.Accounts;
using Bolwerk.Storage.Alerts;
using Bolwerk.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Bolwerk.Tests.Support;

/// <summary>
/// The real server (Kestrel on a free loopback port) on a fresh database of either engine, with
/// helpers to create users and clients that carry their tokens.
/// </summary>
internal sealed class TestServer : IAsyncDisposable
{
    private readonly TestDatabase _database;
    private readonly WebApplication _app;
    private readonly List<HttpClient> _clients = [];

    private TestServer(TestDatabase database, WebApplication app)
    {
        _database = database;
        _app = app;
        BaseAddress = app.ListeningAddress();
    }

    public Uri BaseAddress { get; }

    /// <summary>The server's (fake) clock now.</summary>
    public DateTimeOffset Now => _database.Time.GetUtcNow();

    public AccountStore Accounts => _app.Services.GetRequiredService<AccountStore>();

    public AlertStore Alerts => _app.Services.GetRequiredService<AlertStore>();

    public IServiceProvider Services => _app.Services;

    public Bolwerk.Storage.Sharing.StixObjectStore Stix => _app.Services.GetRequiredService<Bolwerk.Storage.Sharing.StixObjectStore>();

    public Bolwerk.Storage.Tracks.TrackStore Tracks => _app.Services.GetRequiredService<Bolwerk.Storage.Tracks.TrackStore>();

    public static async Task<TestServer> StartAsync(string engine = "sqlite", long maxRequestBodyBytes = 8 * 1024 * 1024, StrategySources? strategy = null, int signInAttemptsPerMinute = 10)
    {
        var database = await TestDatabase.CreateEmptyAsync(engine);
        var settings = new ServerSettings
        {
            Database = database.ConnectionString, Port = 0, MaxRequestBodyBytes = maxRequestBodyBytes, TimeProvider = database.Time, SignInAttemptsPerMinute = signInAttemptsPerMinute,
        };
        settings = strategy is null ? settings : settings with { Strategy = strategy };
        var app = await BolwerkServer.BuildAsync(settings, CancellationToken.None);
        await app.StartAsync();
        return new TestServer(database, app);
    }

    public HttpClient Anonymous()
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        _clients.Add(client);
        return client;
    }

    public async Task<(HttpClient Client, UserAccount User)> UserAsync(string name, string organisation, Role role)
    {
        await Accounts.EnsureOrganisationAsync(organisation, organisation.ToUpperInvariant(), CancellationToken.None);
        var user = await Accounts.CreateUserAsync(name, organisation, role, CancellationToken.None);
        var token = await Accounts.IssueTokenAsync(user.Id, "test", null, CancellationToken.None);
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        return (client, user);
    }

    /// <summary>A user who signs in to the web pages with <paramref name="password"/>.</summary>
    public async Task<UserAccount> PasswordUserAsync(string name, string organisation, Role role, string password)
    {
        var (_, user) = await UserAsync(name, organisation, role);
        await _app.Services.GetRequiredService<AccountPasswords>().SetAsync(user.Id, password, CancellationToken.None);
        return user;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }
}
