using System.Globalization;
using Entente.Text.Reading;

namespace Entente.Text.Structure;

/// <summary>
/// A clause number as treaties write it: "5", "1.2", "XIII.2", "G-5", "3bis". Knows which number
/// may follow which, so that a line opening with "Article 24 of the GATT" inside article 3 is not
/// taken for article 24.
/// </summary>
internal static class ClauseNumber
{
    private const int MaxComponents = 4;

    private static readonly string[] s_numberWords =
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
    ];

    // "TWENTY-ONE" parses as the parts 20 and 1, which follow "TWENTY" as 1.1 follows 1.
    private static readonly string[] s_tens = ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    public static bool IsWellFormed(ReadOnlySpan<char> number)
    {
        Span<(int Value, int Suffix)> parts = stackalloc (int, int)[MaxComponents];
        return TryParse(number, parts, out _);
    }

    /// <summary>True when <paramref name="number"/> can open a sequence: its last part is 1, I or A.</summary>
    public static bool IsInitial(ReadOnlySpan<char> number)
    {
        Span<(int Value, int Suffix)> parts = stackalloc (int, int)[MaxComponents];
        return TryParse(number, parts, out var count) && parts[count - 1] is (1, 0) or (0, 0);
    }

    /// <summary>True when <paramref name="next"/> may directly follow <paramref name="previous"/>: 4 after 3, 2.1 after 1.9, 5bis after 5.</summary>
    public static bool IsSuccessor(ReadOnlySpan<char> previous, ReadOnlySpan<char> next)
    {
        Span<(int Value, int Suffix)> p = stackalloc (int, int)[MaxComponents];
        Span<(int Value, int Suffix)> n = stackalloc (int, int)[MaxComponents];
        if (!TryParse(previous, p, out var pc) || !TryParse(next, n, out var nc))
        {
            return false;
        }

        var k = 0;
        while (k < pc && k < nc && p[k] == n[k])
        {
            k++;
        }

        if (k == pc && k == nc)
        {
            return false;
        }

        if (k == nc)
        {
            return false;
        }

        if (k < pc)
        {
            var stepped = (n[k].Value == p[k].Value + 1 && n[k].Suffix == 0) ||
                          (n[k].Value == p[k].Value && n[k].Suffix == p[k].Suffix + 1);
            if (!stepped)
            {
                return false;
            }

            k++;
        }

        for (var i = k; i < nc; i++)
        {
            if (n[i] is not ((1, 0) or (0, 0)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool TryParse(ReadOnlySpan<char> number, Span<(int Value, int Suffix)> parts, out int count)
    {
        count = 0;
        if (number.IsEmpty || number.Length > 16)
        {
            return false;
        }

        while (!number.IsEmpty)
        {
            var separator = number.IndexOfAny('.', '-');
            var part = separator < 0 ? number : number[..separator];
            if (count == parts.Length || !TryParsePart(part, out parts[count]))
            {
                return false;
            }

            count++;
            number = separator < 0 ? [] : number[(separator + 1)..];
            if (separator >= 0 && number.IsEmpty)
            {
                return false;
            }
        }

        return count > 0;
    }

    private static bool TryParsePart(ReadOnlySpan<char> part, out (int Value, int Suffix) value)
    {
        value = default;
        if (part.IsEmpty)
        {
            return false;
        }

        var word = NumberWord(part);
        if (word > 0)
        {
            value = (word, 0);
            return true;
        }

        if (char.IsDigit(part[0]))
        {
            var digits = 0;
            while (digits < part.Length && char.IsDigit(part[digits]))
            {
                digits++;
            }

            if (digits > 4 || !int.TryParse(part[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            var suffix = Suffix(part[digits..]);
            if (suffix < 0)
            {
                return false;
            }

            value = (number, suffix);
            return true;
        }

        if (part.Length == 1 && char.IsLetter(part[0]) && part[0] is not ('I' or 'V' or 'X' or 'i' or 'v' or 'x'))
        {
            var letter = char.ToUpperInvariant(part[0]);
            value = letter is >= 'A' and <= 'Z' ? (letter - 'A' + 1, 0) : (letter - 'А' + 1, 0);
            return value.Value is > 0 and < 40;
        }

        if (IsRomanCase(part))
        {
            var roman = RomanNumerals.Parse(part);
            if (roman > 0)
            {
                value = (roman, 0);
                return true;
            }
        }

        return false;
    }

    // "ARTICLE ONE", "Article premier": numbers written as words, up to twenty.
    private static int NumberWord(ReadOnlySpan<char> part)
    {
        for (var i = 0; i < s_numberWords.Length; i++)
        {
            if (part.Equals(s_numberWords[i], StringComparison.OrdinalIgnoreCase))
            {
                return (i % 20) + 1;
            }
        }

        for (var i = 0; i < s_tens.Length; i++)
        {
            if (part.Equals(s_tens[i], StringComparison.OrdinalIgnoreCase))
            {
                return (i + 3) * 10;
            }
        }

        return part.Equals("premier", StringComparison.OrdinalIgnoreCase) || part.Equals("primero", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
    }

    private static bool IsRomanCase(ReadOnlySpan<char> part)
    {
        var upper = char.IsUpper(part[0]);
        foreach (var c in part)
        {
            if (char.IsUpper(c) != upper)
            {
                return false;
            }
        }

        return true;
    }

    private static int Suffix(ReadOnlySpan<char> suffix)
    {
        suffix = suffix.TrimStart(' ');
        if (suffix.IsEmpty || suffix.Equals("er", StringComparison.OrdinalIgnoreCase) || suffix.Equals("o", StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        if (suffix.Equals("bis", StringComparison.OrdinalIgnoreCase))
        {
            return 1;
        }

        if (suffix.Equals("ter", StringComparison.OrdinalIgnoreCase))
        {
            return 2;
        }

        if (suffix.Equals("quater", StringComparison.OrdinalIgnoreCase))
        {
            return 3;
        }

        return suffix.Length == 1 && char.IsLetter(suffix[0]) ? char.ToUpperInvariant(suffix[0]) - 'A' + 1 : -1;
    }
}
