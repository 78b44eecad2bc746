using Bolwerk.Security;
using Bolwerk.Storage.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace Bolwerk.Host.Server;

/// <summary>One authorisation policy per role: "at least this role".</summary>
internal static class RolePolicies
{
    public const string Viewer = "role:viewer";
    public const string Analyst = "role:analyst";
    public const string Coordinator = "role:coordinator";
    public const string Admin = "role:admin";

    public static void AddRolePolicies(this AuthorizationOptions options)
    {
        foreach (var role in Enum.GetValues<Role>())
        {
            options.AddPolicy($"role:{role.ToName()}", policy => policy
                .AddAuthenticationSchemes(BearerTokenHandler.SchemeName)
                .RequireAuthenticatedUser()
                .RequireAssertion(context => RoleNames.TryParse(context.User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value, out var actual) && actual >= role));
        }
    }
}
