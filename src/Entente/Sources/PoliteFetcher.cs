using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Entente.Sources;

/// <summary>
/// Fetches feeds and pages the way a guest should: a User-Agent naming Entente, robots.txt honoured, one request per
/// host at a time with a pause between them, conditional GET with the validators of the last answer, redirects
/// followed by hand (bounded, loops caught), and a time limit and size cap on every request. One instance is shared by
/// every poll of a process so the pauses and robots rules hold across sources.
/// </summary>
public sealed class PoliteFetcher : IDisposable
{
    /// <summary>The product token robots.txt groups are matched against.</summary>
    public const string ProductToken = "Entente";

    private readonly HttpClient _client;
    private readonly TimeProvider _time;
    private readonly FetchLimits _limits;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hostTurns = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _hostNext = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, (RobotsRules Rules, DateTimeOffset Until)> _robots = new(StringComparer.OrdinalIgnoreCase);

    public PoliteFetcher(TimeProvider time, FetchLimits limits)
    {
        _time = time;
        _limits = limits;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = limits.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        // Each request has its own deadline (linked token), so the client's own timeout stays out of the way.
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue(ProductToken, "1.0"));
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("(partnership monitor; watches the feeds its administrators add)"));
    }

    public FetchLimits Limits => _limits;

    public void Dispose() => _client.Dispose();

    /// <summary>Fetches a feed or page; <paramref name="etag"/> and <paramref name="lastModified"/> make it conditional.</summary>
    public async Task<FetchResult> FetchAsync(string url, long maxBytes, string? etag, string? lastModified, CancellationToken ct)
    {
        var uri = new Uri(url);
        var visited = new HashSet<string>(StringComparer.Ordinal) { uri.AbsoluteUri };
        for (var hop = 0; ; hop++)
        {
            if (await RobotsAsync(uri, ct) is not { } rules)
            {
                return FetchResult.Failure("robots-unavailable", $"robots.txt of {uri.Host} could not be read; the site is left alone until it can");
            }

            if (!rules.Allows(uri))
            {
                return FetchResult.Failure("robots-disallowed", $"robots.txt of {uri.Host} does not allow {uri.AbsolutePath}");
            }

            var (result, location) = await GetAsync(uri, maxBytes, etag, lastModified, ct);
            if (location is null)
            {
                return result!;
            }

            if (hop >= _limits.MaxRedirects)
            {
                return FetchResult.Failure("too-many-redirects", $"more than {_limits.MaxRedirects} redirects from {url}");
            }

            if (!visited.Add(location.AbsoluteUri))
            {
                return FetchResult.Failure("redirect-loop", $"the redirects from {url} come back to {location.AbsoluteUri}");
            }

            uri = location;
        }
    }

    // One request: the result, or the address a redirect points to.
    private async Task<(FetchResult? Result, Uri? Location)> GetAsync(Uri uri, long maxBytes, string? etag, string? lastModified, CancellationToken ct)
    {
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            return (FetchResult.Failure("fetch-failed", $"{uri.Scheme}: addresses are not fetched"), null);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(_limits.Timeout);
        await WaitTurnAsync(uri.Host, ct);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            if (etag is not null)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            if (lastModified is not null)
            {
                request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
            }

            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            if ((int)response.StatusCode is >= 300 and < 400 && response.StatusCode != HttpStatusCode.NotModified)
            {
                return response.Headers.Location is { } location
                    ? (null, location.IsAbsoluteUri ? location : new Uri(uri, location))
                    : (FetchResult.Failure("http-status", $"{uri} answered {(int)response.StatusCode} without a Location"), null);
            }

            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return (new FetchResult { NotModified = true, ETag = etag, LastModified = lastModified }, null);
            }

            if (!response.IsSuccessStatusCode)
            {
                return (FetchResult.Failure("http-status", $"{uri} answered {(int)response.StatusCode} {response.ReasonPhrase}") with { Status = (int)response.StatusCode }, null);
            }

            var body = await Documents.CappedBody.ReadAsync(response, maxBytes, deadline.Token);
            return (body is null ? TooLarge(uri, maxBytes) : new FetchResult
            {
                Body = body,
                MediaType = response.Content.Headers.ContentType?.MediaType,
                ETag = response.Headers.ETag?.ToString(),
                LastModified = response.Content.Headers.LastModified?.ToString("R"),
            }, null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (FetchResult.Failure("fetch-timeout", $"{uri} gave no complete answer within {_limits.Timeout.TotalSeconds:0} s"), null);
        }
        catch (HttpRequestException e)
        {
            return (FetchResult.Failure("fetch-failed", $"{uri}: {e.Message}"), null);
        }
        catch (IOException e)
        {
            return (FetchResult.Failure("fetch-failed", $"{uri}: {e.Message}"), null);
        }
    }

    private static FetchResult TooLarge(Uri uri, long maxBytes) =>
        FetchResult.Failure("too-large", $"{uri} is larger than the {maxBytes / (1024.0 * 1024):0.#} MB limit");

    // One request per host at a time, each at least HostDelay after the one before.
    private async Task WaitTurnAsync(string host, CancellationToken ct)
    {
        var turn = _hostTurns.GetOrAdd(host, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(ct);
        try
        {
            var now = _time.GetUtcNow();
            if (_hostNext.TryGetValue(host, out var next) && next > now)
            {
                await Task.Delay(next - now, _time, ct);
            }

            _hostNext[host] = _time.GetUtcNow() + _limits.HostDelay;
        }
        finally
        {
            turn.Release();
        }
    }

    // The host's rules, read once per RobotsFor; null while its robots.txt cannot be read (asked again next time).
    private async Task<RobotsRules?> RobotsAsync(Uri uri, CancellationToken ct)
    {
        var origin = uri.GetLeftPart(UriPartial.Authority);
        if (_robots.TryGetValue(origin, out var known) && known.Until > _time.GetUtcNow())
        {
            return known.Rules;
        }

        if (await ReadRobotsAsync(new Uri(origin + "/robots.txt"), ct) is not { } rules)
        {
            return null;
        }

        _robots[origin] = (rules, _time.GetUtcNow() + _limits.RobotsFor);
        return rules;
    }

    // No robots.txt (a 4xx answer) allows everything; a server that cannot answer for it (5xx, unreachable) gives null.
    private async Task<RobotsRules?> ReadRobotsAsync(Uri robots, CancellationToken ct)
    {
        var uri = robots;
        for (var hop = 0; hop <= _limits.MaxRedirects; hop++)
        {
            var (result, location) = await GetAsync(uri, 512 * 1024, null, null, ct);
            if (location is null)
            {
                return result!.Body is { } body ? RobotsRules.Parse(Encoding.UTF8.GetString(body), ProductToken)
                    : result.Status is >= 400 and < 500 ? RobotsRules.AllowAll
                    : null;
            }

            uri = location;
        }

        return null;
    }
}
