using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Entente.Text.Analysis;
using Entente.Web;
using Microsoft.Extensions.Localization;

namespace Entente.Documents;

/// <summary>One marked passage of a document's text and what it is.</summary>
/// <param name="Start">Where the passage starts in the text.</param>
/// <param name="End">Where it ends (exclusive).</param>
/// <param name="Kind"><c>clause</c>, <c>claim</c>, <c>figure</c>, <c>date</c> or <c>reference</c>.</param>
/// <param name="Explanation">What the analysis read there, in a sentence (shown on hover and keyboard focus).</param>
/// <param name="Href">Where the passage leads (the clause page), for clause links only.</param>
public sealed record Highlight(int Start, int End, string Kind, string Explanation, string? Href = null);

/// <summary>
/// Writes a document's text as HTML with its analysis marked: clause links are links, claims, figures, dates and
/// references are focusable marks; each carries a tooltip element that <c>aria-describedby</c> names and CSS shows on
/// hover and focus (no script, no inline style). Every piece of the text is HTML-encoded.
/// </summary>
public static class DocumentHighlights
{
    // Cyrillic and Azerbaijani letters stay readable; <, >, &, quotes are always encoded.
    private static readonly HtmlEncoder s_html = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>
    /// The highlights of <paramref name="analysis"/>, their tooltips in the reader's language; a claim's series by its name
    /// in <paramref name="seriesNames"/> (by key), else by its key.
    /// </summary>
    public static IReadOnlyList<Highlight> From(DocumentAnalysis analysis, int textLength, IStringLocalizer<DocumentsText> texts,
        IReadOnlyDictionary<string, string>? seriesNames = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var list = new List<Highlight>();
        foreach (var link in analysis.ClauseLinks)
        {
            list.Add(new Highlight(link.Span.Start, link.Span.End, "clause",
                texts["Concerns clause {0} of {1} ({2} evidence, score {3}).", link.Clause, link.Agreement.Title, Format.Kind(link.Evidence), link.Score.ToString("0.00", CultureInfo.CurrentCulture)],
                $"/agreements/{link.Agreement.Id}/clauses/{Uri.EscapeDataString(link.Clause)}"));
        }

        var claimed = new HashSet<(int, int)>();
        foreach (var claim in analysis.Claims)
        {
            claimed.Add((claim.Span.Start, claim.Span.End));
            var percent = claim.Change is { } c ? Math.Abs(c.Value).ToString("0.##", CultureInfo.CurrentCulture) : null;
            var change = claim.Change is null ? "" : claim.Change.Value >= 0 ? texts[", up {0}%", percent!] : texts[", down {0}%", percent!];
            list.Add(new Highlight(claim.Span.Start, claim.Span.End, "claim",
                texts["Claim for the series {0}: {1} for {2}{3}.", seriesNames?.GetValueOrDefault(claim.Indicator) ?? claim.Indicator, Format.Value(claim.Value, UnitOf(claim.Unit), claim.Qualifier), Format.Period(claim.Period.Start, claim.Period.End), change]));
        }

        foreach (var figure in analysis.Figures.Where(f => !claimed.Contains((f.Span.Start, f.Span.End))))
        {
            list.Add(new Highlight(figure.Span.Start, figure.Span.End, "figure",
                texts["A figure ({0}): {1}; no series was named for it.", Format.Kind(figure.Kind), Format.Value(figure.Value, UnitOf(figure.Unit), figure.Qualifier) + (figure.Kind == "count" ? " " + figure.Unit : "")]));
        }

        foreach (var date in analysis.Dates)
        {
            var when = date.Value is { } day ? Format.Date(day)
                : date.Start is { } s && date.End is { } e ? Format.Period(s, e) : texts["a date"];
            list.Add(new Highlight(date.Span.Start, date.Span.End, "date",
                date.Inferred ? texts["A date: {0} (year taken from the document's date).", when] : texts["A date: {0}.", when]));
        }

        foreach (var reference in analysis.References)
        {
            var what = reference.Title ?? Format.Kind(reference.Kind);
            var when = reference.Date is { } d ? ", " + Format.Date(d) : "";
            list.Add(new Highlight(reference.Span.Start, reference.Span.End, "reference", texts["A reference to an agreement: {0}{1}.", what, when]));
        }

        return [.. list.Where(h => h.Start >= 0 && h.End <= textLength && h.End > h.Start)];
    }

    /// <summary>The text as HTML with <paramref name="highlights"/> nested where one holds another; a highlight that only partly overlaps an earlier one is left out.</summary>
    public static string ToHtml(string text, IReadOnlyList<Highlight> highlights)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ordered = highlights.OrderBy(h => h.Start).ThenByDescending(h => h.End).ThenBy(h => Rank(h.Kind)).ToList();
        var html = new StringBuilder(text.Length * 2);
        var open = new Stack<(Highlight Highlight, int Id)>();
        var position = 0;
        var next = 0;

        void CloseUntil(int at)
        {
            while (open.Count > 0 && open.Peek().Highlight.End <= at)
            {
                var (h, id) = open.Pop();
                Encode(html, text, position, h.End);
                position = h.End;
                html.Append("<span class=\"hl-tip\" role=\"tooltip\" id=\"hl-").Append(id).Append("\">");
                html.Append(s_html.Encode(h.Explanation)).Append("</span>");
                html.Append(h.Href is null ? "</mark>" : "</a>");
            }
        }

        foreach (var h in ordered)
        {
            CloseUntil(h.Start);
            var inside = open.Count > 0 ? open.Peek().Highlight : null;
            if (inside is not null && (h.End > inside.End || (h.Href is not null && open.Any(o => o.Highlight.Href is not null))))
            {
                continue; // partial overlap, or a link inside a link
            }

            Encode(html, text, position, h.Start);
            position = h.Start;
            var id = next++;
            var css = "hl hl-" + h.Kind;
            if (h.Href is null)
            {
                html.Append("<mark class=\"").Append(css).Append("\" tabindex=\"0\" aria-describedby=\"hl-").Append(id).Append("\">");
            }
            else
            {
                html.Append("<a class=\"").Append(css).Append("\" href=\"").Append(s_html.Encode(h.Href)).Append("\" aria-describedby=\"hl-").Append(id).Append("\">");
            }

            open.Push((h, id));
        }

        CloseUntil(int.MaxValue);
        Encode(html, text, position, text.Length);
        return html.ToString();
    }

    private static int Rank(string kind) => kind switch
    {
        "clause" => 0,
        "claim" => 1,
        "reference" => 2,
        "figure" => 3,
        _ => 4,
    };

    private static void Encode(StringBuilder html, string text, int from, int to)
    {
        if (to > from)
        {
            html.Append(s_html.Encode(text[from..to]));
        }
    }

    // Figures carry the noun counted as their unit ("schools"); the formatter knows money, percent and count.
    private static string UnitOf(string unit) => unit == "percent" || (unit.Length == 3 && unit.All(char.IsAsciiLetterUpper)) ? unit : "count";
}
