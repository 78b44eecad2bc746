using System.Security.Claims;
using System.Text.Encodings.Web;
using Bolwerk.Storage.Accounts;
using Bolwerk.Storage.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Bolwerk.Host.Server;

/// <summary>
/// Authenticates "Authorization: Bearer bwk_…" against the stored token digests and records
/// every failed attempt in the audit log.
/// </summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccountStore accounts,
    AuditRecorder audit)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("Authorization header is not a Bearer token.");
        }

        var token = header["Bearer ".Length..].Trim();
        var user = await accounts.AuthenticateAsync(token, Context.RequestAborted);
        if (user is null)
        {
            await audit.RecordAnonymousAsync(Context, "authenticate", AuditOutcome.Denied, "unknown, revoked or expired token");
            return AuthenticateResult.Fail("The bearer token is unknown, revoked or expired.");
        }

        var identity = new ClaimsIdentity(PrincipalClaims.From(user.ToPrincipal()), SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer realm=\"bolwerk\"";
        return base.HandleChallengeAsync(properties);
    }
}
