using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Entente.Tests.Sources;

/// <summary>
/// A web server on a free loopback port that serves what a test puts at each path (feeds, pages, robots.txt) and
/// counts the requests per path, so a test can see that nothing is fetched twice.
/// </summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);

    private FeedServer(WebApplication app) => _app = app;

    public string Address { get; private set; } = string.Empty;

    public static async Task<FeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FeedServer(app);
        app.Run(async context =>
        {
            var path = context.Request.Path.Value ?? "/";
            server._hits.AddOrUpdate(path, 1, (_, n) => n + 1);
            if (server._routes.TryGetValue(path, out var handler))
            {
                await handler(context);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
            }
        });
        await app.StartAsync(TestContext.Current.CancellationToken);
        server.Address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return server;
    }

    public string Url(string path) => Address + path;

    public int Hits(string path) => _hits.GetValueOrDefault(path);

    public void On(string path, Func<HttpContext, Task> handler) => _routes[path] = handler;

    /// <summary>Serves fixed text with a content type and, when given, an ETag honoured by If-None-Match.</summary>
    public void Serve(string path, string body, string contentType, string? etag = null) => On(path, async context =>
    {
        if (etag is not null)
        {
            context.Response.Headers.ETag = etag;
            if (context.Request.Headers.IfNoneMatch == etag)
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body, context.RequestAborted);
    });

    public void Page(string path, string title, string body) =>
        Serve(path, $"<!DOCTYPE html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>{string.Concat(body.Split("\n\n").Select(p => $"<p>{p}</p>"))}</article></body></html>", "text/html; charset=utf-8");

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
