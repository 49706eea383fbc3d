using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;

namespace Entente.Text.Reading;

/// <summary>
/// The date a web page says it was published: Open Graph and Dublin Core meta tags, schema.org
/// <c>datePublished</c> (microdata or JSON-LD), or the first <c>&lt;time datetime&gt;</c> of the article.
/// News items often leave the year out of their text ("on 14 March"); this date anchors them.
/// </summary>
public static class HtmlPublicationDate
{
    private static readonly string[] s_metaSelectors =
    [
        "meta[property='article:published_time']",
        "meta[name='article:published_time']",
        "meta[itemprop='datePublished']",
        "meta[name='dcterms.date']",
        "meta[name='DC.date']",
        "meta[name='dc.date']",
        "meta[name='date']",
        "meta[name='pubdate']",
        "meta[name='publish-date']",
    ];

    /// <summary>Reads the page's publication date; null when the page does not state one plainly.</summary>
    public static DateOnly? Find(IDocument document)
    {
        foreach (var selector in s_metaSelectors)
        {
            if (ParseLeadingDate(document.QuerySelector(selector)?.GetAttribute("content")) is { } date)
            {
                return date;
            }
        }

        if (FromJsonLd(document) is { } linked)
        {
            return linked;
        }

        var time = document.QuerySelector("article time[datetime], main time[datetime], time[itemprop='datePublished'], time[pubdate]");
        return ParseLeadingDate(time?.GetAttribute("datetime"));
    }

    private static DateOnly? FromJsonLd(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { MaxDepth = 32 });
                if (FindDatePublished(json.RootElement, depth: 0) is { } date)
                {
                    return date;
                }
            }
            catch (JsonException)
            {
                // A broken block of metadata says nothing; the page's text is still read.
            }
        }

        return null;
    }

    private static DateOnly? FindDatePublished(JsonElement element, int depth)
    {
        if (depth > 8)
        {
            return null;
        }

        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("datePublished", out var published) && published.ValueKind == JsonValueKind.String
                    && ParseLeadingDate(published.GetString()) is { } date)
                {
                    return date;
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (FindDatePublished(property.Value, depth + 1) is { } nested)
                    {
                        return nested;
                    }
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindDatePublished(item, depth + 1) is { } nested)
                    {
                        return nested;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary>The calendar date at the start of an ISO 8601 value ("2022-02-22", "2022-02-22T10:15:00+03:00").</summary>
    internal static DateOnly? ParseLeadingDate(string? value)
    {
        var trimmed = value?.Trim();
        if (trimmed is null || trimmed.Length < 10)
        {
            return null;
        }

        return DateOnly.TryParseExact(trimmed.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= 1800 and <= 2200
            ? date
            : null;
    }
}
