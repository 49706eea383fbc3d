using System.Runtime.CompilerServices;
using Entente.Text.Analysis;

namespace Entente.Text.Extraction;

/// <summary>
/// Finds dates and periods: "3 July 1997", "February 22, 2022", "22 февраля 2022 г.", "9/10 November 2020",
/// "January-November 2021", "2024-2026", "the nine months of 2019", "in 2021", "early March", "last year".
/// A date without a year takes it from a later date of the same list, else from the document's date (inferred).
/// </summary>
internal static class DateExtractor
{
    private static readonly string[] s_yearCues =
    [
        "in", "of", "since", "until", "till", "through", "throughout", "by", "for", "from", "to", "during", "before", "after",
        "the", "late", "early", "mid", "compared", "than", "year", "and", "between", "within", "as", "put", "puts",
        "в", "с", "со", "по", "до", "к", "за", "от", "на", "и", "начале", "конце", "середине", "ili", "ilində",
    ];

    // Ordinals up to "fourth" start quarters and halves ("the first quarter", "первое полугодие").
    private static readonly HashSet<string> s_triggers = new(
    [
        .. Ordinals.WordsUpTo(4), "last", "this", "next", "current", "early", "mid", "late",
        "этом", "текущем", "нынешнем", "прошлом", "прошедшем", "минувшем", "следующем", "будущем",
        "этого", "текущего", "нынешнего", "прошлого", "прошедшего", "минувшего", "следующего", "будущего",
        "bu", "cari", "keçən", "ötən", "gələn", "начале", "конце",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Words other than months and numbers that can start a date.</summary>
    public static IEnumerable<string> Triggers => s_triggers;

    private static readonly string[] s_yearWords = ["г", "года", "году", "год", "годы", "годов", "годах", "il", "ildə", "ilin", "ili"];

    /// <summary>
    /// All dates in document order; none overlaps another. The day dates inside <paramref name="dateline"/> (the span
    /// <see cref="Understanding.DatelineReader"/> found) are marked as the document's own dateline.
    /// </summary>
    public static List<DateMention> Extract(TokenStream t, DateOnly? documentDate, TextSpan? dateline = null, int? reviewYear = null)
    {
        var found = Scan(t, documentDate, keepYearless: false);
        if (dateline is { } line)
        {
            MarkDateline(found, line);
        }

        if (documentDate is { } published && reviewYear is { } reviewed && reviewed < published.Year)
        {
            InTheReviewedYear(found, published, reviewed);
        }

        return found;
    }

    // A year in review published in the next January tells its days without a year ("On 26 May the co-chairs signed …"):
    // those that the document's year would put after its date are the reviewed year's.
    private static void InTheReviewedYear(List<DateMention> found, DateOnly published, int reviewed)
    {
        for (var i = 0; i < found.Count; i++)
        {
            if (found[i] is { Inferred: true, Granularity: "day", Value: { } day } mention && day > published && day.Year == published.Year
                && !(day.Month == 2 && day.Day == 29 && !DateTime.IsLeapYear(reviewed)))
            {
                found[i] = mention with { Value = new DateOnly(reviewed, day.Month, day.Day) };
            }
        }
    }

    /// <summary>
    /// The day dates between <paramref name="start"/> and <paramref name="end"/> of plain text (a dateline, a closing
    /// formula), read by the same rules as running text. With no document date to take a year from, a day written
    /// without one ("22 Feb. 23:00") is kept, with no value.
    /// </summary>
    public static List<DateMention> FindDays(string text, int start, int end)
    {
        using var t = TokenStream.Create(text.Substring(start, end - start));
        var days = new List<DateMention>();
        foreach (var mention in Scan(t, null, keepYearless: true))
        {
            if (mention.Granularity == "day")
            {
                days.Add(mention with { Span = new TextSpan(mention.Span.Start + start, mention.Span.End + start) });
            }
        }

        return days;
    }

    // Runs once per text over every token: compiled fully optimised at once, so a busy machine (where the background
    // recompilation of hot methods lags) does not run this loop as quickly-jitted code for many texts.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<DateMention> Scan(TokenStream t, DateOnly? documentDate, bool keepYearless)
    {
        var found = new List<DateMention>();
        var i = 0;
        while (i < t.Count)
        {
            // Symbols start no date, and most words neither (the same test as in TryAt, made before the call).
            var kind = t[i].Kind;
            if (kind == TokenKind.Symbol || kind == TokenKind.Word && (t.ClassOf(i) & WordClass.Date) == 0 && t[i].Length != 1)
            {
                i++;
                continue;
            }

            if (TryAt(t, i, documentDate, out var mention, out var next))
            {
                if (mention is not null && (keepYearless || !IsYearless(mention)))
                {
                    found.Add(mention);
                }

                i = Math.Max(next, i + 1);
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    private static bool TryAt(TokenStream t, int i, DateOnly? doc, out DateMention? mention, out int next)
    {
        mention = null;
        next = i + 1;
        var token = t[i];

        if (token.Kind == TokenKind.Number)
        {
            // Numbers glued to letters ("COVID-19", "G20") are names, not dates.
            if (i > 0 && !token.AfterSpace && (t.IsWord(i - 1) || t.IsSymbol(i - 1, '-') && t.IsWord(i - 2) && !t[i - 1].AfterSpace))
            {
                return false;
            }

            return TryIso(t, i, out mention, out next)
                || TryYearFirst(t, i, out mention, out next)
                || t.IsAny(i + 1, s_monthsWords) && TryPartOfYear(t, i, doc, out mention, out next)
                || TryDotted(t, i, out mention, out next)
                || TryRomanMonth(t, i, out mention, out next)
                || TrySlashed(t, i, out mention, out next)
                || TryDayFirst(t, i, doc, out mention, out next)
                || TryDayOfTheMonth(t, i, doc, out mention, out next)
                || TryYearRange(t, i, out mention, out next)
                || TryYear(t, i, out mention, out next);
        }

        if (token.Kind == TokenKind.Word)
        {
            // Most words start no date: only months, number words, ordinals and a few time words can.
            if ((t.ClassOf(i) & WordClass.Date) == 0 && !(t[i].Length == 1 && t.Text[t[i].Start] is 'Q' or 'H'))
            {
                return false;
            }

            return TryPartOfYear(t, i, doc, out mention, out next)
                || doc is { } d && IsLatinLower(t, i) && AzerbaijaniMonth(t, i, d.Year, out mention, out next) && MarkInferred(ref mention)
                || TryMonthFirst(t, i, doc, out mention, out next)
                || TryRelative(t, i, doc, out mention, out next)
                || TryEarlyLate(t, i, doc, out mention, out next);
        }

        return false;
    }

    // A date whose year came from the document's date.
    private static bool MarkInferred(ref DateMention? mention)
    {
        mention = mention! with { Inferred = true };
        return true;
    }

    // 2020-04-06
    private static bool TryIso(TokenStream t, int i, out DateMention? mention, out int next)
    {
        mention = null;
        next = i;
        if (t[i].Length == 4 && t.IsSymbol(i + 1, '-') && t.IsNumber(i + 2) && t.IsSymbol(i + 3, '-') && t.IsNumber(i + 4)
            && t.Touches(i) && t.Touches(i + 1) && t.Touches(i + 2) && t.Touches(i + 3)
            && t[i + 2].Length == 2 && t[i + 4].Length == 2
            && Day(t, i + 4) is { } d && Int(t.Span(i + 2)) is { } m && Int(t.Span(i)) is { } y && Make(y, m, d) is { } date)
        {
            mention = Day(t, i, i + 4, date, false);
            next = i + 5;
            return true;
        }

        return false;
    }

    // Azerbaijani order: 2022-ci il 22 fevral, 1997-ci il 3 iyul.
    private static bool TryYearFirst(TokenStream t, int i, out DateMention? mention, out int next)
    {
        mention = null;
        next = i;
        if (Year(t, i) is not { } y || !t.IsSymbol(i + 1, '-') || !t.IsAny(i + 2, ["ci", "cı", "cu", "cü"]) || !t.IsAny(i + 3, ["il", "ilin"]))
        {
            return false;
        }

        if (Day(t, i + 4) is { } d && t.IsWord(i + 5) && Months.TryParse(t.Span(i + 5), out var m) && Make(y, m, d) is { } date)
        {
            mention = Day(t, i, i + 5, date, false);
            next = i + 6;
            return true;
        }

        // "2019-cu il martın 3-də", "2023-cü il mart ayında", "2024-cü ilin 9 ayında".
        if (AzerbaijaniMonth(t, i + 4, y, out mention, out next) || AzerbaijaniPartOfYear(t, i + 4, y, out mention, out next))
        {
            mention = mention! with { Text = t.TextOf(i, next - 1), Span = t.SpanOf(i, next - 1) };
            return true;
        }

        return false;
    }

    // Azerbaijani puts the month first in the genitive and suffixes the day: "martın 3-də", "iyunun 22-dən";
    // a month alone is "mart ayında". The year comes before ("2019-cu il …") or from the document.
    private static bool AzerbaijaniMonth(TokenStream t, int i, int year, out DateMention? mention, out int next)
    {
        mention = null;
        next = i;

        // "yanvar-sentyabr aylarında" (one word to the tokenizer): the months from the first to the last.
        if (t.IsWord(i) && MonthRangeWord(t.Span(i)) is var (fromMonth, toMonth) && t.IsAny(i + 1, s_azerbaijaniMonthsWords))
        {
            mention = Range(t, i, i + 1, new DateOnly(year, fromMonth, 1), LastDay(year, toMonth), "range", false);
            next = i + 2;
            return true;
        }

        if (!t.IsWord(i) || !Months.TryParse(t.Span(i), out var month))
        {
            return false;
        }

        if (Day(t, i + 1) is { } day && t.IsSymbol(i + 2, '-') && t.Touches(i + 1) && t.Touches(i + 2) && t.IsWord(i + 3)
            && IsAzerbaijaniDaySuffix(t.Span(i + 3)) && Make(year, month, day) is { } date)
        {
            mention = Day(t, i, i + 3, date, false);
            next = i + 4;
            return true;
        }

        // "martın 5-6-da": two days, the suffix on the second.
        if (Day(t, i + 1) is { } first && t.IsSymbol(i + 2, '-') && Day(t, i + 3) is { } second && second > first && t.IsSymbol(i + 4, '-')
            && t.Touches(i + 3) && t.Touches(i + 4) && t.IsWord(i + 5) && IsAzerbaijaniDaySuffix(t.Span(i + 5))
            && Make(year, month, first) is { } from && Make(year, month, second) is { } to)
        {
            mention = Range(t, i, i + 5, from, to, "range", false);
            next = i + 6;
            return true;
        }

        // "2023-cü ilin dekabrında": the month with the possessive and a case is that month.
        if (Months.HasAzerbaijaniPossessive(t.Span(i)))
        {
            mention = Range(t, i, i, new DateOnly(year, month, 1), LastDay(year, month), "month", false);
            next = i + 1;
            return true;
        }

        if (t.IsAny(i + 1, ["ayında", "ayı", "ayının", "ayından", "ayınadək"]))
        {
            mention = Range(t, i, i + 1, new DateOnly(year, month, 1), LastDay(year, month), "month", false);
            next = i + 2;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Azerbaijani names a part of the year after the year: "2024-cü ilin 9 ayında", "ötən ilin ilk doqquz ayında"
    /// (January to September), "birinci yarısında" (the first half), "üçüncü rübündə" (the third quarter).
    /// </summary>
    private static bool AzerbaijaniPartOfYear(TokenStream t, int i, int year, out DateMention? mention, out int next)
    {
        mention = null;
        next = i;
        var j = t.Is(i, "ilk") ? i + 1 : i;
        var used = CountAt(t, j, out var n);
        var ordinal = t.IsWord(j) ? Ordinal(t, j) : null;
        int startMonth, endMonth;
        string granularity;
        if (used > 0 && n is >= 1 and <= 11 && n == Math.Floor(n) && t.IsAny(j + used, ["ayında", "ayı", "ay", "ayda"]))
        {
            (startMonth, endMonth, granularity, j) = (1, (int)n, "part", j + used);
        }
        else if (ordinal is { } quarter && t.IsAny(j + 1, ["rübündə", "rübü", "rübdə"]))
        {
            ((startMonth, endMonth), granularity, j) = (QuarterMonths(quarter), "quarter", j + 1);
        }
        else if (ordinal is { } half and <= 2 && t.IsAny(j + 1, ["yarısında", "yarısı", "yarımillikdə", "yarımilliyində", "yarımillik"]))
        {
            ((startMonth, endMonth), granularity, j) = (HalfMonths(half), "half", j + 1);
        }
        else
        {
            return false;
        }

        mention = Range(t, i, j, new DateOnly(year, startMonth, 1), LastDay(year, endMonth), granularity, false);
        next = j + 1;
        return true;
    }

    // "-dan 14-dək" after a day: the range's last day and the token after it.
    private static (int Day, int Next)? AzerbaijaniDayRangeEnd(TokenStream t, int k) =>
        t.IsADash(k) && t.IsAny(k + 1, ["dan", "dən"]) && Day(t, k + 2) is { } end && t.IsADash(k + 3) && t.IsAny(k + 4, ["dək", "a", "ə", "na", "nə", "yadək", "yədək"])
            ? (end, k + 5)
            : null;

    // "aylar" (months) with its endings: "yanvar-sentyabr aylarında", "… ayları ərzində".
    private static readonly string[] s_azerbaijaniMonthsWords = ["aylarında", "ayları", "aylarının", "aylarından", "aylar"];

    private static bool IsAzerbaijaniDaySuffix(ReadOnlySpan<char> word) =>
        word is "də" or "da" or "dək" or "dən" or "dan" or "nə" or "na" or "i" or "ı" or "u" or "ü" or "si" or "sı" or "su" or "sü" or "ə" or "a"
            or "ində" or "ında" or "undan" or "ündən" or "ində";

    // 22.02.2022 (one number token with two dots); 17.05.23 between slashes, as agencies write it in a dateline
    // ("Tehran/17.05.23/Turan:", "Bakı / 06.03.23 / Turan:"); 2024.03.14, the year first.
    private static bool TryDotted(TokenStream t, int i, out DateMention? mention, out int next)
    {
        mention = null;
        next = i;
        var s = t.Span(i);
        var first = s.IndexOf('.');
        var last = s.LastIndexOf('.');
        if (first == 4 && last == 7 && s.Length == 10)
        {
            if (Int(s[..4]) is { } year && TokenStream.IsAYearNumber(year) && Int(s[5..7]) is { } month && Int(s[8..]) is { } dayOfMonth && Make(year, month, dayOfMonth) is { } yearFirst)
            {
                mention = Day(t, i, i, yearFirst, false);
                next = i + 1;
                return true;
            }

            return false;
        }

        var yearDigits = s.Length - last - 1;
        var shortYear = yearDigits == 2 && t.IsSymbol(i - 1, '/') && t.IsSymbol(i + 1, '/');
        if (first is < 1 or > 2 || last != first + 2 && last != first + 3 || yearDigits != 4 && !shortYear)
        {
            return false;
        }

        if (Int(s[..first]) is { } d && Int(s[(first + 1)..last]) is { } m && Int(s[(last + 1)..]) is { } written
            && (shortYear ? 2000 + written : written) is var y && Make(y, m, d) is { } date)
        {
            var end = SkipYearWord(t, i);
            mention = Day(t, i, end, date, false);
            next = end + 1;
            return true;
        }

        return false;
    }

    // "3.VI.2021", "12.II.2020": the month in Roman numerals between dots, as official papers write it.
    private static bool TryRomanMonth(TokenStream t, int i, out DateMention? mention, out int next)
    {
        mention = null;
        next = i;
        if (Day(t, i) is not { } d || !IsGluedDot(t, i + 1) || !t.IsWord(i + 2) || !IsGluedDot(t, i + 3) || Year(t, i + 4) is not { } y)
        {
            return false;
        }

        var roman = t.Span(i + 2);
        // Written as the numeral is written ("IV", never "IIII" or "VX").
        var m = roman.Length <= 4 && !roman.ContainsAnyExcept("IVX") ? Reading.RomanNumerals.Parse(roman) : -1;
        if (m is < 1 or > 12 || !roman.SequenceEqual(Reading.RomanNumerals.Format(m)) || Make(y, m, d) is not { } date)
        {
            return false;
        }

        var end = SkipYearWord(t, i + 4);
        mention = Day(t, i, end, date, false);
        next = end + 1;
        return true;
    }

    private static bool IsGluedDot(TokenStream t, int k) => t.IsSymbol(k, '.') && t.Touches(k - 1) && t.Touches(k);

    // "14/06/2024", "02/08/2024": a day, a month and a year between slashes. The day comes first, as outside the United States
    // it does, unless the first number cannot be a month's day order ("06/14/2024" is 14 June).
    private static bool TrySlashed(TokenStream t, int i, out DateMention? mention, out int next)
    {
        mention = null;
        next = i;
        if (Day(t, i) is not { } a || !IsGluedSlash(t, i + 1) || Day(t, i + 2) is not { } b || !IsGluedSlash(t, i + 3) || Year(t, i + 4) is not { } y)
        {
            return false;
        }

        var (day, month) = b > 12 ? (b, a) : (a, b);
        if (Make(y, month, day) is not { } date)
        {
            return false;
        }

        var end = SkipYearWord(t, i + 4);
        mention = Day(t, i, end, date, false);
        next = end + 1;
        return true;
    }

    private static bool IsGluedSlash(TokenStream t, int k) => t.IsSymbol(k, '/') && t.Touches(k - 1) && t.Touches(k);

    // 3 July 1997, 9/10 November 2020, 22 февраля 2022 г., 3 iyul 1997-ci il, 11 January (and 26 November 2021)
    private static bool TryDayFirst(TokenStream t, int i, DateOnly? doc, out DateMention? mention, out int next)
    {
        mention = null;
        next = i;
        if (Day(t, i) is not { } day)
        {
            return false;
        }

        var j = i + 1;

        // "19th May, 2023", "the 5th of March 2019": an English ordinal ending glued to the day; "3-го марта": a Russian one.
        if (t.Touches(i) && t.IsAny(j, ["st", "nd", "rd", "th"]))
        {
            j++;
            if (t.Is(j, "of"))
            {
                j++;
            }
        }
        else if (t.Touches(i) && t.IsSymbol(j, '-') && t.Touches(j) && t.Is(j + 1, "го"))
        {
            j += 2;
        }

        int? day2 = null;
        // "5-6 March", "5/6 March", "с 1 по 5 апреля", "from 25 to 27 August".
        if ((t.IsSymbol(j, '/') || t.IsADash(j) || t.Is(j, "по") && t.IsAny(i - 1, ["с", "со"]) || t.Is(j, "to") && t.Is(i - 1, "from"))
            && Day(t, j + 1) is { } d2 && d2 > day)
        {
            day2 = d2;
            j += 2;
        }

        // A day and its month are on one line, and a time's minutes are no day ("14:25\n\nMayın 10-dan …").
        if (t.IsWord(j) && t[j].AfterNewline || t.IsSymbol(i - 1, ':') && t.Touches(i - 1))
        {
            return false;
        }

        // A lower-case "may" after a number is the verb ("the 5 may apply") unless a year follows: Azerbaijani writes its
        // months in lower case ("5 may 2005-ci il").
        if (!t.IsWord(j) || !Months.TryParse(t.Span(j), out var month) || IsLatinLower(t, j) && t.Is(j, "may") && Year(t, j + 1) is null
            && !(t.IsSymbol(j + 1, ',') && Year(t, j + 2) is not null))
        {
            return false;
        }

        var monthIndex = j;
        if (t.IsSymbol(j + 1, '.') && t.Touches(j) && Months.IsAbbreviation(t.Span(j)))
        {
            j++;
        }

        var (year, yearEnd, inferred) = YearAfter(t, j, doc);
        if (year is null)
        {
            mention = day2 is null ? Yearless(t, i, j, month, day) : null;
            next = monthIndex + 1;
            return true;
        }

        var last = yearEnd ?? j;
        if (Make(year.Value, month, day) is not { } start)
        {
            return false;
        }

        next = last + 1;
        if (day2 is { } dd && Make(year.Value, month, dd) is { } end)
        {
            mention = Range(t, i, last, start, end, "range", inferred);
        }
        else
        {
            mention = Day(t, i, last, start, inferred);
        }

        return true;
    }

    // February 22, 2022; November 9–10, 2020; Feb. 22; November 2020; January-November 2021; январе–ноябре 2021 года
    private static bool TryMonthFirst(TokenStream t, int i, DateOnly? doc, out DateMention? mention, out int next)
    {
        mention = null;
        next = i;
        // "January-November 2021" is one word to the tokenizer.
        var word = t.Span(i);
        if (MonthRangeWord(word) is var (fromMonth, toMonth))
        {
            // "январь-сентябрь 2024 года", "январь-сентябрь текущего года", "January-June of this year".
            var (rangeYear, last, inferred) = Year(t, i + 1) is { } written ? (written, SkipYearWord(t, i + 1), false)
                : RelativeYearAt(t, t.Is(i + 1, "of") ? i + 2 : i + 1, doc, out var relative) is var yearWord and >= 0 ? (relative, yearWord, true) : (0, -1, false);
            if (last >= 0)
            {
                mention = Range(t, i, last, new DateOnly(rangeYear, fromMonth, 1), LastDay(rangeYear, toMonth), "range", inferred);
                next = last + 1;
                return true;
            }
        }

        if (!Months.TryParse(word, out var month) || IsLatinLower(t, i) && !IsCyrillic(t, i))
        {
            return false;
        }

        var j = i + 1;
        if (t.IsSymbol(j, '.') && t.Touches(i))
        {
            j++;
        }

        if (Day(t, j) is { } day && !(t.IsSymbol(j + 1, '.') && t.IsNumber(j + 2)))
        {
            var k = j + 1;
            // "March 5th, 2024": an ordinal ending glued to the day.
            if (t.Touches(j) && t.IsAny(k, ["st", "nd", "rd", "th"]))
            {
                k++;
            }

            int? day2 = null;
            if ((t.IsADash(k) || t.IsSymbol(k, '/')) && Day(t, k + 1) is { } d2 && d2 > day)
            {
                day2 = d2;
                k += 2;
            }
            else if (AzerbaijaniDayRangeEnd(t, k) is var (azEnd, afterRange) && azEnd > day)
            {
                // "Mayın 10-dan 14-dək" (from the 10th to the 14th of May).
                day2 = azEnd;
                k = afterRange;
            }

            var (year, yearEnd, inferred) = YearAfter(t, k - 1, doc);
            if (year is null || Make(year.Value, month, day) is not { } start)
            {
                mention = year is null && day2 is null ? Yearless(t, i, k - 1, month, day) : null;
                next = k;
                return true;
            }

            var last = yearEnd ?? k - 1;
            next = last + 1;
            mention = day2 is { } dd && Make(year.Value, month, dd) is { } end
                ? Range(t, i, last, start, end, "range", inferred)
                : Day(t, i, last, start, inferred);
            return true;
        }

        // May is a month here only when a year follows: "May 2021", never "may consider".
        var endMonth = month;
        var k2 = j;
        if (t.IsADash(j) && t.IsWord(j + 1) && Months.TryParse(t.Span(j + 1), out var m2) && m2 > month)
        {
            endMonth = m2;
            k2 = j + 2;
        }

        if (Year(t, k2) is { } y)
        {
            var last = SkipYearWord(t, k2);
            next = last + 1;
            mention = Range(t, i, last, new DateOnly(y, month, 1), LastDay(y, endMonth), endMonth == month ? "month" : "range", false);
            return true;
        }

        // "январь-сентябрь текущего года", "in March last year".
        if (RelativeYearAt(t, t.Is(k2, "of") ? k2 + 1 : k2, doc, out var relativeYear) is var relativeEnd and >= 0)
        {
            next = relativeEnd + 1;
            mention = Range(t, i, relativeEnd, new DateOnly(relativeYear, month, 1), LastDay(relativeYear, endMonth), endMonth == month ? "month" : "range", true);
            return true;
        }

        // A bare month after a preposition ("in April", "since May") takes the document's year.
        if (doc is { } d && IsCapitalisedLatinOrCyrillic(t, i) && t.IsAny(i - 1, ["in", "since", "until", "by", "from", "of", "в", "с", "до"])
            && !(t.Is(i, "may") && !t.IsSymbol(i + 1, '.') && !t.IsSymbol(i + 1, ',') && t.IsWord(i + 1))
            && endMonth == month)
        {
            next = i + 1;
            mention = Range(t, i, i, new DateOnly(d.Year, month, 1), LastDay(d.Year, month), "month", true);
            return true;
        }

        return false;
    }

    // 2024-2026, 2022–2024
    private static bool TryYearRange(TokenStream t, int i, out DateMention? mention, out int next)
    {
        mention = null;
        next = i;
        if (Year(t, i) is { } a && t.IsADash(i + 1) && Year(t, i + 2) is { } b && b > a && b - a < 50)
        {
            var last = SkipYearWord(t, i + 2);
            mention = Range(t, i, last, new DateOnly(a, 1, 1), new DateOnly(b, 12, 31), "range", false);
            next = last + 1;
            return true;
        }

        return false;
    }

    // in 2021, since 1992, 2021 года, 2021-ci ildə
    private static bool TryYear(TokenStream t, int i, out DateMention? mention, out int next)
    {
        mention = null;
        next = i;
        if (Year(t, i) is not { } y)
        {
            return false;
        }

        var last = SkipYearWord(t, i);
        var cued = last > i || t.IsAny(i - 1, s_yearCues) || t.Is(i - 1, "with") && t.Is(i - 2, "compared") || t.IsSymbol(i - 1, '(') || i == 0
            || t.IsSymbol(i + 1, ',') || t.IsSymbol(i + 1, '.') || t.IsSymbol(i + 1, ')') || t.IsSymbol(i + 1, ';') || i + 1 >= t.Count
            || IsATableRow(t, i);
        if (!cued || t.IsSymbol(i - 1, '$') || t.IsSymbol(i + 1, '%') || t.IsWord(i + 1) && NumberWords.ScaleOf(t.Span(i + 1)) is not null)
        {
            return false;
        }

        var first = i;
        mention = Range(t, first, last, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), "year", false);
        next = last + 1;
        return true;
    }

    // "млрд долларов: 2021 — 2,97; 2022 — 4,6": a year after a colon or a cell's semicolon, before a dash and its number, is
    // the row of a table written as a line. So is a year that opens a line of a list, a bullet or none before it, with a
    // colon or a dash after it and an amount after that: "2022: 4,6 mlrd dollar", "• 2021 — $2.9bn".
    private static bool IsATableRow(TokenStream t, int i) =>
        ((t.IsSymbol(i - 1, ':') || t.IsSymbol(i - 1, ';')) && t.IsADash(i + 1) || OpensAListsLine(t, i) && (t.IsADash(i + 1) || t.IsSymbol(i + 1, ':')))
        && (t.IsNumber(i + 2) && Year(t, i + 2) is null || OpensAListsLine(t, i) && t.IsCurrencySign(i + 2));

    private static bool OpensAListsLine(TokenStream t, int i) => t.OpensALine(i) || t.IsABullet(i - 1) && t.OpensALine(i - 1);

    private static readonly string[] s_monthsWords = ["months", "месяцев", "месяца"];

    // the nine months of 2019, the first half of 2021, the first quarter of 2021, Q1 2021
    private static bool TryPartOfYear(TokenStream t, int i, DateOnly? doc, out DateMention? mention, out int next)
    {
        mention = null;
        next = i;
        int startMonth, endMonth, j, y;
        string granularity;
        decimal n = 0;
        var used = t.IsWord(i + 1) ? CountAt(t, i, out n) : 0;

        // Asked once: a quarter and a half both start with an ordinal, and both need a word ("quarter", "half") after it.
        var ordinal = t.IsWord(i + 1) ? Ordinal(t, i) : null;
        if (used > 0 && n is >= 1 and <= 11 && n == Math.Floor(n) && t.IsAny(i + used, s_monthsWords))
        {
            startMonth = 1;
            endMonth = (int)n;
            j = i + used + 1;
            granularity = "part";
        }
        else if (ordinal is { } ord && t.IsAny(i + 1, ["quarter", "квартал", "квартале", "квартала"]) && ord <= 4)
        {
            (startMonth, endMonth) = QuarterMonths(ord);
            j = i + 2;
            granularity = "quarter";
        }
        else if (ordinal is { } h && h <= 2 && t.IsAny(i + 1, ["half", "полугодии", "полугодие", "полугодия"]))
        {
            (startMonth, endMonth) = HalfMonths(h);
            j = i + 2;
            granularity = "half";
        }
        else if (t.Span(i) is ['Q' or 'H', ..] && t[i].Length == 1 && t.IsNumber(i + 1) && t.Touches(i) && Int(t.Span(i + 1)) is { } q
            && (t.Span(i)[0] == 'Q' ? q is >= 1 and <= 4 : q is 1 or 2))
        {
            var quarter = t.Span(i)[0] == 'Q';
            startMonth = quarter ? (q - 1) * 3 + 1 : (q - 1) * 6 + 1;
            endMonth = startMonth + (quarter ? 2 : 5);
            j = i + 2;
            granularity = quarter ? "quarter" : "half";
        }
        else
        {
            return false;
        }

        if (t.IsAny(j, ["of", "in"]))
        {
            j++;
        }

        // "the first half of 2021", "за 9 месяцев прошлого года".
        var inferred = false;
        int last;
        if (Year(t, j) is { } written)
        {
            (y, last) = (written, SkipYearWord(t, j));
        }
        else if (RelativeYearAt(t, j, doc, out y) is var yearWord and >= 0)
        {
            (last, inferred) = (yearWord, true);
        }
        else
        {
            return false;
        }

        var first = t.Is(i - 1, "the") ? i - 1 : i;
        mention = Range(t, first, last, new DateOnly(y, startMonth, 1), LastDay(y, endMonth), granularity, inferred);
        next = last + 1;
        return true;
    }

    // last year, this year, next year, в прошлом году
    // Words before "the 9th" that make it a day ("met on the 9th,"), not an ordinal ("the 9th session").
    private static readonly string[] s_beforeADayOfTheMonth = ["on", "from", "since", "until", "till", "by"];

    private static readonly string[] s_englishOrdinalEndings = ["st", "nd", "rd", "th"];

    // Words after "the 29th" that go on about the day ("signed on the 29th by the ministers", "on the 4th of this month"),
    // where a noun would make it an ordinal ("on the 25th anniversary").
    private static readonly string[] s_afterADayOfTheMonth = ["by", "at", "in", "of", "and", "when", "with"];

    /// <summary>
    /// A day of the month the report was written in, named without the month: "met on the 9th,", "с 21-го числа", "ayın
    /// 9-da". Only a day not later than the report's own is taken: a later one may be this month's or last month's.
    /// </summary>
    private static bool TryDayOfTheMonth(TokenStream t, int i, DateOnly? doc, out DateMention? mention, out int next)
    {
        mention = null;
        next = i;
        if (doc is not { } d || Day(t, i) is not { } day || day > d.Day)
        {
            return false;
        }

        int last;
        if (t.Is(i - 1, "the") && t.IsAny(i - 2, s_beforeADayOfTheMonth) && t.Touches(i) && t.IsAny(i + 1, s_englishOrdinalEndings)
            && (i + 2 >= t.Count || t[i + 2].Kind == TokenKind.Symbol || t.IsAny(i + 2, s_afterADayOfTheMonth)))
        {
            last = i + 1;
        }
        else if (t.Touches(i) && t.IsADash(i + 1) && t.IsAny(i + 2, ["го", "ого"]) && t.Is(i + 3, "числа"))
        {
            last = i + 3;
        }
        else if (t.Is(i - 1, "ayın") && t.Touches(i) && t.IsADash(i + 1) && IsAzerbaijaniDaySuffix(t.Span(i + 2)))
        {
            last = i + 2;
        }
        else
        {
            return false;
        }

        mention = Day(t, i, last, new DateOnly(d.Year, d.Month, day), inferred: true);
        next = last + 1;
        return true;
    }

    private static bool TryRelative(TokenStream t, int i, DateOnly? doc, out DateMention? mention, out int next)
    {
        mention = null;
        next = i;
        if (doc is not { } d)
        {
            return false;
        }

        if (!t.IsWord(i + 1) || t[i + 1].Length > 5)
        {
            return false;
        }

        int? offset = null;
        var last = i + 1;
        if (t.IsAny(i + 1, ["year"]) && !t.IsSymbol(i + 2, '’') && !t.IsSymbol(i + 2, '\''))
        {
            // "the last year" and "the next year" are durations, not the calendar year.
            offset = t.Is(i - 1, "the") ? null : t.IsAny(i, ["this", "current"]) ? 0 : t.Is(i, "last") ? -1 : t.Is(i, "next") ? 1 : null;
        }
        else if (t.IsAny(i + 1, ["году", "год"]))
        {
            offset = t.IsAny(i, ["этом", "текущем", "нынешнем"]) ? 0 : t.IsAny(i, ["прошлом", "прошедшем", "минувшем"]) ? -1 : t.IsAny(i, ["следующем", "будущем"]) ? 1 : null;
        }
        else if (t.Is(i + 1, "года") && RelativeYearAt(t, i, doc, out var relativeYear) >= 0)
        {
            // "по итогам прошлого года", "до конца текущего года".
            offset = relativeYear - d.Year;
        }
        else if (t.IsAny(i + 1, ["il", "ildə", "ilin"]))
        {
            offset = t.IsAny(i, ["bu", "cari"]) ? 0 : t.IsAny(i, ["keçən", "ötən"]) ? -1 : t.Is(i, "gələn") ? 1 : null;

            // "ötən ilin yanvar-sentyabr aylarında", "bu ilin mart ayında": months of that year.
            if (offset is { } relative && t.Is(i + 1, "ilin") && (AzerbaijaniMonth(t, i + 2, d.Year + relative, out var months, out var monthsNext)
                || AzerbaijaniPartOfYear(t, i + 2, d.Year + relative, out months, out monthsNext)))
            {
                mention = months! with { Text = t.TextOf(i, monthsNext - 1), Span = t.SpanOf(i, monthsNext - 1) };
                next = monthsNext;
                return MarkInferred(ref mention);
            }
        }

        if (offset is not { } o)
        {
            return false;
        }

        var y = d.Year + o;
        mention = Range(t, i, last, new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), "year", true);
        next = last + 1;
        return true;
    }

    // early March, late 2019, mid-2019, mid-March; thirds of the month or of the year.
    private static bool TryEarlyLate(TokenStream t, int i, DateOnly? doc, out DateMention? mention, out int next)
    {
        mention = null;
        next = i;
        int part;
        int j;
        var word = t.Span(i);
        if (word.Length < 4 || word.Length > 8 && !word.StartsWith("mid-", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (word.Equals("early", StringComparison.OrdinalIgnoreCase) || word.Equals("начале", StringComparison.OrdinalIgnoreCase))
        {
            part = 0;
            j = i + 1;
        }
        else if (word.Equals("mid", StringComparison.OrdinalIgnoreCase) && t.IsSymbol(i + 1, '-'))
        {
            part = 1;
            j = i + 2;
        }
        else if (word.StartsWith("mid-", StringComparison.OrdinalIgnoreCase) && Months.TryParse(word[4..], out var midMonth))
        {
            if (doc is not { } dm || t.IsNumber(i + 1))
            {
                return false;
            }

            mention = Range(t, i, i, new DateOnly(dm.Year, midMonth, 11), new DateOnly(dm.Year, midMonth, 20), "part", true);
            next = i + 1;
            return true;
        }
        else if (word.Equals("late", StringComparison.OrdinalIgnoreCase) || word.Equals("конце", StringComparison.OrdinalIgnoreCase))
        {
            part = 2;
            j = i + 1;
        }
        else
        {
            return false;
        }

        if (Year(t, j) is { } y)
        {
            var last = SkipYearWord(t, j);
            var startMonth = part * 4 + 1;
            mention = Range(t, i, last, new DateOnly(y, startMonth, 1), LastDay(y, startMonth + 3), "part", false);
            next = last + 1;
            return true;
        }

        if (t.IsWord(j) && Months.TryParse(t.Span(j), out var month) && !t.IsNumber(j + 1) && IsCapitalisedLatinOrCyrillic(t, j))
        {
            var (year, yearEnd, inferred) = Year(t, j + 1) is { } yy ? (yy, SkipYearWord(t, j + 1), false) : doc is { } d ? (d.Year, j, true) : (0, j, true);
            if (year == 0)
            {
                return false;
            }

            var from = part * 10 + 1;
            var to = part == 2 ? DateTime.DaysInMonth(year, month) : from + 9;
            mention = Range(t, i, yearEnd, new DateOnly(year, month, from), new DateOnly(year, month, to), "part", inferred);
            next = yearEnd + 1;
            return true;
        }

        return false;
    }

    private static (int? Year, int? End, bool Inferred) YearAfter(TokenStream t, int last, DateOnly? doc)
    {
        var j = last + 1;
        if (t.IsSymbol(j, ','))
        {
            j++;
        }

        if (Year(t, j) is { } y)
        {
            return (y, SkipYearWord(t, j), false);
        }

        // "February 22 this year" / "22 февраля текущего года" / "in March last year".
        if (RelativeYearAt(t, last + 1, doc, out var relative) is var yearWord and >= 0)
        {
            return (relative, yearWord, true);
        }

        if (SharedYear(t, last + 1) is { } shared)
        {
            return (shared, null, false);
        }

        if (YearOpeningTheLine(t, last) is { } lineYear)
        {
            return (lineYear, null, false);
        }

        return doc is { } d ? (d.Year, null, true) : (null, null, false);
    }

    // A chronology's line: "2000 — On September 12, Russia, Iran and India sign …": the year before the dash is its days' year.
    private static int? YearOpeningTheLine(TokenStream t, int at)
    {
        const int LineReach = 40;
        return t.LineStart(at, LineReach) is { } k && t.IsADash(k + 1) ? Year(t, k) : null;
    }

    // "last year", "прошлого года", "текущего года", "this year" after a month or a part of the year: the document's year
    // moved by the offset. Returns the index of the year word, or -1.
    private static int RelativeYearAt(TokenStream t, int j, DateOnly? doc, out int year)
    {
        year = 0;
        if (doc is not { } d || !t.IsAny(j + 1, ["year", "года", "il", "ilin"]))
        {
            return -1;
        }

        int? offset = t.IsAny(j, ["this", "current", "текущего", "этого", "нынешнего", "bu", "cari"]) ? 0
            : t.IsAny(j, ["last", "прошлого", "прошедшего", "минувшего", "ötən", "keçən"]) ? -1
            : t.IsAny(j, ["next", "следующего", "будущего", "gələn"]) ? 1 : null;
        if (offset is not { } o)
        {
            return -1;
        }

        year = d.Year + o;
        return j + 1;
    }

    // "January 11 and November 26, 2021": the year written once for the whole list.
    private static int? SharedYear(TokenStream t, int from)
    {
        var sawJoin = false;
        for (var j = from; j < t.Count && j < from + 8; j++)
        {
            if (t.IsSymbol(j, ',') || t.IsAny(j, ["and", "и", "və", "or"]) || t.IsADash(j) || t.IsSymbol(j, '/'))
            {
                sawJoin = true;
                continue;
            }

            if (t.IsNumber(j) && Day(t, j) is not null)
            {
                continue;
            }

            if (t.IsWord(j) && Months.TryParse(t.Span(j), out _))
            {
                continue;
            }

            if (sawJoin && Year(t, j) is { } y && j > from + 1)
            {
                return y;
            }

            return null;
        }

        return null;
    }

    private static int SkipYearWord(TokenStream t, int yearIndex)
    {
        var j = yearIndex;
        // 2022-ci il, 2021-ci ildə
        if (t.IsSymbol(j + 1, '-') && t.Touches(j) && t.IsAny(j + 2, ["ci", "cı", "cu", "cü"]))
        {
            j += 2;
        }
        // "в пандемийном 2020-м", "2020-го": the Russian ordinal ending stands for the year word.
        else if (t.IsSymbol(j + 1, '-') && t.Touches(j) && t.IsAny(j + 2, ["м", "й", "го", "му"]))
        {
            return j + 2;
        }

        if (t.IsAny(j + 1, s_yearWords))
        {
            j++;
            if (t.Is(j, "г") && t.IsSymbol(j + 1, '.') && t.Touches(j))
            {
                j++;
            }
        }

        return j;
    }

    private static int? Ordinal(TokenStream t, int i) => Ordinals.ValueOf(t.Span(i)) is { } n and <= 4 ? n : null;

    // A count at a token, in digits ("9") or in words ("nine", "doqquz"): how many tokens it takes (0 for none).
    private static int CountAt(TokenStream t, int i, out decimal count)
    {
        if (t.IsNumber(i) && Int(t.Span(i)) is { } digits)
        {
            count = digits;
            return 1;
        }

        count = 0;
        return t.IsWord(i) ? NumberWords.TryRead(t, i, out count) : 0;
    }

    // "January-November", "yanvar-sentyabr": one word to the tokenizer, two months in order.
    private static (int From, int To)? MonthRangeWord(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOfAny('-', '\u2010');
        return hyphen > 0 && Months.TryParse(word[..hyphen], out var from) && Months.TryParse(word[(hyphen + 1)..], out var to) && to > from
            ? (from, to)
            : null;
    }

    private static (int Start, int End) QuarterMonths(int quarter) => ((quarter - 1) * 3 + 1, (quarter - 1) * 3 + 3);

    private static (int Start, int End) HalfMonths(int half) => half == 1 ? (1, 6) : (7, 12);

    private static int? Day(TokenStream t, int i)
    {
        if (!t.IsNumber(i) || t[i].Length > 2)
        {
            return null;
        }

        return Int(t.Span(i)) is { } d and >= 1 and <= 31 ? d : null;
    }

    // A year followed by more digits ("2019 300") or glued to a word is not a year.
    private static int? Year(TokenStream t, int i) =>
        t.Touches(i) && (t.IsWord(i + 1) || t.IsNumber(i + 1)) ? null : t.YearAt(i);

    private static int? Int(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || s.Length > 9)
        {
            return null;
        }

        var v = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return null;
            }

            v = v * 10 + (c - '0');
        }

        return v;
    }

    private static bool IsCyrillic(TokenStream t, int i) => t.Text[t[i].Start] is >= '\u0400' and <= '\u04FF';

    private static bool IsLatinLower(TokenStream t, int i) => char.IsLower(t.Text[t[i].Start]) && !IsCyrillic(t, i);

    private static bool IsCapitalisedLatinOrCyrillic(TokenStream t, int i) => IsCyrillic(t, i) || char.IsUpper(t.Text[t[i].Start]);

    private static DateOnly? Make(int y, int m, int d) =>
        y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    private static DateOnly LastDay(int y, int m) => new(y, m, DateTime.DaysInMonth(y, m));

    private static DateMention Day(TokenStream t, int first, int last, DateOnly value, bool inferred) =>
        new(t.TextOf(first, last), t.SpanOf(first, last)) { Value = value, Granularity = "day", Inferred = inferred };

    private static DateMention Range(TokenStream t, int first, int last, DateOnly start, DateOnly end, string granularity, bool inferred) =>
        new(t.TextOf(first, last), t.SpanOf(first, last)) { Start = start, End = end, Granularity = granularity, Inferred = inferred };

    // A day and month with no year to take ("22 Feb."): kept only where plain text is searched for days.
    private static DateMention? Yearless(TokenStream t, int first, int last, int month, int day) =>
        day <= DateTime.DaysInMonth(2000, month) ? new(t.TextOf(first, last), t.SpanOf(first, last)) { Granularity = "day" } : null;

    private static bool IsYearless(DateMention mention) => mention.Value is null && mention.Start is null;

    private static void MarkDateline(List<DateMention> found, TextSpan dateline)
    {
        for (var k = 0; k < found.Count && found[k].Span.Start < dateline.End; k++)
        {
            if (found[k].Granularity == "day" && found[k].Span.Overlaps(dateline))
            {
                found[k] = found[k] with { Dateline = true };
            }
        }
    }
}
