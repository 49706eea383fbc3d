using System.Net;
using System.Net.Http.Headers;

namespace Entente.Documents;

/// <summary>Fetches a document from an http(s) URL with a time limit and a size cap; the bytes are sniffed later, not trusted to the header.</summary>
public sealed class UrlFetcher(HttpClient client, long maxBytes)
{
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    public static bool IsUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>A client that follows a few redirects and gives up after <paramref name="timeout"/>.</summary>
    public static HttpClient CreateClient(TimeSpan timeout)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 5,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = timeout,
        };
        var client = new HttpClient(handler) { Timeout = timeout };
        client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("Entente", "1.0"));
        return client;
    }

    public async Task<(DocumentInput? Input, InputFailure? Failure)> FetchAsync(string url, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return (null, new InputFailure(url, "http-status", $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}"));
            }

            if (await CappedBody.ReadAsync(response, maxBytes, cancellationToken) is not { } body)
            {
                return (null, TooLarge(url));
            }

            return (new DocumentInput(url, body, response.Content.Headers.ContentType?.MediaType), null);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, new InputFailure(url, "fetch-timeout", $"no complete answer within {client.Timeout.TotalSeconds:0} s"));
        }
        catch (HttpRequestException e)
        {
            return (null, new InputFailure(url, "fetch-failed", e.Message));
        }
    }

    private InputFailure TooLarge(string url) =>
        new(url, "too-large", $"larger than the {maxBytes / (1024 * 1024)} MB limit (--max-bytes)");
}
