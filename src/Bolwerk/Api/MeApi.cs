using System.Security.Claims;
using Bolwerk.Host.Server;
using Bolwerk.Storage.Accounts;

namespace Bolwerk.Host.Api;

/// <summary>GET /api/v1/me: who the token belongs to.</summary>
internal static class MeApi
{
    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/me", GetMe)
            .WithName("GetMe")
            .WithSummary("The authenticated user")
            .WithTags("Accounts")
            .RequireAuthorization(RolePolicies.Viewer);
        return app;
    }

    internal static MeResponse GetMe(ClaimsPrincipal user)
    {
        var principal = user.ToPrincipal();
        return new MeResponse(principal.UserId, principal.UserName, principal.OrganisationId, principal.Role.ToName());
    }
}

/// <summary>The authenticated user.</summary>
public sealed record MeResponse(string Id, string Name, string Organisation, string Role);
