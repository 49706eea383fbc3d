namespace Entente.Text.Extraction;

/// <summary>
/// The one ordinal table of the text pipeline: "first" to "nineteenth" and the tens ("fortieth") in English, Russian
/// (every case and gender) and Azerbaijani, the compounds made with a cardinal ten ("twenty-sixth", "двадцать шестой",
/// "iyirmi altıncı"), and the endings that make a numeral an ordinal ("7th", "7-й", "28-го", "28-ci").
/// </summary>
internal static class Ordinals
{
    private static readonly string[] s_english = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    private static readonly string[] s_azerbaijani = ["birinci", "ikinci", "üçüncü", "dördüncü", "beşinci", "altıncı", "yeddinci", "səkkizinci", "doqquzuncu", "onuncu"];

    // Russian ordinals decline like adjectives: a stem and an adjective ending ("седьм" + "ому"). "Третий" is soft.
    private static readonly string[] s_russianStems = ["перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят"];

    private static readonly string[] s_russianEndings = ["ый", "ой", "ое", "ого", "ому", "ом", "ая", "ую", "ые", "ых", "ым", "ыми"];

    private static readonly string[] s_thirdEndings = ["ий", "ье", "ьего", "ьему", "ьем", "ья", "ьей", "ью", "ьи", "ьих", "ьим", "ьими"];

    // What follows a numeral and a hyphen to make it an ordinal: Russian case endings, Azerbaijani -ci/-cı/-cu/-cü.
    private static readonly HashSet<string> s_numeralEndings = new(StringComparer.OrdinalIgnoreCase)
    {
        "й", "ый", "ий", "ой", "го", "ого", "его", "му", "ому", "ему", "м", "ом", "ем", "я", "ая", "ю", "ую", "е", "ые", "х", "ых",
        "ci", "cı", "cu", "cü",
    };

    // "eleventh" to "nineteenth", then the tens: the ordinals past "tenth" that are one word.
    private static readonly string[] s_englishTeens =
        ["eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];

    private static readonly string[] s_englishTens = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

    private static readonly string[] s_russianTeenStems =
        ["одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат", "восемнадцат", "девятнадцат"];

    private static readonly string[] s_russianTenStems = ["двадцат", "тридцат", "сороков", "пятидесят", "шестидесят", "семидесят", "восьмидесят", "девяност"];

    private static readonly string[] s_azerbaijaniTens = ["iyirminci", "otuzuncu", "qırxıncı", "əllinci", "altmışıncı", "yetmişinci", "səksəninci", "doxsanıncı"];

    // The cardinal tens that come before a unit's ordinal in a compound one: "twenty-sixth", "двадцать шестой", "iyirmi altıncı".
    private static readonly Dictionary<string, int> s_cardinalTens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["двадцать"] = 20, ["тридцать"] = 30, ["сорок"] = 40, ["пятьдесят"] = 50, ["шестьдесят"] = 60, ["семьдесят"] = 70,
        ["восемьдесят"] = 80, ["девяносто"] = 90,
        ["iyirmi"] = 20, ["otuz"] = 30, ["qırx"] = 40, ["əlli"] = 50, ["altmış"] = 60, ["yetmiş"] = 70, ["səksən"] = 80, ["doxsan"] = 90,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_tensLookup = s_cardinalTens.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, int> s_words = Build();

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_words.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The number an ordinal word stands for ("seventh", "седьмому", "yeddinci"), or null; any case.</summary>
    public static int? ValueOf(ReadOnlySpan<char> word) => s_lookup.TryGetValue(word, out var value) ? value : null;

    /// <summary>
    /// The number a compound ordinal stands for, given the word before a unit's ordinal: "twenty" and "sixth", "двадцать" and
    /// "шестого", "iyirmi" and "altıncı"; Azerbaijani "on" and "birinci" (eleventh). Null when they make none.
    /// </summary>
    public static int? CompoundValue(ReadOnlySpan<char> tens, ReadOnlySpan<char> unit)
    {
        if (ValueOf(unit) is not { } ones || ones > 9)
        {
            return null;
        }

        if (tens.Equals("on", StringComparison.OrdinalIgnoreCase))
        {
            return s_azerbaijani.Contains(unit.ToString(), StringComparer.OrdinalIgnoreCase) ? 10 + ones : null;
        }

        return s_tensLookup.TryGetValue(tens, out var value) ? value + ones : null;
    }

    /// <summary>"twenty-sixth", "forty-third": an English compound ordinal written as one word, or null.</summary>
    public static int? HyphenatedValue(ReadOnlySpan<char> word) =>
        word.IndexOf('-') is > 0 and var hyphen ? CompoundValue(word[..hyphen], word[(hyphen + 1)..]) : null;

    /// <summary>Every ordinal word from "first" up to <paramref name="highest"/>, in every language and form.</summary>
    public static IEnumerable<string> WordsUpTo(int highest) => s_words.Where(w => w.Value <= highest).Select(w => w.Key);

    /// <summary>"7th", "21st", "22nd", "23rd": the number, or null.</summary>
    public static int? EnglishNumeralValue(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || !char.IsAsciiDigit(word[0]))
        {
            return null;
        }

        var suffix = word[^2..];
        if (!suffix.Equals("th", StringComparison.OrdinalIgnoreCase) && !suffix.Equals("st", StringComparison.OrdinalIgnoreCase)
            && !suffix.Equals("nd", StringComparison.OrdinalIgnoreCase) && !suffix.Equals("rd", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return int.TryParse(word[..^2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    /// <summary>Whether a word written after a numeral and a hyphen makes it an ordinal ("го" in "28-го", "ci" in "28-ci").</summary>
    public static bool IsNumeralEnding(string word) => s_numeralEndings.Contains(word);

    private static Dictionary<string, int> Build()
    {
        var words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var n = 1; n <= 10; n++)
        {
            words[s_english[n - 1]] = n;
            words[s_azerbaijani[n - 1]] = n;
            foreach (var ending in n == 3 ? s_thirdEndings : s_russianEndings)
            {
                words[s_russianStems[n - 1] + ending] = n;
            }
        }

        foreach (var ending in s_russianEndings)
        {
            words["четвёрт" + ending] = 4;
        }

        for (var n = 11; n <= 19; n++)
        {
            words[s_englishTeens[n - 11]] = n;
            foreach (var ending in s_russianEndings)
            {
                words[s_russianTeenStems[n - 11] + ending] = n;
            }
        }

        for (var tens = 20; tens <= 90; tens += 10)
        {
            words[s_englishTens[tens / 10 - 2]] = tens;
            words[s_azerbaijaniTens[tens / 10 - 2]] = tens;
            foreach (var ending in s_russianEndings)
            {
                words[s_russianTenStems[tens / 10 - 2] + ending] = tens;
            }
        }

        return words;
    }
}
