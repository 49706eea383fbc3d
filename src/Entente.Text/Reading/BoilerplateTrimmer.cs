namespace Entente.Text.Reading;

/// <summary>
/// Finds where a web page's main text ends and site boilerplate begins ("Related Reading",
/// "About Us", subscribe and copyright blocks). Nothing is removed: the caller analyses only the
/// text before <see cref="FindContentEnd"/>, so spans still point into the whole original.
/// </summary>
public static class BoilerplateTrimmer
{
    private const int MaxMarkerLineLength = 60;

    // Headings and openers that start a site's own furniture, in the languages Entente reads.
    private static readonly string[] s_markerLines =
    [
        "about us", "about the company", "about", "related reading", "related", "related articles", "related news",
        "related stories", "read more", "read also", "more news", "recommended", "most read", "popular",
        "share this", "share", "follow us", "tags", "comments", "newsletter",
        "читайте также", "похожие новости", "по теме", "о нас", "новости по теме", "поделиться",
        "həmçinin oxuyun", "digər xəbərlər", "bizim haqqımızda", "paylaş",
    ];

    private static readonly string[] s_markerPrefixes =
    [
        "subscribe", "sign up for", "copyright", "©", "(c) ", "all rights reserved", "follow us on",
        "подписывайтесь", "подпишитесь", "все права защищены", "© ", "bütün hüquqlar qorunur",
    ];

    /// <summary>The offset where the main content ends: the text's length when no boilerplate is found.</summary>
    public static int FindContentEnd(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Only the second half of a document can be its footer: a "See also" near the top is content.
        var searchFrom = text.Length / 2;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, searchFrom - 1)) + 1;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            if (lineStart >= searchFrom && IsMarker(text.AsSpan(lineStart, lineEnd - lineStart)))
            {
                return TrimEndWhitespace(text, lineStart);
            }

            lineStart = lineEnd + 1;
        }

        return text.Length;
    }

    private static bool IsMarker(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty)
        {
            return false;
        }

        foreach (var prefix in s_markerPrefixes)
        {
            if (line.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        if (line.Length > MaxMarkerLineLength)
        {
            return false;
        }

        line = line.TrimEnd(":.!| ");
        foreach (var marker in s_markerLines)
        {
            if (line.Equals(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int TrimEndWhitespace(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
