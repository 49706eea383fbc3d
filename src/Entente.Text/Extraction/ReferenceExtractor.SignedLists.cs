namespace Entente.Text.Extraction;

/// <summary>
/// A list of the documents signed, announced once with its day: "По итогам встречи были подписаны следующие документы:
/// — Соглашение …; — Протокол …", "On 19 August … the following documents were signed: – Agreement …", "All six documents
/// were signed on 14 November. Besides the protocol …, they are: an agreement …; a memorandum …", "mərasimdə aşağıdakı
/// sənədlər imzalanıb: – … Memorandum". Every instrument the list names was signed that day.
/// </summary>
internal static partial class ReferenceExtractor
{
    /// <summary>Where a list of signed documents runs (characters) and the day they were signed, when the text tells it.</summary>
    private readonly record struct SignedList(int Start, int End, DateOnly? Day);

    private static readonly string[] s_signedDocumentsWords = ["подписанные", "подписанных", "imzalanan", "imzalanmış"];

    /// <summary>The lists of signed documents a text announces; the day comes from the announcement or, when it is the
    /// day's news, from the day of the text's event.</summary>
    private static List<SignedList> SignedLists(TokenStream t, Dates dates, DateOnly? textDate)
    {
        var lists = new List<SignedList>();
        for (var i = 0; i < t.Count; i++)
        {
            // "… the following documents were signed: …", or the verb right before the colon: "По итогам заседания 28 ноября
            // подписаны: — протокол …; — меморандум …".
            // (The cheap tests first: this runs at every word of a text with an undated instrument.)
            // "Also signed were: …": the verb, then its auxiliary before the colon.
            var signedColon = (t.IsSymbol(i + 1, ':') || t.IsSymbol(i + 2, ':') && t.IsAny(i + 1, ["were", "was"])) && t.IsAny(i, s_pastSigning);
            if (!t.IsAny(i, s_documentsWords) && !signedColon)
            {
                // "По итогам заседания подписаны протокол …; меморандум …; соглашение ….": the verb before a list in the
                // running text whose items semicolons part; it runs to the full stop.
                if (InlineListEnd(t, i) is > 0 and var inlineEnd)
                {
                    var (verbFrom, verbTo) = SentenceAround(t, i, i);
                    if (TellsASigningDone(t, verbFrom, verbTo))
                    {
                        lists.Add(new SignedList(t[i].End, inlineEnd, AnnouncedDay(t, verbFrom, verbTo, dates, textDate)));
                    }
                }

                continue;
            }

            // (The colon first: most documents words open no list, and a treaty's sentences can be long.)
            // A heading over the items has none: "İclasda imzalanmış sənədlər (18.11.2025)", then "1. …", "2. …".
            var colon = signedColon ? (t.IsSymbol(i + 1, ':') ? i + 1 : i + 2) : ColonAfter(t, i);
            var heading = colon < 0 ? HeadingOverItems(t, i) : null;
            if (colon < 0 && heading is null)
            {
                continue;
            }

            // The announcement runs to the colon: the items' own words ("… a plant it will build") and dates are theirs.
            var (from, to) = heading is { } line ? line : SentenceAround(t, i, i);
            var listStart = heading is not null ? t[to].End : ListStart(t, colon, to);
            var announcementEnd = heading is not null ? to : Math.Min(to, colon);
            if (listStart is not { } start || !TellsASigningDone(t, from, announcementEnd))
            {
                continue;
            }

            lists.Add(new SignedList(start, ListEnd(t, start), AnnouncedDay(t, from, announcementEnd, dates, textDate)));
            i = Math.Max(i, to);
        }

        return lists;
    }

    // Where a list in the running text ends (characters), when an instrument follows the verb and a semicolon parts it from
    // the next item before the full stop; else -1.
    private static int InlineListEnd(TokenStream t, int verb)
    {
        var first = MayStartAHead(t, verb + 1) ? verb + 1 : MayStartAHead(t, verb + 2) && IsRussianAdjective(t, verb + 1) ? verb + 2 : -1;
        if (first < 0 || !IsHead(t, first) || !t.IsAny(verb, s_pastSigning))
        {
            return -1;
        }

        var parted = false;
        for (var p = first + 1; p < t.Count && p - verb <= 4 * SentenceReach && !t[p].AfterNewline; p++)
        {
            if (t.IsSymbol(p, '.') || t.IsSymbol(p, '!') || t.IsSymbol(p, '?'))
            {
                return parted ? t[p].End : -1;
            }

            parted |= t.IsSymbol(p, ';');
        }

        return -1;
    }

    // The word class settles most words at once.
    private static bool MayStartAHead(TokenStream t, int p) => t.IsWord(p) && (t.ClassOf(p) & WordClass.Reference) != 0;

    // The first colon on the documents word's line within reach, or -1.
    private static int ColonAfter(TokenStream t, int documents)
    {
        for (var p = documents + 1; p < t.Count && p - documents <= 2 * SentenceReach && !t[p].AfterNewline; p++)
        {
            if (t.IsSymbol(p, ':'))
            {
                return p;
            }
        }

        return -1;
    }

    // A documents word on a short line of its own with no full stop at its end, over a line that opens an item: the heading's
    // first and last tokens.
    private static (int From, int To)? HeadingOverItems(TokenStream t, int documents)
    {
        if (t.LineStart(documents, MaxHeadingTokens) is not { } from)
        {
            return null;
        }

        var to = documents;
        while (to + 1 < t.Count && !t[to + 1].AfterNewline && to - from < MaxHeadingTokens)
        {
            to++;
        }

        if (to + 1 >= t.Count || !t[to + 1].AfterNewline || t.IsSymbol(to, '.') || t.IsSymbol(to, ':'))
        {
            return null;
        }

        var next = t[to + 1].Start;
        return OpensAnItem(t, t.Text.AsSpan(next, LineEnd(t.Text, next) - next).TrimEnd(), next) ? (from, to) : null;
    }

    private const int MaxHeadingTokens = 12;

    // The list opens at the colon after the documents word, in the announcement or in the next sentence of its line ("All six
    // documents were signed on 14 November. Besides the protocol …, they are: …"): there the whole next sentence is the list's.
    private static int? ListStart(TokenStream t, int colon, int announcementEnd)
    {
        if (colon <= announcementEnd)
        {
            return t[colon].End;
        }

        return t.SameSentence(announcementEnd + 1, colon) ? t[announcementEnd + 1].Start : null;
    }

    // The list runs to the end of the colon's line and on over the lines that are its items: those that open with a dash, a
    // bullet, a number or an instrument, or that follow an item ending in ";" or ",". Blank lines between items are no end.
    private static int ListEnd(TokenStream t, int start)
    {
        var text = t.Text;
        var end = LineEnd(text, start);
        var previousLine = text.AsSpan(start, end - start).Trim();
        var next = end + 1;
        while (next < text.Length)
        {
            var lineEnd = LineEnd(text, next);
            var lineStart = next;
            while (lineStart < lineEnd && char.IsWhiteSpace(text[lineStart]))
            {
                lineStart++;
            }

            var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
            if (line.Length > 0)
            {
                var continues = previousLine.Length > 0 && previousLine[^1] is ';' or ',';
                if (!continues && !OpensAnItem(t, line, lineStart))
                {
                    break;
                }

                end = lineEnd;
                previousLine = line;
            }

            next = lineEnd + 1;
        }

        return end;
    }

    private static bool OpensAnItem(TokenStream t, ReadOnlySpan<char> line, int lineStart)
    {
        if (t.IsAListMark(t.IndexAt(lineStart)))
        {
            return true;
        }

        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return digits is > 0 and < 3 && digits < line.Length && line[digits] is '.' or ')' || IsHead(t, t.IndexAt(lineStart));
    }

    // The instrument is the first one named in an item of a list: the item opens with its mark on a line of its own, or
    // after the list's colon or a semicolon in the running text, and only the instrument's own words come between ("– a
    // memorandum …", "– "Ağıllı sərhəd" memorandumu …", "– AQTA ilə … Xidməti arasında "Elektron sertifikatlaşdırma"
    // memorandumu;", "…: a memorandum …; a programme of joint measures …; and …").
    private static bool OpensAnItem(TokenStream t, int headStart)
    {
        for (var p = headStart - 1; p >= 0 && headStart - p <= MaxItemLead; p--)
        {
            if (t.IsAListMark(p) || IsItemNumber(t, p) || t.IsSymbol(p, ';') || t.IsSymbol(p, ':'))
            {
                return true;
            }

            if (t[p].AfterNewline || IsHead(t, p))
            {
                return false;
            }
        }

        return false;
    }

    private const int MaxItemLead = 40;

    // "1." or "2)" opening a line: the number of a numbered item.
    private static bool IsItemNumber(TokenStream t, int p) =>
        (t.IsSymbol(p, '.') || t.IsSymbol(p, ')')) && p > 0 && t[p - 1].AfterNewline && t.IsNumber(p - 1) && t[p - 1].Length <= 2;

    private static int LineEnd(string text, int from)
    {
        var end = text.IndexOf('\n', from);
        return end < 0 ? text.Length : end;
    }

    // "were signed", "подписаны", "imzalanıb", "среди подписанных документов", told as done and not as to come.
    private static bool TellsASigningDone(TokenStream t, int from, int to)
    {
        var signed = false;
        for (var p = from; p <= to; p++)
        {
            if (MatchesAny(t, p, s_notTheNews) || IsToBeMade(t, p))
            {
                return false;
            }

            signed |= t.IsAny(p, s_pastSigning) || t.IsAny(p, s_signedDocumentsWords);
        }

        return signed;
    }

    // The day the announcement names ("On 19 August, …", "were signed on 14 November"); with no date in it, the day of the
    // text's news. A year or a month it names instead ("In 2019, … were signed") is no day, and the list gets none.
    private static DateOnly? AnnouncedDay(TokenStream t, int from, int to, Dates dates, DateOnly? textDate)
    {
        var named = false;
        for (var p = from; p <= to; p++)
        {
            if (DateStartingAt(t, p, dates) is not { } date || date.Dateline || t.IsAny(p - 1, ["for", "на"]) || t.Is(t.IndexAt(date.Span.End), "üçün"))
            {
                continue;
            }

            if (DayOf(date) is { } day && (textDate is not { } written || day <= written))
            {
                return day;
            }

            named = true;
        }

        // "Oktyabrın 14-ü, çərşənbə axşamı – Moskva. … İclasın yekununda aşağıdakı sənədlər imzalanıb:": a day's programme
        // dates what the day's line tells.
        return named || textDate is not { } published ? null : DayOpeningTheLine(t, from, dates, published) ?? DayOfTheEvent(t, dates, published);
    }

    private static DateOnly? DayOpeningTheLine(TokenStream t, int p, Dates dates, DateOnly published) =>
        t.LineStart(p) is { } lineStart && DateStartingAt(t, lineStart, dates) is { Dateline: false } opening && DayOf(opening) is { } day && day <= published ? day : null;

    /// <summary>The list of signed documents an instrument is one of, if any (not one named in another's title).</summary>
    private static SignedList? ItsList(List<SignedList> lists, TokenStream t, int headStart)
    {
        var position = t[headStart].Start;
        foreach (var list in lists)
        {
            if (position >= list.Start && position < list.End)
            {
                return IsNamedInAnothersTitle(t, headStart) ? null : list;
            }
        }

        return null;
    }
}
