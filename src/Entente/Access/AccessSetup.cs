using Entente.Storage;
using Entente.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Entente.Access;

/// <summary>Sign-in (Identity cookies with lockout and TOTP, or API tokens), the request's <see cref="Viewer"/>, and the role policies.</summary>
public static class AccessSetup
{
    private const string EitherScheme = "CookieOrToken";

    public static IServiceCollection AddEntenteAccess(this IServiceCollection services)
    {
        services.AddScoped(_ => Viewer.Anonymous());
        services.AddIdentityCore<EntenteUser>(options =>
            {
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
            })
            .AddSignInManager()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddEntityFrameworkStores<EntenteDb>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<EntenteClaimsFactory>();

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = EitherScheme;
                options.DefaultChallengeScheme = EitherScheme;
            })
            .AddPolicyScheme(EitherScheme, "Cookie or API token", options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? ApiTokenAuthentication.SchemeName
                        : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/denied";
            options.Cookie.Name = "entente";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request came over HTTPS (directly, or through a proxy the app trusts).
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);

            // Programs get status codes, not a redirect to a sign-in page.
            options.Events.OnRedirectToLogin = context => ApiOr(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiOr(context, StatusCodes.Status403Forbidden);
        });

        // The short-lived cookies Identity uses between the password and the second factor get the same protection.
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, ProtectCookie);
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorRememberMeScheme, ProtectCookie);
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "entente-antiforgery";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        // Another server may have locked the user out or changed the password: the cookie is checked against
        // the database every minute, not every 30 minutes.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthorization(AccessPolicies.Add);
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ScopeRefusals>();
        return services;
    }

    /// <summary>Sets the request's <see cref="Viewer"/> from the authenticated principal; runs after authentication.</summary>
    public static IApplicationBuilder UseEntenteViewer(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.RequestServices.GetRequiredService<Viewer>().SetFrom(context.User);
            await next(context);
        });

    private static void ProtectCookie(CookieAuthenticationOptions options)
    {
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    }

    private static Task ApiOr(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
