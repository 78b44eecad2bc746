using Bolwerk.Security;

namespace Bolwerk.Storage.Accounts;

/// <summary>An organisation: the owner of marked objects and the unit of TLP:AMBER releases.</summary>
/// <param name="Id">Short stable id, e.g. "kustwacht".</param>
/// <param name="Name">Display name.</param>
/// <param name="CreatedAt">When it was registered.</param>
public sealed record Organisation(string Id, string Name, DateTimeOffset CreatedAt);

/// <summary>A user account.</summary>
/// <param name="Id">Stable id.</param>
/// <param name="Name">Unique login name.</param>
/// <param name="OrganisationId">The user's organisation.</param>
/// <param name="Role">The user's role.</param>
/// <param name="CreatedAt">When the account was created.</param>
/// <param name="DisabledAt">When it was disabled, or null while active.</param>
public sealed record UserAccount(string Id, string Name, string OrganisationId, Role Role, DateTimeOffset CreatedAt, DateTimeOffset? DisabledAt)
{
    /// <summary>The principal access decisions see.</summary>
    public Principal ToPrincipal() => new(Id, Name, OrganisationId, Role);
}

/// <summary>A freshly issued API token. <see cref="Token"/> exists only here: the database keeps its hash.</summary>
/// <param name="TokenId">Id of the stored token row (for revocation).</param>
/// <param name="Token">The bearer token to hand to the user, once.</param>
/// <param name="ExpiresAt">Expiry, or null for none.</param>
public sealed record IssuedToken(string TokenId, string Token, DateTimeOffset? ExpiresAt);
