using System.Net;
using System.Text;

namespace Entente.Text.Reading;

/// <summary>
/// A linear scan over HTML tags. It measures how deep elements nest, and reads degenerate pages
/// (nested thousands deep, where a full HTML5 tree builder takes quadratic time) as plain text.
/// </summary>
internal static class HtmlTagScanner
{
    private static readonly HashSet<string> s_voidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    private static readonly HashSet<string> s_blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "table", "blockquote", "pre", "hr",
    };

    /// <summary>The deepest element nesting, counting start tags against end tags.</summary>
    public static int MaxDepth(string html)
    {
        int depth = 0, max = 0;
        Scan(html, (name, closing, selfClosing) =>
        {
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (!selfClosing && !s_voidElements.Contains(name))
            {
                depth++;
                max = Math.Max(max, depth);
            }
        });
        return max;
    }

    /// <summary>The page's text with tags removed, a line break for each block element, script and style dropped.</summary>
    public static string StripTags(string html)
    {
        var text = new StringBuilder(html.Length / 2);
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0)
            {
                text.Append(html, i, html.Length - i);
                break;
            }

            text.Append(html, i, open - i);
            var close = html.IndexOf('>', open + 1);
            if (close < 0)
            {
                break;
            }

            var name = TagName(html, open + 1, close, out var closing);
            if (!closing && name is "script" or "style")
            {
                var end = html.IndexOf("</" + name, close + 1, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
                continue;
            }

            if (s_blocks.Contains(name))
            {
                text.Append('\n');
            }

            i = close + 1;
        }

        return WebUtility.HtmlDecode(text.ToString());
    }

    private static void Scan(string html, Action<string, bool, bool> onTag)
    {
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0)
            {
                return;
            }

            if (string.CompareOrdinal(html, open, "<!--", 0, 4) == 0)
            {
                var endComment = html.IndexOf("-->", open + 4, StringComparison.Ordinal);
                i = endComment < 0 ? html.Length : endComment + 3;
                continue;
            }

            var close = html.IndexOf('>', open + 1);
            if (close < 0)
            {
                return;
            }

            var name = TagName(html, open + 1, close, out var closing);
            if (name.Length > 0)
            {
                onTag(name, closing, html[close - 1] == '/');
            }

            i = close + 1;
        }
    }

    private static string TagName(string html, int start, int end, out bool closing)
    {
        closing = start < end && html[start] == '/';
        if (closing)
        {
            start++;
        }

        var nameEnd = start;
        while (nameEnd < end && char.IsAsciiLetterOrDigit(html[nameEnd]))
        {
            nameEnd++;
        }

        return nameEnd > start && char.IsAsciiLetter(html[start]) ? html[start..nameEnd].ToLowerInvariant() : string.Empty;
    }
}
