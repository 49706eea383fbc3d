using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Entente.Web;

/// <summary>
/// How many requests one caller may make per minute, under <c>Entente:RateLimits</c>
/// (<c>Entente__RateLimits__SignInPerClient=20</c>). Zero turns a limit off. Each server counts on its own.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "Entente:RateLimits";

    /// <summary>Sign-in, second-factor and recovery-code form posts from one client address.</summary>
    public int SignInPerClient { get; set; } = 20;

    /// <summary>Sign-in form posts naming one account, from anywhere (lockout after five wrong passwords comes on top).</summary>
    public int SignInPerAccount { get; set; } = 10;

    /// <summary>API requests by one signed-in user or API token owner.</summary>
    public int ApiPerUser { get; set; } = 1200;
}

/// <summary>
/// Rate limits on sign-in (per client and per account) and on the API (per user). A refused request gets 429,
/// a Retry-After header and problem details saying when to try again.
/// </summary>
public static class RateLimits
{
    private const string AccountItem = "entente:sign-in-account";
    private static readonly TimeSpan s_window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddEntenteRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((options, limits) =>
        {
            var limit = limits.Value;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PerMinute(limit.SignInPerClient, context => IsSignIn(context) ? "client:" + ClientOf(context) : null),
                PerMinute(limit.SignInPerAccount, context => IsSignIn(context) && context.Items[AccountItem] is string account ? "account:" + account : null),
                PerMinute(limit.ApiPerUser, context => IsApi(context) ? context.User.FindFirstValue(ClaimTypes.NameIdentifier) : null));
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>Runs after authentication so API calls are counted per user; reads the account a sign-in form names first.</summary>
    public static IApplicationBuilder UseEntenteRateLimits(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (IsSignIn(context) && context.Request.Path.StartsWithSegments("/account/login", StringComparison.OrdinalIgnoreCase) && context.Request.HasFormContentType)
            {
                // The form is buffered by ASP.NET Core, so the page reads it again afterwards.
                if (await TryReadAccountAsync(context) is { Length: > 0 } account)
                {
                    context.Items[AccountItem] = account.ToUpperInvariant();
                }
            }

            await next(context);
        });
        return app.UseRateLimiter();
    }

    private static async Task<string?> TryReadAccountAsync(HttpContext context)
    {
        try
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            return form["UserName"].ToString().Trim();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // A malformed form is the page's to refuse; it names no account to count.
            return null;
        }
    }

    /// <summary>A fixed one-minute window per key; requests without a key (or with the limit at zero) pass.</summary>
    private static PartitionedRateLimiter<HttpContext> PerMinute(int permits, Func<HttpContext, string?> key) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
            permits > 0 && key(context) is { } partition
                ? RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = s_window,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(string.Empty));

    private static bool IsSignIn(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method)
        && (context.Request.Path.StartsWithSegments("/account/login", StringComparison.OrdinalIgnoreCase)
            || context.Request.Path.StartsWithSegments("/account/two-factor", StringComparison.OrdinalIgnoreCase)
            || context.Request.Path.StartsWithSegments("/account/recovery", StringComparison.OrdinalIgnoreCase));

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !context.Request.Path.StartsWithSegments("/api/reference", StringComparison.OrdinalIgnoreCase);

    private static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : s_window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var what = IsSignIn(context) ? "sign-in attempts" : "requests";
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many requests",
                Detail = $"Too many {what} in the last minute; try again in {seconds} seconds.",
            },
        });
    }
}
