using System.Text;

namespace Entente.Text.Reading;

/// <summary>Roman numerals as treaties number articles and chapters ("Article IV", "CHAPTER XII").</summary>
public static class RomanNumerals
{
    private static readonly (int Value, string Symbol)[] s_symbols =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    public static string Format(int value)
    {
        var text = new StringBuilder();
        foreach (var (number, symbol) in s_symbols)
        {
            while (value >= number)
            {
                text.Append(symbol);
                value -= number;
            }
        }

        return text.ToString();
    }

    /// <summary>The value of an upper- or lower-case Roman numeral, or -1 when it is not one.</summary>
    public static int Parse(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.Length > 12)
        {
            return -1;
        }

        var total = 0;
        var previous = 0;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            var value = char.ToUpperInvariant(text[i]) switch
            {
                'I' => 1,
                'V' => 5,
                'X' => 10,
                'L' => 50,
                'C' => 100,
                'D' => 500,
                'M' => 1000,
                _ => -1,
            };
            if (value < 0)
            {
                return -1;
            }

            total += value < previous ? -value : value;
            previous = Math.Max(previous, value);
        }

        return total > 0 ? total : -1;
    }
}
