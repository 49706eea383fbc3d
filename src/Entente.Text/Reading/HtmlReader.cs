using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Entente.Text.Reading;

/// <summary>
/// Reads a web page's main content: navigation, headers, footers, asides, scripts and forms are
/// dropped, then the block holding the most paragraph text is kept, headed by the page's title.
/// </summary>
public sealed class HtmlReader : IDocumentReader
{
    // Real pages nest a few dozen elements deep; far deeper, the page is read as text without its tree.
    private const int MaxDepth = 512;

    private static readonly string[] s_dropped =
    [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "template",
        "button", "select", "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[role=complementary]",
        "[aria-hidden=true]",
    ];

    // Class or id words that mark site furniture rather than content.
    private static readonly string[] s_boilerplateWords =
        ["nav", "navbar", "menu", "footer", "sidebar", "breadcrumb", "breadcrumbs", "cookie", "share", "social", "related", "comments", "advert", "banner", "subscribe"];

    private static readonly HashSet<string> s_blockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr",
        "table", "blockquote", "pre", "dd", "dt", "dl", "figure", "figcaption", "br", "hr", "address",
    };

    public bool CanRead(string mediaType) => mediaType == MediaTypes.Html;

    public ReadResult Read(ReadOnlyMemory<byte> bytes)
    {
        var (source, encoding) = TextDecoder.Decode(bytes.Span);
        if (HtmlTagScanner.MaxDepth(source) > MaxDepth)
        {
            var flat = TidyLines(HtmlTagScanner.StripTags(source));
            return new ReadResult { Text = flat, MediaType = MediaTypes.Html, Encoding = encoding, ContentEnd = BoilerplateTrimmer.FindContentEnd(flat) };
        }

        var document = new HtmlParser().ParseDocument(source);
        var published = HtmlPublicationDate.Find(document);
        var title = document.QuerySelector("h1")?.TextContent.Trim();
        if (string.IsNullOrEmpty(title))
        {
            title = document.Title?.Trim();
        }

        foreach (var selector in s_dropped)
        {
            foreach (var element in document.QuerySelectorAll(selector).ToList())
            {
                element.Remove();
            }
        }

        foreach (var element in document.QuerySelectorAll("[class], [id]").ToList())
        {
            if (IsBoilerplate(element))
            {
                element.Remove();
            }
        }

        var body = (IElement?)document.Body ?? document.DocumentElement;
        var main = ChooseMainBlock(body);
        var text = new StringBuilder();
        if (!string.IsNullOrEmpty(title) && !main.TextContent.Contains(title, StringComparison.Ordinal))
        {
            text.Append(CollapseSpaces(title)).Append('\n');
        }

        Render(main, text);
        var result = TidyLines(text.ToString());
        return new ReadResult
        {
            Text = result,
            MediaType = MediaTypes.Html,
            Encoding = encoding,
            ContentEnd = BoilerplateTrimmer.FindContentEnd(result),
            Hints = published is null ? DocumentHints.None : new DocumentHints { Date = published },
        };
    }

    private static bool IsBoilerplate(IElement element)
    {
        if (element.LocalName is "body" or "html" or "main" or "article")
        {
            return false;
        }

        var names = ((element.GetAttribute("class") ?? string.Empty) + " " + (element.Id ?? string.Empty))
            .Split([' ', '-', '_'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in names)
        {
            foreach (var word in s_boilerplateWords)
            {
                if (name.Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IElement ChooseMainBlock(IElement body)
    {
        IElement? best = null;
        var bestLength = 0;
        foreach (var candidate in body.QuerySelectorAll("article, main, [role=main]"))
        {
            var length = candidate.TextContent.Length;
            if (length > bestLength)
            {
                best = candidate;
                bestLength = length;
            }
        }

        if (best is not null)
        {
            return best;
        }

        // Without semantic markup, the parent holding the most paragraph text is the article.
        var scores = new Dictionary<IElement, int>();
        foreach (var paragraph in body.QuerySelectorAll("p"))
        {
            var parent = paragraph.ParentElement;
            if (parent is null)
            {
                continue;
            }

            scores[parent] = scores.GetValueOrDefault(parent) + paragraph.TextContent.Trim().Length;
        }

        var densest = scores.OrderByDescending(pair => pair.Value).FirstOrDefault();
        var total = body.TextContent.Length;
        return densest.Key is not null && densest.Value * 3 >= total / 2 ? densest.Key : body;
    }

    // Depth-first with an explicit stack: a page nested thousands of elements deep cannot overflow the call stack.
    private static void Render(INode root, StringBuilder text)
    {
        var stack = new Stack<(INode Node, bool Closing)>();
        for (var i = root.ChildNodes.Length - 1; i >= 0; i--)
        {
            stack.Push((root.ChildNodes[i], false));
        }

        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (node is IText textNode)
            {
                AppendCollapsed(textNode.Data, text);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var block = s_blockTags.Contains(element.LocalName);
            if (closing)
            {
                if (block)
                {
                    text.Append('\n');
                }

                continue;
            }

            if (block)
            {
                text.Append('\n');
            }

            if (element.LocalName is "td" or "th")
            {
                text.Append('\t');
            }

            stack.Push((element, true));
            for (var i = element.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push((element.ChildNodes[i], false));
            }
        }
    }

    private static void AppendCollapsed(string data, StringBuilder text)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] != ' ' && text[^1] != '\n')
                {
                    text.Append(' ');
                }
            }
            else
            {
                text.Append(c);
            }
        }
    }

    private static string CollapseSpaces(string value)
    {
        var text = new StringBuilder(value.Length);
        AppendCollapsed(value, text);
        return text.ToString().Trim();
    }

    private static string TidyLines(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim(' ', '\t');
            if (line.Length == 0)
            {
                continue;
            }

            result.Append(line).Append('\n');
        }

        return result.ToString().TrimEnd('\n');
    }
}
