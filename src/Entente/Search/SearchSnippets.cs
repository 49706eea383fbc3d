using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Entente.Search;

/// <summary>
/// Cuts the passage of a text where the query's words stand densest and marks them: HTML-escaped text with
/// each matched word in <c>&lt;mark&gt;</c>. Words are matched by their terms, so "карты" is marked in a text
/// that says "карт".
/// </summary>
public static class SearchSnippets
{
    /// <summary>Characters of text a snippet shows after its first matched word.</summary>
    private const int Window = 220;

    /// <summary>Characters shown before the first matched word, for context.</summary>
    private const int Lead = 60;

    // The default encoder escapes every non-ASCII letter; Russian and Azerbaijani text should stay readable.
    private static readonly HtmlEncoder s_encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Html(SearchAnalyzer analyzer, string text, IReadOnlySet<string> terms)
    {
        var hits = analyzer.Matches(text, terms).ToList();
        if (hits.Count == 0)
        {
            return Escape(Cut(text, 0, Lead + Window), text, 0, []);
        }

        var best = BestStart(hits);
        var from = WordStart(text, Math.Max(0, hits[best].Start - Lead));
        var to = WordEnd(text, Math.Min(text.Length, hits[best].Start + Window));
        var inside = hits.Where(h => h.Start >= from && h.Start + h.Length <= to).ToList();
        return Escape(text[from..to], text, from, inside, ellipsisBefore: from > 0, ellipsisAfter: to < text.Length);
    }

    /// <summary>The hit after which a window holds the most distinct terms (the earliest on a tie).</summary>
    private static int BestStart(List<SearchToken> hits)
    {
        var best = 0;
        var bestCount = 0;
        for (var i = 0; i < hits.Count; i++)
        {
            var count = hits.Skip(i).TakeWhile(h => h.Start < hits[i].Start + Window).Select(h => h.Term).Distinct(StringComparer.Ordinal).Count();
            if (count > bestCount)
            {
                (best, bestCount) = (i, count);
            }
        }

        return best;
    }

    private static string Escape(string passage, string text, int offset, List<SearchToken> hits, bool ellipsisBefore = false, bool ellipsisAfter = false)
    {
        var html = new StringBuilder(passage.Length + (hits.Count * 13) + 2);
        if (ellipsisBefore)
        {
            html.Append('…');
        }

        var at = offset;
        foreach (var hit in hits)
        {
            html.Append(s_encoder.Encode(text[at..hit.Start]))
                .Append("<mark>").Append(s_encoder.Encode(text.Substring(hit.Start, hit.Length))).Append("</mark>");
            at = hit.Start + hit.Length;
        }

        html.Append(s_encoder.Encode(text[at..(offset + passage.Length)]));
        if (ellipsisAfter || (hits.Count == 0 && passage.Length < text.Length))
        {
            html.Append('…');
        }

        return html.ToString();
    }

    private static string Cut(string text, int from, int length) => text.Length <= from + length ? text[from..] : text.Substring(from, WordEnd(text, from + length) - from);

    private static int WordStart(string text, int i)
    {
        while (i > 0 && char.IsLetterOrDigit(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        return i;
    }
}
