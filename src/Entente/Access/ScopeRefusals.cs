using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Entente.Access;

/// <summary>
/// Says why a read-scope API token was refused: when only its scope stands between the caller and the endpoint,
/// the 403 carries problem details naming that reason; every other outcome is handled as usual.
/// </summary>
public sealed class ScopeRefusals : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _usual = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && context.User.FindFirstValue(Viewer.ScopeClaim) == TokenScopeKeys.Read && OnlyTheScopeIsMissing(context))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status403Forbidden,
                    Title = "Not allowed",
                    Detail = "A read token cannot write: it reads, and lists its own user's tokens. Use a write token, or sign in.",
                },
            });
            return;
        }

        await _usual.HandleAsync(next, context, policy, authorizeResult);
    }

    /// <summary>Whether the endpoint's policies need a write scope and the caller's role and Party would pass them all.</summary>
    private static bool OnlyTheScopeIsMissing(HttpContext context)
    {
        var policies = context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList() ?? [];
        return policies.Any(AccessPolicies.NeedsWriteScope)
            && policies.All(p => AccessPolicies.MinimumRole.TryGetValue(p, out var role) && AccessPolicies.Allows(context.User, role, needsWriteScope: false));
    }
}
