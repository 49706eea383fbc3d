using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Entente.Text.Reading;

namespace Entente.Text.Feeds;

/// <summary>What a watched address turned out to be.</summary>
public enum FeedKind
{
    Rss,
    Atom,
    Sitemap,
    SitemapIndex,
}

/// <summary>One item a feed or sitemap announces: the page's address, and what the feed says of it.</summary>
/// <param name="Url">The page to fetch, absolute.</param>
/// <param name="Guid">The feed's own identity of the item (RSS guid, Atom id), when it gives one.</param>
/// <param name="Title">The headline the feed gives.</param>
/// <param name="Published">When the feed says the item was published.</param>
public sealed record FeedEntry(string Url, string? Guid, string? Title, DateTimeOffset? Published)
{
    /// <summary>What makes the item the same item on the next poll: its identity, else its address.</summary>
    public string Key => Guid ?? Url;
}

/// <summary>A feed read: its kind, its items, and for a sitemap index the sitemaps it lists.</summary>
public sealed record Feed(FeedKind Kind, IReadOnlyList<FeedEntry> Entries, IReadOnlyList<string> Sitemaps);

/// <summary>
/// Reads RSS 2.0, Atom, sitemaps (with Google news sitemap titles and dates) and sitemap indexes. XML is loaded with
/// DTDs and external resources refused; elements are matched by local name so namespaces and prefixes do not matter.
/// Items without a usable http(s) address are skipped. Pure: bytes in, items out.
/// </summary>
public static class FeedReader
{
    /// <summary>Reads <paramref name="bytes"/> fetched from <paramref name="address"/> (which resolves relative links).</summary>
    /// <exception cref="FormatException">The bytes are not well-formed XML, or not a feed or sitemap.</exception>
    public static Feed Read(ReadOnlyMemory<byte> bytes, Uri address)
    {
        XDocument document;
        try
        {
            document = SafeXml.Load(bytes);
        }
        catch (XmlException e)
        {
            throw new FormatException($"not well-formed XML: {e.Message}", e);
        }

        var root = document.Root ?? throw new FormatException("an empty XML document");
        return root.Name.LocalName switch
        {
            "rss" => new Feed(FeedKind.Rss, Rss(root, address), []),
            "feed" => new Feed(FeedKind.Atom, Atom(root, address), []),
            "urlset" => new Feed(FeedKind.Sitemap, Sitemap(root, address), []),
            "sitemapindex" => new Feed(FeedKind.SitemapIndex, [], [.. Children(root, "sitemap").Select(s => Absolute(address, Value(s, "loc"))).OfType<string>()]),
            var other => throw new FormatException($"<{other}> is not an RSS feed, an Atom feed or a sitemap"),
        };
    }

    private static List<FeedEntry> Rss(XElement root, Uri address) =>
    [
        .. Descendants(root, "item").Select(item =>
        {
            var guid = Value(item, "guid");
            // A permalink guid is also the page's address when the item gives no link.
            var url = Absolute(address, Value(item, "link")) ?? Absolute(address, guid);
            return url is null ? null : new FeedEntry(url, guid, Value(item, "title"), Date(Value(item, "pubDate") ?? Value(item, "date")));
        }).OfType<FeedEntry>(),
    ];

    private static List<FeedEntry> Atom(XElement root, Uri address) =>
    [
        .. Children(root, "entry").Select(entry =>
        {
            var links = Children(entry, "link").ToList();
            var link = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
            var url = Absolute(address, (string?)link?.Attribute("href"));
            return url is null ? null : new FeedEntry(url, Value(entry, "id"), Value(entry, "title"), Date(Value(entry, "published") ?? Value(entry, "updated")));
        }).OfType<FeedEntry>(),
    ];

    private static List<FeedEntry> Sitemap(XElement root, Uri address) =>
    [
        .. Children(root, "url").Select(url =>
        {
            var location = Absolute(address, Value(url, "loc"));
            var news = Children(url, "news").FirstOrDefault();
            return location is null ? null : new FeedEntry(location, null, news is null ? null : Value(news, "title"),
                Date((news is null ? null : Value(news, "publication_date")) ?? Value(url, "lastmod")));
        }).OfType<FeedEntry>(),
    ];

    private static IEnumerable<XElement> Children(XElement parent, string localName) => parent.Elements().Where(e => e.Name.LocalName == localName);

    private static IEnumerable<XElement> Descendants(XElement parent, string localName) => parent.Descendants().Where(e => e.Name.LocalName == localName);

    private static string? Value(XElement parent, string localName) =>
        Children(parent, localName).FirstOrDefault()?.Value.Trim() is { Length: > 0 } value ? value : null;

    private static string? Absolute(Uri address, string? link) =>
        link is not null && Uri.TryCreate(address, link, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    private static readonly string[] s_rfc822 =
    [
        "ddd, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm zzz", "d MMM yyyy HH:mm zzz",
    ];

    /// <summary>An RFC 822 date (RSS: "Tue, 1 Dec 2026 10:00:00 +0300" or "GMT") or an ISO 8601 one (Atom, sitemaps).</summary>
    internal static DateTimeOffset? Date(string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso) && !text.Contains(',', StringComparison.Ordinal)
            && char.IsAsciiDigit(text[0]) && text.Length >= 10 && text[4] == '-')
        {
            return iso;
        }

        // RFC 822 writes the zone as +0300 or a name; .NET reads +03:00.
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2)
        {
            return null;
        }

        var zone = parts[^1] switch
        {
            "GMT" or "UT" or "UTC" or "Z" => "+00:00",
            ['+' or '-', _, _, _, _] offset => offset[..3] + ":" + offset[3..],
            var other => other,
        };
        var normalised = string.Join(' ', parts[..^1]) + " " + zone;
        return DateTimeOffset.TryParseExact(normalised, s_rfc822, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var rfc)
            ? rfc
            : null;
    }
}
