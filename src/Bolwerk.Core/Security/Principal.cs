namespace Bolwerk.Security;

/// <summary>An authenticated user, as access decisions see them.</summary>
/// <param name="UserId">Stable user id.</param>
/// <param name="UserName">Login name, for audit lines and display.</param>
/// <param name="OrganisationId">The organisation the user belongs to.</param>
/// <param name="Role">The user's role.</param>
public sealed record Principal(string UserId, string UserName, string OrganisationId, Role Role)
{
    /// <summary>True when the user's role is <paramref name="minimum"/> or above.</summary>
    public bool HasRole(Role minimum) => Role >= minimum;
}
