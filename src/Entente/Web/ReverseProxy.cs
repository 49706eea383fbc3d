using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Entente.Web;

/// <summary>
/// Behind a reverse proxy that ends TLS (nginx, a load balancer), the app sees plain HTTP from the proxy. With
/// <c>Entente:ForwardedHeaders</c> on, it takes the client's address and scheme from <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> — but only from the proxies named in <c>Entente:KnownProxies</c> (addresses) or
/// <c>Entente:KnownNetworks</c> (CIDR), loopback by default — so cookies are marked Secure, redirects keep https,
/// and rate limits count the real clients.
/// </summary>
public static class ReverseProxy
{
    public const string EnabledKey = "Entente:ForwardedHeaders";
    public const string KnownProxiesKey = "Entente:KnownProxies";
    public const string KnownNetworksKey = "Entente:KnownNetworks";

    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Split(configuration[KnownProxiesKey]).Select(p => IPAddress.TryParse(p, out var address)
            ? address
            : throw new EntenteException($"{KnownProxiesKey}: '{p}' is not an IP address.")).ToList();
        var networks = Split(configuration[KnownNetworksKey]).Select(n => System.Net.IPNetwork.TryParse(n, out var network)
            ? network
            : throw new EntenteException($"{KnownNetworksKey}: '{n}' is not a network in CIDR form (10.0.0.0/24).")).ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Named proxies replace the loopback default; none named keeps it (a proxy on the same machine).
            if (proxies.Count + networks.Count > 0)
            {
                options.KnownProxies.Clear();
                options.KnownIPNetworks.Clear();
            }

            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;
    }

    /// <summary>Applies the forwarded headers when <c>Entente:ForwardedHeaders</c> is true; first in the pipeline.</summary>
    public static IApplicationBuilder UseReverseProxySupport(this IApplicationBuilder app, IConfiguration configuration)
    {
        var value = configuration[EnabledKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return app;
        }

        if (!bool.TryParse(value, out var enabled))
        {
            throw new EntenteException($"{EnabledKey}: '{value}' is not true or false.");
        }

        return enabled ? app.UseForwardedHeaders() : app;
    }

    private static IEnumerable<string> Split(string? list) =>
        (list ?? string.Empty).Split([';', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
