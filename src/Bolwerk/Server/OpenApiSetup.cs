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
        });
}
