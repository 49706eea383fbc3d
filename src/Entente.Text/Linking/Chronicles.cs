using Entente.Text.Analysis;

namespace Entente.Text.Linking;

/// <summary>
/// A chronicle: a text whose lines open with their day and a dash, a full stop or a colon ("8 November - SOCAR reported
/// …", "1 марта. В Москве прошли …", "4 oktyabr — Moskvada …"). Each such line is a story of its own: it concerns the
/// Parties' dealings only when it names or places every Party itself, not because the lines around it do ("SOCAR reported
/// that oil output fell" is one Party's news in a month of the partnership's).
/// </summary>
internal static class Chronicles
{
    // Fewer lines that open with a day are a programme's or a timeline's steps inside a report, not a chronicle.
    private const int MinItems = 3;

    /// <summary>The chronicle's items, each from its day to its line's end; none when the text is no chronicle.</summary>
    public static List<TextSpan> Items(string text, IReadOnlyList<DateMention> dates)
    {
        var items = new List<TextSpan>();
        foreach (var date in dates)
        {
            if (date.Dateline || !Sentences.OpensALine(text, date.Span.Start) || items.Count > 0 && items[^1].Contains(date.Span))
            {
                continue;
            }

            var mark = date.Span.End;
            while (mark < text.Length && text[mark] is ' ' or '\t')
            {
                mark++;
            }

            var lineEnd = text.IndexOf('\n', date.Span.End);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            // (A day's full stop may be read as part of its date: "8 November.")
            var parted = mark < lineEnd && text[mark] is '-' or '–' or '—' or '.' or ':' || text[date.Span.End - 1] is '.' or ':';
            if (parted && mark < lineEnd && text.AsSpan(mark, lineEnd - mark).ContainsAnyExcept(s_notWords))
            {
                items.Add(new TextSpan(date.Span.Start, lineEnd));
            }
        }

        return items.Count >= MinItems ? items : [];
    }

    /// <summary>The item (a chronicle's line, a transcript's exchange) that holds the sentence, if the sentence is in one.</summary>
    public static TextSpan? ItemOf(List<TextSpan> items, TextSpan sentence)
    {
        foreach (var item in items)
        {
            if (sentence.Start >= item.Start && sentence.Start < item.End)
            {
                return item;
            }
        }

        return null;
    }

    private static readonly System.Buffers.SearchValues<char> s_notWords = System.Buffers.SearchValues.Create(" \t\r-–—.:");
}
