using Entente.Text.Analysis;
using Entente.Text.Extraction;

namespace Entente.Text.Understanding;

/// <summary>
/// Reads a document's title and dateline from its first lines: "Baku, February 22, AZERTAC",
/// " date 2020-04-06 BAKU, Azerbaijan, April 6", "22 Feb. 23:00" (a date without a year gives no date).
/// </summary>
public static class DatelineReader
{
    private const int MaxTitleLength = 200;
    private const int LinesToSearch = 4;
    private const int DatelineWindow = 80;

    /// <summary>The title: a short first line that is not a dateline or a sentence.</summary>
    /// <param name="text">The document's normalised text.</param>
    /// <param name="end">Where its content ends.</param>
    /// <param name="dateline">The text's dateline (<see cref="Read"/>), read once by the caller.</param>
    public static TextPassage? ReadTitle(string text, int end, Dateline dateline)
    {
        ArgumentNullException.ThrowIfNull(dateline);
        var (start, lineEnd) = FirstLine(text, 0, end);
        if (start >= lineEnd)
        {
            return null;
        }

        // A line that is only a date, perhaps labelled ("date 2024-10-08"), is the publication's date: the headline is next,
        // and the dateline that may follow it is the written one.
        var datelineSpan = dateline.Span;
        if (IsADateLine(text, start, lineEnd))
        {
            (start, lineEnd) = FirstLine(text, lineEnd, end);
            if (start >= lineEnd)
            {
                return null;
            }

            datelineSpan = WrittenDatelineAfter(text, lineEnd, end)?.Span;
        }

        var line = text.AsSpan(start, lineEnd - start);
        if (line.Length > MaxTitleLength || line[^1] is '.' or ',' or ';')
        {
            return null;
        }

        // A line with a colon is a speaker's turn ("Vladimir Putin: Good afternoon") unless the dateline comes next: then it
        // is a headline quoting someone ("Оверчук: Россия и Азербайджан выполнили …" above "БАКУ, 14 ноября. /ТАСС/.").
        if (line.IndexOf(": ", StringComparison.Ordinal) > 0 && !DatelineFollows(text, lineEnd, end, datelineSpan))
        {
            return null;
        }

        var dates = DateExtractor.FindDays(text, start, lineEnd);
        if (dates.Count > 0 && dates[0].Span.Start - start < 12)
        {
            return null;
        }

        return new TextPassage(line.ToString(), new TextSpan(start, lineEnd));
    }

    // The words a date line may label its date with.
    private static readonly string[] s_dateLabels = ["date", "дата", "tarix"];

    // A line that is only a date, perhaps labelled: "date 2024-10-08", "Дата: 8 октября 2024".
    internal static bool IsADateLine(string text, int start, int lineEnd)
    {
        var dates = DateExtractor.FindDays(text, start, lineEnd);
        if (dates.Count != 1)
        {
            return false;
        }

        var rest = string.Concat(text.AsSpan(start, dates[0].Span.Start - start), text.AsSpan(dates[0].Span.End, lineEnd - dates[0].Span.End)).Trim(" \t:".ToCharArray());
        return rest.Length == 0 || s_dateLabels.Any(label => rest.Equals(label, StringComparison.OrdinalIgnoreCase));
    }

    private static bool DatelineFollows(string text, int titleEnd, int end, TextSpan? datelineSpan)
    {
        var (next, _) = FirstLine(text, titleEnd, end);
        return datelineSpan is { } dateline && next < end && dateline.Start >= next && dateline.Start - next < DatelineWindow
            && text.IndexOf('\n', next, dateline.Start - next) < 0;
    }

    /// <summary>The dateline's date (when it gives a year) and place, from the first few lines.</summary>
    public static Dateline Read(string text, int end)
    {
        // A headline that names a day ("Milli Majlis: agenda of the plenary sitting of May 21, 2021", "главное за 3 марта") is
        // the dateline only when no line after it begins with a place and its date ("BAKU, May 20, 2021 (…)").
        Dateline? headlinesDay = null;
        foreach (var (start, lineEnd) in FirstLines(text, 0, end, LinesToSearch))
        {
            var windowEnd = Math.Min(lineEnd, start + DatelineWindow);
            var dates = DateExtractor.FindDays(text, start, windowEnd);
            var byline = false;
            if (dates.Count == 0 && EndsWithADay(text, start, lineEnd) is { Count: > 0 } signed)
            {
                (dates, byline) = (signed, true);
            }

            // A long title that ends with its place and day ("Briefing by the Official Spokesperson …, Moscow, 14 September
            // 2023 (excerpts)") dates the text, unless a dateline follows.
            if (dates.Count == 0 && headlinesDay is null && start == FirstLine(text, 0, end).Start && TitlesDayAtItsEnd(text, start, lineEnd) is { } titlesDay)
            {
                headlinesDay = new Dateline(titlesDay.Value, null, titlesDay.Span);
                continue;
            }
            var paragraph = lineEnd - start > DatelineWindow && !byline;
            if (dates.Count == 0 || paragraph && !OnlyNamesBefore(text, start, dates[0].Span.Start))
            {
                continue;
            }

            if (headlinesDay is null && start == FirstLine(text, 0, end).Start && !IsADateLine(text, start, lineEnd)
                && !OnlyNamesBefore(text, start, dates[0].Span.Start))
            {
                var first = dates.Find(date => date.Value is not null) ?? dates[0];
                headlinesDay = new Dateline(first.Value, ReadPlace(text, start, lineEnd, dates), new TextSpan(dates[0].Span.Start, dates[^1].Span.End));
                continue;
            }

            // A short line is all dateline (" date 2020-04-06 BAKU, Azerbaijan, April 6"); a paragraph goes on after its first date.
            if (paragraph)
            {
                dates.RemoveRange(1, dates.Count - 1);
            }

            var chosen = dates.Find(date => date.Value is not null) ?? dates[0];
            var place = ReadPlace(text, start, lineEnd, dates);
            var spanEnd = dates[^1].Span.End;

            // A line of its own that gives the date ("date 2023-06-15") above the report's written dateline ("MOSCOW, June 15
            // (Report). …"): both are the dateline, and the report's first day is the one after them.
            if (!paragraph && IsADateLine(text, start, lineEnd) && WrittenDatelineAfter(text, lineEnd + 1, end) is { } written)
            {
                place ??= written.Place;
                spanEnd = written.Span!.Value.End;
            }

            return new Dateline(chosen.Value, place, new TextSpan(dates[0].Span.Start, spanEnd));
        }

        return headlinesDay ?? Dateline.None;
    }

    // The longest line a sender's name may make before its place and day.
    private const int MaxBylineLength = 2 * DatelineWindow;

    // A sender's line that ends with its place and day, longer than a dateline: "Embassy of the Republic of Azerbaijan in
    // the Republic of Uzbekistan, Tashkent, 29 December 2022". Its days, when the last ends the line.
    private static List<DateMention>? EndsWithADay(string text, int start, int lineEnd)
    {
        if (lineEnd - start > MaxBylineLength)
        {
            return null;
        }

        var days = DateExtractor.FindDays(text, start, lineEnd);
        return days.Count > 0 && days[^1].Value is not null && text.AsSpan(days[^1].Span.End, lineEnd - days[^1].Span.End).Trim(" .\t\r").IsEmpty ? [days[^1]] : null;
    }

    // The written dateline in the lines after a date line: a place, then its first date.
    private static Dateline? WrittenDatelineAfter(string text, int from, int end)
    {
        foreach (var (start, lineEnd) in FirstLines(text, from, end, LinesToSearch - 1))
        {
            var dates = DateExtractor.FindDays(text, start, Math.Min(lineEnd, start + DatelineWindow));
            if (dates.Count > 0 && start < dates[0].Span.Start && OnlyNamesBefore(text, start, dates[0].Span.Start))
            {
                return new Dateline(dates[0].Value, ReadPlace(text, start, lineEnd, dates), dates[0].Span);
            }
        }

        return null;
    }

    private const int MaxAgencyLength = 40;

    /// <summary>
    /// The agency a dateline names as who filed the report: "(TASS)" in "MOSCOW, June 4 (TASS) –", "/Спорт-Каспий/" in
    /// "БАКУ, 12 мая. /Спорт-Каспий/.", "ИА Регнум" in "Ташкент, 16 февраля, 11:06 — ИА Регнум.". Its words say who wrote,
    /// not what about; null when the first lines hold no dateline with an agency.
    /// </summary>
    public static TextSpan? ReadAgency(string text, int end)
    {
        foreach (var (start, lineEnd) in FirstLines(text, 0, end, LinesToSearch))
        {
            var dates = DateExtractor.FindDays(text, start, Math.Min(lineEnd, start + DatelineWindow));
            if (dates.Count == 0 || !OnlyNamesBefore(text, start, dates[0].Span.Start) || IsADateLine(text, start, lineEnd))
            {
                continue;
            }

            return AgencyAfter(text, dates[0].Span.End, lineEnd);
        }

        return null;
    }

    // After the dateline's date and its time ("16 февраля, 11:06 — ИА Регнум."): a name in brackets or slashes, or a short
    // capitalised one after a dash that ends with a full stop.
    private static TextSpan? AgencyAfter(string text, int from, int lineEnd)
    {
        var i = from;
        while (i < lineEnd && (text[i] is ' ' or ',' or '.' or ':' || char.IsDigit(text[i])))
        {
            i++;
        }

        if (i >= lineEnd)
        {
            return null;
        }

        if (text[i] is '(' or '/')
        {
            var close = text.IndexOf(text[i] == '(' ? ')' : '/', i + 1, Math.Min(lineEnd, i + 1 + MaxAgencyLength) - (i + 1));
            return close > i + 1 ? new TextSpan(i + 1, close) : null;
        }

        if (text[i] is '—' or '–' or '-')
        {
            var nameStart = i + 1;
            while (nameStart < lineEnd && text[nameStart] == ' ')
            {
                nameStart++;
            }

            var stop = text.IndexOf('.', nameStart, Math.Min(lineEnd, nameStart + MaxAgencyLength) - nameStart);
            // (A few capitalised words, as a place's name is: "ИА Регнум", "Спорт-Азия".)
            return stop > nameStart && IsPlaceName(text[nameStart..stop]) ? new TextSpan(nameStart, stop) : null;
        }

        return null;
    }

    /// <summary>The day a title ends with after a comma, a remark in brackets after it allowed ("…, Moscow, 14 September 2023 (excerpts)").</summary>
    private static DateMention? TitlesDayAtItsEnd(string text, int start, int lineEnd)
    {
        if (lineEnd - start > MaxTitleLength)
        {
            return null;
        }

        var line = text.AsSpan(start, lineEnd - start).TrimEnd();
        if (line.Length > 0 && line[^1] == ')' && line.LastIndexOf('(') is > 0 and var open)
        {
            line = line[..open].TrimEnd();
        }

        var days = DateExtractor.FindDays(text, start, start + line.Length);
        if (days.Count == 0 || days[^1] is not { Value: not null } last || last.Span.End != start + line.Length)
        {
            return null;
        }

        var before = text.AsSpan(start, last.Span.Start - start).TrimEnd();
        return before.Length > 0 && before[^1] == ',' ? last : null;
    }

    // A dateline that opens a paragraph ("Ташкент, 16 февраля, 2017, 11:06 — ИА Регнум. Президент …") has only a place or
    // an agency before its date, set off by a comma or a dash; a sentence that opens with a date in it ("Twenty years ago,
    // on 4 April 1992, …", "Подписанная 15 июня 2021 года декларация …", "On 4 April 1992 the …") does not.
    private static bool OnlyNamesBefore(string text, int start, int date)
    {
        var before = text.AsSpan(start, date - start).TrimEnd();
        if (before.Length > 0 && before[^1] is not (',' or '-' or '—' or '–' or '(' or '/' or ':' or '.'))
        {
            return false;
        }

        foreach (var word in text[start..date].Split([' ', ',', '-', '—', '–', '(', ')', '/', ':', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!char.IsUpper(word[0]) && word != "date")
            {
                return false;
            }
        }

        return true;
    }

    private static string? ReadPlace(string text, int start, int end, List<DateMention> dates)
    {
        var segmentStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && text[i] != ',')
            {
                continue;
            }

            var segment = StripDates(text, segmentStart, i, dates).Trim();
            if (segment.StartsWith("date ", StringComparison.OrdinalIgnoreCase))
            {
                segment = segment[5..].Trim();
            }

            if (IsPlaceName(segment) && i < end)
            {
                return TitleCase(segment);
            }

            segmentStart = i + 1;
        }

        return null;
    }

    private static string StripDates(string text, int start, int end, List<DateMention> dates)
    {
        var result = new System.Text.StringBuilder();
        var i = start;
        foreach (var date in dates)
        {
            if (date.Span.End <= start || date.Span.Start >= end)
            {
                continue;
            }

            result.Append(text, i, Math.Max(0, date.Span.Start - i));
            i = Math.Max(i, date.Span.End);
        }

        if (i < end)
        {
            result.Append(text, i, end - i);
        }

        return result.ToString();
    }

    private static bool IsPlaceName(string segment)
    {
        if (segment.Length is < 2 or > 40)
        {
            return false;
        }

        var words = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 3 && words.All(word => char.IsUpper(word[0]) && word.All(c => char.IsLetter(c) || c is '-' or '\''));
    }

    private static string TitleCase(string name)
    {
        if (!name.Any(char.IsLower))
        {
            var lower = name.ToLowerInvariant().ToCharArray();
            for (var i = 0; i < lower.Length; i++)
            {
                if (i == 0 || lower[i - 1] is ' ' or '-')
                {
                    lower[i] = char.ToUpperInvariant(lower[i]);
                }
            }

            return new string(lower);
        }

        return name;
    }

    // The first `count` non-blank lines from `from` (start and end of each, white space trimmed).
    private static IEnumerable<(int Start, int End)> FirstLines(string text, int from, int end, int count)
    {
        var position = from;
        for (var n = 0; n < count && position < end; n++)
        {
            var (start, lineEnd) = FirstLine(text, position, end);
            if (start >= lineEnd)
            {
                yield break;
            }

            yield return (start, lineEnd);
            position = lineEnd + 1;
        }
    }

    private static (int Start, int End) FirstLine(string text, int from, int end)
    {
        var i = from;
        while (i < end)
        {
            var lineEnd = text.IndexOf('\n', i, end - i);
            if (lineEnd < 0)
            {
                lineEnd = end;
            }

            var start = i;
            while (start < lineEnd && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            var stop = lineEnd;
            while (stop > start && char.IsWhiteSpace(text[stop - 1]))
            {
                stop--;
            }

            if (stop > start)
            {
                return (start, stop);
            }

            i = lineEnd + 1;
        }

        return (end, end);
    }
}

/// <summary>What a dateline says: the date (null when it gives no year), the place, and where its dates are written.</summary>
public sealed record Dateline(DateOnly? Date, string? Place, TextSpan? Span)
{
    public static Dateline None { get; } = new(null, null, null);
}
