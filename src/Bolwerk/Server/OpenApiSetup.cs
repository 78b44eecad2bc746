using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Bolwerk.Host.Server;

/// <summary>The OpenAPI document: bearer security declared, stable server-independent content.</summary>
internal static class OpenApiSetup
{
    public static IServiceCollection AddBolwerkOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Bolwerk API",
                    Version = "v1",
                    Description = "Maritime watch, sanctions screening, FIMI detection, case files and strategy monitoring. Authenticate with `Authorization: Bearer <token>` (tokens from `bolwerk users add`). Errors are RFC 9457 problem documents whose `type` is one of the stable urn:bolwerk:problem:* URIs.",
                };
                // The document is committed to the repository, so it must not depend on where the server runs.
                document.Servers = [];
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                {
                    ["Bearer"] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.Http,
                        Scheme = "bearer",
                        Description = "A Bolwerk API token (bwk_…).",
                    },
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] }];
                return Task.CompletedTask;
            });
            // Every operation says who may call it (x-bolwerk-role: anonymous, viewer, analyst,
            // coordinator or admin), read from the endpoint's own authorisation metadata — the
            // authorisation tests enumerate the document and hold each endpoint to it.
            options.AddOperationTransformer((operation, context, _) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                var policies = metadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
                var role = metadata.OfType<Microsoft.AspNetCore.Authorization.IAllowAnonymous>().Any() && policies.Count == 0 ? "anonymous"
                    : policies.Count == 0 ? "none"
                    : policies.Select(p => p.StartsWith("role:", StringComparison.Ordinal) && Bolwerk.Storage.Accounts.RoleNames.TryParse(p[5..], out var r) ? r : (Bolwerk.Security.Role?)null)
                        .Max() is { } highest ? Bolwerk.Storage.Accounts.RoleNames.ToName(highest) : "unknown";
                operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
                operation.Extensions["x-bolwerk-role"] = new JsonNodeExtension(System.Text.Json.Nodes.JsonValue.Create(role));
                return Task.CompletedTask;
            });
        });
}
