using System.Text.Json;
using System.Text.Json.Serialization;
using Bolwerk.Host.Api;
using Bolwerk.Host.Api.Alerts;
using Bolwerk.Storage.Accounts;
using Bolwerk.Storage.Alerts;
using Bolwerk.Storage.Audit;
using Bolwerk.Storage.Infrastructure;
using Bolwerk.Storage.Migrations;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;

namespace Bolwerk.Host.Server;

/// <summary>Builds and starts the HTTP server: one place for `serve`, `demo` and the tests.</summary>
public static class BolwerkServer
{
    /// <summary>Builds the application (database opened and migrated, endpoints mapped) without starting it.</summary>
    public static async Task<WebApplication> BuildAsync(ServerSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
            EnvironmentName = Environments.Production,
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(options =>
        {
            options.Limits.MaxRequestBodySize = settings.MaxRequestBodyBytes;
            options.AddServerHeader = false;
        });
        builder.WebHost.UseUrls($"http://{settings.Host}:{settings.Port}");

        var database = BolwerkDatabase.Open(settings.Database);
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton(settings.TimeProvider);
        builder.Services.AddSingleton<Migrator>();
        builder.Services.AddSingleton<AccountStore>();
        builder.Services.AddSingleton<AccountPasswords>();
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddSingleton<AlertStore>();
        builder.Services.AddSingleton<AlertAcknowledgements>();
        builder.Services.AddSingleton<Bolwerk.Storage.Tracks.TrackStore>();
        builder.Services.AddSingleton<Bolwerk.Storage.Sanctions.SanctionsListStore>();
        builder.Services.AddSingleton<Bolwerk.Host.Sanctions.ScreeningIndexCache>();
        builder.Services.AddSingleton<Bolwerk.Storage.Cases.CaseStore>();
        builder.Services.AddSingleton<Bolwerk.Host.Cases.StoredCases>();
        builder.Services.AddSingleton<Bolwerk.Storage.Fimi.FimiRunStore>();
        builder.Services.AddSingleton<Bolwerk.Host.Fimi.StoredFimiRuns>();
        builder.Services.AddSingleton<Bolwerk.Storage.Sharing.StixObjectStore>();
        builder.Services.AddSingleton<Bolwerk.Host.Sharing.StixIntake>();
        builder.Services.AddSingleton<Bolwerk.Host.Sharing.StixVisibility>();
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<AuditRecorder>();
        builder.Services.AddSingleton(new Bolwerk.Host.Strategy.StrategyData(settings)); // read now: a broken strategy file stops start-up

        // Bearer tokens need no data protection keys; ephemeral keys avoid writing any to disk.
        builder.Services.AddDataProtection().UseEphemeralDataProtectionProvider();
        builder.Services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        builder.Services.AddAuthorization(options => options.AddRolePolicies());
        builder.Services.AddRateLimiter(options =>
        {
            // Password guessing is slowed per client address; the PBKDF2 cost slows it per attempt.
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(SessionApi.LoginRateLimit, context => System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions { PermitLimit = settings.SignInAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        builder.Services.AddBolwerkProblemDetails();
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.Configure<FormOptions>(options => options.MultipartBodyLengthLimit = settings.MaxRequestBodyBytes);
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            // A body with a key twice is refused: which value a reader believes must not depend on the reader.
            options.SerializerOptions.AllowDuplicateProperties = false;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        });
        builder.Services.AddBolwerkOpenApi();

        // The response toolbox is validated before the server takes requests: a broken catalogue stops start-up.
        _ = Bolwerk.Response.Toolbox.ResponseCatalogue.Default;
        var app = builder.Build();
        if (settings.MigrateOnStart)
        {
            await app.Services.GetRequiredService<Migrator>().MigrateAsync(cancellationToken);
        }

        app.UseSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapHealthApi();
        app.MapMeApi();
        app.MapSessionApi();
        app.MapAlertsApi();
        app.MapAlertStreamApi();
        Bolwerk.Host.Api.Maritime.MaritimeApi.MapMaritimeApi(app);
        Bolwerk.Host.Api.Maritime.ForensicsApi.MapForensicsApi(app);
        Bolwerk.Host.Api.Sanctions.SanctionsApi.MapSanctionsApi(app);
        Bolwerk.Host.Api.Cases.CasesApi.MapCasesApi(app);
        Bolwerk.Host.Api.Strategy.StrategyApi.MapStrategyApi(app);
        Bolwerk.Host.Api.Fimi.FimiApi.MapFimiApi(app);
        Bolwerk.Host.Api.Taxii.TaxiiApi.MapTaxiiApi(app);
        app.MapAuditApi();
        app.MapUsersApi();
        return app;
    }

    /// <summary>The base URL the started server listens on (resolves port 0 to the real port).</summary>
    public static Uri ListeningAddress(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.First());
    }
}
