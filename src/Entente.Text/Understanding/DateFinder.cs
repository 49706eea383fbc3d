using Entente.Text.Extraction;

namespace Entente.Text.Understanding;

/// <summary>
/// Finds calendar dates written out in en, ru, az, es and fr ("22 February 2022", "February 22, 2022",
/// "22 февраля 2022 г.", "2020-04-06", "22.02.2022", and "February 22" with no year). A scanner, not a regex.
/// </summary>
public static class DateFinder
{
    /// <summary>Every date in <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    public static List<FoundDate> Find(string text, int start, int end)
    {
        var found = new List<FoundDate>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if ((char.IsDigit(c) || char.IsLetter(c)) && i > start && char.IsLetterOrDigit(text[i - 1]))
            {
                i++;
                continue;
            }

            if (char.IsDigit(c) && TryNumeric(text, i, end, out var numeric))
            {
                found.Add(numeric);
                i = numeric.Span.End;
            }
            else if (char.IsDigit(c) && TryDayMonth(text, i, end, out var dayFirst))
            {
                found.Add(dayFirst);
                i = dayFirst.Span.End;
            }
            else if (char.IsLetter(c) && TryMonthDay(text, i, end, out var monthFirst))
            {
                found.Add(monthFirst);
                i = monthFirst.Span.End;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    private static bool TryNumeric(string text, int i, int end, out FoundDate date)
    {
        date = default;
        var span = text.AsSpan(i, Math.Min(10, end - i));
        if (span.Length == 10 && IsDigits(span[..4]) && span[4] == '-' && IsDigits(span[5..7]) && span[7] == '-' && IsDigits(span[8..10]))
        {
            return Make(i, i + 10, Number(span[..4]), Number(span[5..7]), Number(span[8..10]), out date);
        }

        if (span.Length == 10 && IsDigits(span[..2]) && span[2] == '.' && IsDigits(span[3..5]) && span[5] == '.' && IsDigits(span[6..10]))
        {
            return Make(i, i + 10, Number(span[6..10]), Number(span[3..5]), Number(span[..2]), out date);
        }

        return false;
    }

    private static bool TryDayMonth(string text, int i, int end, out FoundDate date)
    {
        date = default;
        var dayEnd = DigitsEnd(text, i, end);
        if (dayEnd - i > 2)
        {
            return false;
        }

        var day = Number(text.AsSpan(i, dayEnd - i));
        var monthStart = SkipSpaces(text, dayEnd, end);
        if (monthStart == dayEnd || !TryMonth(text, monthStart, end, out var month, out var monthEnd))
        {
            return false;
        }

        var year = TryYear(text, monthEnd, end, out var yearEnd);
        return Make(i, year is null ? monthEnd : yearEnd, year, month, day, out date);
    }

    private static bool TryMonthDay(string text, int i, int end, out FoundDate date)
    {
        date = default;
        if (!TryMonth(text, i, end, out var month, out var monthEnd))
        {
            return false;
        }

        var dayStart = SkipSpaces(text, monthEnd, end);
        var dayEnd = DigitsEnd(text, dayStart, end);
        if (dayStart == monthEnd || dayEnd - dayStart is < 1 or > 2 || (dayEnd < end && (char.IsLetterOrDigit(text[dayEnd]) || text[dayEnd] == ':')))
        {
            return false;
        }

        var day = Number(text.AsSpan(dayStart, dayEnd - dayStart));
        var year = TryYear(text, dayEnd, end, out var yearEnd);
        return Make(i, year is null ? dayEnd : yearEnd, year, month, day, out date);
    }

    private static int? TryYear(string text, int i, int end, out int yearEnd)
    {
        yearEnd = i;
        var j = i;
        if (j < end && text[j] == ',')
        {
            j++;
        }

        var start = SkipSpaces(text, j, end);
        if (start == i && (start >= end || text[start] != ','))
        {
            return null;
        }

        var digitsEnd = DigitsEnd(text, start, end);
        if (digitsEnd - start != 4 || (digitsEnd < end && (char.IsLetterOrDigit(text[digitsEnd]) || text[digitsEnd] == ':')))
        {
            return null;
        }

        yearEnd = digitsEnd;
        var suffix = SkipSpaces(text, digitsEnd, end);
        foreach (var word in (ReadOnlySpan<string>)["года", "г.", "il", "ildə", "ci il", "cü il"])
        {
            if (end - suffix >= word.Length && text.AsSpan(suffix, word.Length).Equals(word, StringComparison.Ordinal))
            {
                yearEnd = suffix + word.Length;
                break;
            }
        }

        return Number(text.AsSpan(start, 4));
    }

    private static bool TryMonth(string text, int i, int end, out int month, out int monthEnd)
    {
        month = 0;
        monthEnd = i;
        var wordEnd = i;
        while (wordEnd < end && char.IsLetter(text[wordEnd]) && wordEnd - i < 12)
        {
            wordEnd++;
        }

        if (wordEnd - i < 3 || (wordEnd < end && char.IsLetter(text[wordEnd])))
        {
            return false;
        }

        if (!Months.TryParseForSigning(text.AsSpan(i, wordEnd - i), out month))
        {
            return false;
        }

        monthEnd = wordEnd < end && text[wordEnd] == '.' ? wordEnd + 1 : wordEnd;
        return true;
    }

    private static bool Make(int start, int end, int? year, int month, int day, out FoundDate date)
    {
        date = default;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year is >= 1 and <= 9999 ? year.Value : 2000, month) || year is < 1 or > 9999)
        {
            return false;
        }

        date = new FoundDate(new TextSpan(start, end), year, month, day);
        return true;
    }

    private static int DigitsEnd(string text, int i, int end)
    {
        while (i < end && char.IsAsciiDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}

/// <summary>A date found in a text; <see cref="Year"/> is null when the text leaves it out.</summary>
public readonly record struct FoundDate(TextSpan Span, int? Year, int Month, int Day)
{
    public DateOnly? Value => Year is { } year ? new DateOnly(year, Month, Day) : null;
}
