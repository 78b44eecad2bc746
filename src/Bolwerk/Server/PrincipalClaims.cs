using System.Security.Claims;
using Bolwerk.Security;
using Bolwerk.Storage.Accounts;

namespace Bolwerk.Host.Server;

/// <summary>Carries a <see cref="Principal"/> in claims and back.</summary>
internal static class PrincipalClaims
{
    private const string OrganisationClaim = "bolwerk:org";

    public static IEnumerable<Claim> From(Principal principal) =>
    [
        new(ClaimTypes.NameIdentifier, principal.UserId),
        new(ClaimTypes.Name, principal.UserName),
        new(OrganisationClaim, principal.OrganisationId),
        new(ClaimTypes.Role, principal.Role.ToName()),
    ];

    /// <summary>The principal of an authenticated request.</summary>
    /// <exception cref="InvalidOperationException">The endpoint was reached without authentication (a wiring bug).</exception>
    public static Principal ToPrincipal(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
            ? new Principal(
                user.FindFirstValue(ClaimTypes.NameIdentifier)!,
                user.FindFirstValue(ClaimTypes.Name)!,
                user.FindFirstValue(OrganisationClaim)!,
                RoleNames.Parse(user.FindFirstValue(ClaimTypes.Role)!))
            : throw new InvalidOperationException("Endpoint reached without an authenticated user; it must require authorisation.");
}
