using Bolwerk.Host.Server;
using Bolwerk.Storage.Accounts;

namespace Bolwerk.Host.Api;

/// <summary>GET /api/v1/users: the accounts, for admins. Accounts are created with `bolwerk users add`.</summary>
internal static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/users", ListUsers)
            .WithName("ListUsers")
            .WithSummary("All user accounts")
            .WithTags("Accounts")
            .RequireAuthorization(RolePolicies.Admin);
        return app;
    }

    internal static async Task<IReadOnlyList<UserResponse>> ListUsers(AccountStore accounts, CancellationToken cancellationToken) =>
        (await accounts.ListUsersAsync(cancellationToken))
            .Select(u => new UserResponse(u.Id, u.Name, u.OrganisationId, u.Role.ToName(), u.CreatedAt, u.DisabledAt))
            .ToList();
}

/// <summary>A user account (never its tokens).</summary>
public sealed record UserResponse(string Id, string Name, string Organisation, string Role, DateTimeOffset CreatedAt, DateTimeOffset? DisabledAt);
