using Entente.Documents;

namespace Entente.Sources;

/// <summary>
/// What every request to a watched source is allowed: a time limit for the whole answer, a size cap, a bounded number
/// of redirects, and a pause between two requests to one host. Settings under <c>Sources:Fetch</c>.
/// </summary>
public sealed record FetchLimits
{
    public const string Section = "Sources:Fetch";

    /// <summary>The whole request, headers and body: a page that never ends is cut off here.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A feed or sitemap larger than this is refused; feeds list items, they do not carry archives.</summary>
    public long MaxFeedBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>An item's page: the same cap as <c>entente ingest</c>.</summary>
    public long MaxPageBytes { get; init; } = UrlFetcher.DefaultMaxBytes;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>The least time between two requests to the same host.</summary>
    public TimeSpan HostDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a host's robots.txt is trusted before it is read again.</summary>
    public TimeSpan RobotsFor { get; init; } = TimeSpan.FromHours(1);
}
