using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;

namespace Entente.Web;

/// <summary>
/// An API write (POST, PUT, PATCH, DELETE under <c>/api</c>) authenticated by the sign-in cookie must carry the
/// antiforgery token in the <c>RequestVerificationToken</c> header, as the pages' forms carry it in a field. Another
/// site can make a browser send the cookie (SameSite=Lax stops most of that, not a sibling subdomain) but cannot
/// read the token. Programs use API tokens in the Authorization header, which a browser never adds by itself.
/// </summary>
public static class CookieApiWrites
{
    public static IApplicationBuilder UseAntiforgeryForCookieApiWrites(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (IsCookieAuthenticatedApiWrite(context))
            {
                var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
                try
                {
                    await antiforgery.ValidateRequestAsync(context);
                }
                catch (AntiforgeryValidationException)
                {
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                    {
                        HttpContext = context,
                        ProblemDetails =
                        {
                            Status = StatusCodes.Status400BadRequest,
                            Title = "Missing antiforgery token",
                            Detail = "An API write signed in with the browser's cookie needs the page's antiforgery token in the "
                                + "RequestVerificationToken header; programs should use an API token (Authorization: Bearer ent_…) instead.",
                        },
                    });
                    return;
                }
            }

            await next(context);
        });

    private static bool IsCookieAuthenticatedApiWrite(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method))
        && context.User.Identity is { IsAuthenticated: true, AuthenticationType: var type }
        && type == IdentityConstants.ApplicationScheme;
}
