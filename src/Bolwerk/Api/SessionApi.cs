using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Bolwerk.Host.Server;
using Bolwerk.Storage.Accounts;
using Bolwerk.Storage.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bolwerk.Host.Api;

/// <summary>
/// /api/v1/session: the web login. A name and password buy a bearer token that expires (the same
/// kind of token the API takes, so the pages and scripts authenticate one way); signing out revokes
/// it. Attempts are rate limited per client address and every attempt is audited.
/// </summary>
internal static class SessionApi
{
    public const string LoginRateLimit = "login";

    public static IEndpointRouteBuilder MapSessionApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/session", SignIn)
            .WithName("SignIn")
            .WithSummary("Sign in with name and password; answers a bearer token valid for sessionHours (default 12). Rate limited per client address")
            .WithTags("Accounts")
            .AllowAnonymous()
            .RequireRateLimiting(LoginRateLimit);
        app.MapDelete("/api/v1/session", SignOut)
            .WithName("SignOut")
            .WithSummary("Revoke the bearer token of this request")
            .WithTags("Accounts")
            .RequireAuthorization(RolePolicies.Viewer);
        return app;
    }

    internal static async Task<Results<Ok<SessionResponse>, ProblemHttpResult>> SignIn(
        SignInRequest request, HttpContext context, AccountPasswords passwords, AccountStore accounts, AuditRecorder audit, ServerSettings settings, TimeProvider time, CancellationToken cancellationToken)
    {
        var user = await passwords.SignInAsync(request.Name ?? string.Empty, request.Password ?? string.Empty, cancellationToken);
        if (user is null)
        {
            // The name is recorded, never the password; the answer does not say which of the two was wrong.
            await audit.RecordAnonymousAsync(context, "sign-in", AuditOutcome.Denied, $"wrong name or password for '{Truncate(request.Name)}'");
            return TypedResults.Problem(title: "Sign-in failed", detail: "The name or password is wrong, or the account is disabled.",
                statusCode: StatusCodes.Status401Unauthorized, type: ProblemTypes.Unauthenticated);
        }

        var issued = await accounts.IssueTokenAsync(user.Id, "web session", time.GetUtcNow() + settings.SessionLifetime, cancellationToken);
        await audit.RecordAsync(context, user.ToPrincipal(), "sign-in", "token", issued.TokenId, AuditOutcome.Allowed, "web session");
        return TypedResults.Ok(new SessionResponse(issued.Token, issued.ExpiresAt!.Value, new MeResponse(user.Id, user.Name, user.OrganisationId, user.Role.ToName())));
    }

    internal static async Task<NoContent> SignOut(ClaimsPrincipal user, HttpContext context, AccountStore accounts, AuditRecorder audit, CancellationToken cancellationToken)
    {
        string header = context.Request.Headers.Authorization.ToString();
        var revoked = await accounts.RevokeTokenValueAsync(header["Bearer ".Length..].Trim(), cancellationToken);
        await audit.RecordAsync(context, user.ToPrincipal(), "sign-out", "token", null, AuditOutcome.Allowed, revoked ? "token revoked" : "token was not active");
        return TypedResults.NoContent();
    }

    private static string Truncate(string? name) => name is null ? string.Empty : name.Length <= 64 ? name : name[..64] + "…";
}

/// <summary>A sign-in.</summary>
public sealed record SignInRequest([property: Required] string? Name, [property: Required] string? Password);

/// <summary>A signed-in session: the bearer token (shown once), when it expires, and who it is.</summary>
public sealed record SessionResponse(string Token, DateTimeOffset ExpiresAt, MeResponse User);
