namespace Entente.Text.Extraction;

/// <summary>
/// Numbers written in words, in English ("twenty-eight", "three and a half", "a thousand"), Russian
/// ("полтора", "три с половиной", "двадцать пять") and Azerbaijani ("iyirmi beş").
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, int> s_units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["один"] = 1, ["одна"] = 1, ["одно"] = 1, ["одного"] = 1, ["одной"] = 1, ["два"] = 2, ["две"] = 2, ["двух"] = 2, ["три"] = 3, ["трех"] = 3, ["трёх"] = 3,
        ["четыре"] = 4, ["четырех"] = 4, ["четырёх"] = 4, ["пять"] = 5, ["пяти"] = 5, ["шесть"] = 6, ["шести"] = 6, ["семь"] = 7, ["семи"] = 7,
        ["восемь"] = 8, ["восьми"] = 8, ["девять"] = 9, ["девяти"] = 9, ["десять"] = 10, ["десяти"] = 10, ["одиннадцать"] = 11,
        ["двенадцать"] = 12, ["пятнадцать"] = 15, ["двадцать"] = 20, ["двадцати"] = 20, ["тридцать"] = 30, ["тридцати"] = 30,
        ["сорок"] = 40, ["пятьдесят"] = 50, ["шестьдесят"] = 60, ["семьдесят"] = 70, ["восемьдесят"] = 80, ["девяносто"] = 90,
        ["тринадцать"] = 13, ["четырнадцать"] = 14, ["шестнадцать"] = 16, ["семнадцать"] = 17, ["восемнадцать"] = 18, ["девятнадцать"] = 19,
        // Russian writes its hundreds as one word: "четыре миллиарда шестьсот миллионов".
        ["двести"] = 200, ["триста"] = 300, ["четыреста"] = 400, ["пятьсот"] = 500, ["шестьсот"] = 600, ["семьсот"] = 700,
        ["восемьсот"] = 800, ["девятьсот"] = 900,
        ["bir"] = 1, ["iki"] = 2, ["üç"] = 3, ["dörd"] = 4, ["beş"] = 5, ["altı"] = 6, ["yeddi"] = 7, ["səkkiz"] = 8,
        ["doqquz"] = 9, ["iyirmi"] = 20, ["otuz"] = 30, ["qırx"] = 40, ["əlli"] = 50, ["altmış"] = 60,
        ["yetmiş"] = 70, ["səksən"] = 80, ["doxsan"] = 90,
    };

    private static readonly Dictionary<string, decimal> s_scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100m, ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m, ["trillion"] = 1_000_000_000_000m,
        ["mln"] = 1_000_000m, ["bln"] = 1_000_000_000m, ["bn"] = 1_000_000_000m, ["mn"] = 1_000_000m, ["k"] = 1_000m,
        ["сто"] = 100m, ["сотни"] = 100m, ["тысяча"] = 1_000m, ["тысячи"] = 1_000m, ["тысяч"] = 1_000m, ["тыс"] = 1_000m,
        ["миллион"] = 1_000_000m, ["миллиона"] = 1_000_000m, ["миллионов"] = 1_000_000m, ["млн"] = 1_000_000m,
        ["миллиард"] = 1_000_000_000m, ["миллиарда"] = 1_000_000_000m, ["миллиардов"] = 1_000_000_000m, ["млрд"] = 1_000_000_000m,
        ["триллион"] = 1_000_000_000_000m, ["триллиона"] = 1_000_000_000_000m, ["трлн"] = 1_000_000_000_000m,
        ["yüz"] = 100m, ["milyon"] = 1_000_000m, ["milyard"] = 1_000_000_000m, ["mlrd"] = 1_000_000_000m,
        ["trilyon"] = 1_000_000_000_000m, ["trln"] = 1_000_000_000_000m,
    };

    // Russian writes half a scale as one word: "полмиллиарда долларов".
    private static readonly Dictionary<string, decimal> s_halfScales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["полмиллиона"] = 500_000m, ["полмиллиарда"] = 500_000_000m, ["полтриллиона"] = 500_000_000_000m,
    };

    /// <summary>Every word a number in words can start with.</summary>
    public static IEnumerable<string> Starts => s_units.Keys.Concat(["a", "half", "yarım", "полтора", "полторы", "полутора"]).Concat(s_halfScales.Keys);

    /// <summary>The value of a one-word number below a hundred ("five", "пяти", "beş"), or null.</summary>
    public static int? UnitOf(string word) => s_units.TryGetValue(word, out var value) ? value : null;

    /// <summary>The multiplier a scale word stands for ("billion" → 1e9, "млрд" → 1e9), or null.</summary>
    public static decimal? ScaleOf(ReadOnlySpan<char> word)
    {
        var lookup = s_scales.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var scale))
        {
            return scale;
        }

        // "thousands", "millions", "billions" as plain scale words.
        if (word.Length > 1 && (word[^1] == 's' || word[^1] == 'S') && lookup.TryGetValue(word[..^1], out scale))
        {
            return scale;
        }

        return null;
    }

    /// <summary>
    /// Reads a number in words starting at token <paramref name="index"/>. Returns how many tokens it used
    /// (0 when there is none) and its value; scale words ("thousand") are part of it.
    /// </summary>
    public static int TryRead(TokenStream tokens, int index, out decimal value)
    {
        value = 0;
        var i = index;
        decimal total = 0, current = 0;
        var any = false;

        // "a thousand", "a hundred", "half a million".
        if (tokens.Is(i, "a") && tokens.IsWord(i + 1) && ScaleOf(tokens.Span(i + 1)) is { } aScale && aScale >= 100)
        {
            current = 1;
            i++;
            any = true;
        }
        else if (tokens.IsAny(i, ["полтора", "полторы", "полутора"]))
        {
            current = 1.5m;
            i++;
            any = true;
        }

        // "half a billion", "yarım milyard": half of the scale that follows ("half a dozen", "half of it" are no number).
        else if (tokens.Is(i, "half") && tokens.Is(i + 1, "a") && IsLargeScale(tokens, i + 2))
        {
            current = 0.5m;
            i += 2;
            any = true;
        }
        else if (tokens.Is(i, "yarım") && IsLargeScale(tokens, i + 1))
        {
            current = 0.5m;
            i++;
            any = true;
        }
        else if (tokens.IsWord(i) && s_halfScales.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tokens.Span(i), out var half))
        {
            value = half;
            return 1;
        }

        while (i < tokens.Count && tokens.IsWord(i))
        {
            var word = tokens.Span(i);
            if (TryUnit(word, out var unit))
            {
                if (current == 0 || current % 100 == 0 && unit < 100 || current is >= 20 and < 100 && current % 10 == 0 && unit < 10)
                {
                    current += unit;
                    i++;
                    any = true;
                    continue;
                }

                break;
            }

            // Bounded so that "hundred hundred hundred …" cannot overflow.
            if (any && ScaleOf(word) is { } scale && !word.Equals("k", StringComparison.OrdinalIgnoreCase) && total + current < 1_000_000_000_000_000m)
            {
                if (scale == 100)
                {
                    current = (current == 0 ? 1 : current) * 100;
                }
                else
                {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                }

                i++;
                continue;
            }

            // "three and a half", "три с половиной", "one hundred and five".
            if (any && tokens.Is(i, "and") && tokens.Is(i + 1, "a") && tokens.Is(i + 2, "half"))
            {
                current += 0.5m;
                i += 3;
                continue;
            }

            if (any && tokens.Is(i, "с") && tokens.Is(i + 1, "половиной"))
            {
                current += 0.5m;
                i += 2;
                continue;
            }

            if (any && tokens.Is(i, "and") && tokens.IsWord(i + 1) && TryUnit(tokens.Span(i + 1), out _) && current >= 100)
            {
                i++;
                continue;
            }

            break;
        }

        if (!any)
        {
            return 0;
        }

        value = total + current;
        return i - index;
    }

    private static bool IsLargeScale(TokenStream tokens, int i) => tokens.IsWord(i) && ScaleOf(tokens.Span(i)) is >= 1000;

    private static bool TryUnit(ReadOnlySpan<char> word, out int value)
    {
        var lookup = s_units.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out value))
        {
            return true;
        }

        // "twenty-eight", "thirty-one".
        var hyphen = word.IndexOfAny('-', '\u2010');
        if (hyphen > 0 && lookup.TryGetValue(word[..hyphen], out var tens) && tens % 10 == 0 && tens >= 20
            && lookup.TryGetValue(word[(hyphen + 1)..], out var ones) && ones < 10)
        {
            value = tens + ones;
            return true;
        }

        return false;
    }
}
