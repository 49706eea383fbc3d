using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Entente.Web;

/// <summary>
/// Declares in the OpenAPI document how scripts authenticate: a personal API token sent as
/// <c>Authorization: Bearer ent_…</c>. Public endpoints (the legal base, indicators, health) need none,
/// but a token is accepted everywhere, so the requirement is stated once for the whole document.
/// </summary>
public static class OpenApiSecurity
{
    public const string SchemeName = "Bearer";

    public static OpenApiOptions AddBearerScheme(this OpenApiOptions options) =>
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "ent_…",
                Description = "A personal API token from /account/tokens or POST /api/tokens (read or write scope; expires; revocable).",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] });
            return Task.CompletedTask;
        });
}
