namespace Entente.Text.Extraction;

/// <summary>
/// The one month table of the text pipeline: names in English, Russian (every case) and Azerbaijani (with its endings),
/// full and abbreviated.
/// </summary>
internal static class Months
{
    // Stems: a word is a month when it starts with the stem and the rest is a known ending.
    private static readonly (string Stem, int Month, int MinLength)[] s_stems =
    [
        ("january", 1, 3), ("february", 2, 3), ("march", 3, 3), ("april", 4, 3), ("may", 5, 3), ("june", 6, 3),
        ("july", 7, 3), ("august", 8, 3), ("september", 9, 3), ("october", 10, 3), ("november", 11, 3), ("december", 12, 3),
        ("sept", 9, 4),
        ("январ", 1, 3), ("феврал", 2, 3), ("март", 3, 4), ("апрел", 4, 3), ("ма", 5, 2), ("июн", 6, 3), ("июл", 7, 3),
        ("август", 8, 3), ("сентябр", 9, 3), ("октябр", 10, 3), ("ноябр", 11, 3), ("декабр", 12, 3),
        ("yanvar", 1, 6), ("fevral", 2, 6), ("mart", 3, 4), ("aprel", 4, 5), ("iyun", 6, 4), ("iyul", 7, 4),
        ("avqust", 8, 6), ("sentyabr", 9, 8), ("oktyabr", 10, 7), ("noyabr", 11, 6), ("dekabr", 12, 6),
    ];

    // Short forms that are not prefixes of a Latin stem's name: Russian "окт", "сент." and Azerbaijani "okt" in datelines
    // ("12 окт 2023, 18:05"). Azerbaijani "yan" (side) and "sen" are words, so they are left out.
    private static readonly (string Form, int Month)[] s_abbreviations =
    [
        ("янв", 1), ("фев", 2), ("февр", 2), ("апр", 4), ("авг", 8), ("сен", 9), ("сент", 9), ("окт", 10), ("ноя", 11), ("нояб", 11), ("дек", 12),
        ("fev", 2), ("avq", 8), ("okt", 10), ("noy", 11), ("dek", 12),
    ];

    private static readonly string[] s_russianEndings = ["", "ь", "я", "е", "ю", "ем", "ём", "а", "у", "ом", "т", "та", "те", "й", "я", "е"];

    // The possessive with a case: "dekabrında" (in its December), "aprelindən", "iyulunda".
    private static readonly string[] s_azerbaijaniPossessives =
        ["ında", "ində", "unda", "ündə", "ından", "indən", "undan", "ündən", "ına", "inə", "una", "ünə", "ının", "inin", "unun", "ünün"];

    // Every written form, built once from the stems: one lookup per word on the hot path.
    private static readonly Dictionary<string, int> s_forms = BuildForms();

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_forms.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every form of every month, lower-case.</summary>
    public static IEnumerable<string> Forms => s_forms.Keys;

    /// <summary>Parses a month word ("February", "Feb", "февраля", "fevral"); false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> word, out int month) =>
        s_lookup.TryGetValue(word, out month) || word.Length > 1 && word[0] == DottedCapitalI && TryParseDotted(word, out month);

    // Azerbaijani writes the capital of "i" with a dot ("İyunun 10-da", "İyul"), which no case-insensitive comparison folds to "i".
    private const char DottedCapitalI = 'İ';

    private static bool TryParseDotted(ReadOnlySpan<char> word, out int month)
    {
        month = 0;
        if (word.Length > MaxFormLength)
        {
            return false;
        }

        Span<char> folded = stackalloc char[word.Length];
        word.CopyTo(folded);
        folded[0] = 'i';
        return s_lookup.TryGetValue(folded, out month);
    }

    private static readonly int MaxFormLength = s_forms.Keys.Max(form => form.Length);

    /// <summary>True for an Azerbaijani month name with the possessive and a case ("dekabrında"): "its December", after "ilin".</summary>
    /// <summary>
    /// True for a month's short form ("Feb", "Sept", "фев", "okt"), after which a dot is the abbreviation's: "5 Sept. 2019"
    /// is one day, while after a full name it ends a sentence ("Bakı, 5 fevral. 2019-cu ildə …").
    /// </summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        foreach (var (form, _) in s_abbreviations)
        {
            if (word.Equals(form, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var (stem, _, minLength) in s_stems)
        {
            if (word.Length >= minLength && word.Length < stem.Length && stem.AsSpan().StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasAzerbaijaniPossessive(ReadOnlySpan<char> word)
    {
        foreach (var ending in s_azerbaijaniPossessives)
        {
            if (word.Length > ending.Length + 3 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, int> BuildForms()
    {
        var forms = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        string[] azSuffixes = ["", "da", "də", "ın", "in", "un", "ün", "dan", "dən", "a", "ə", "ı", "i", "u", "ü", .. s_azerbaijaniPossessives];
        foreach (var (stem, m, min) in s_stems)
        {
            if (IsCyrillic(stem[0]))
            {
                // "май", "мая", "мае", "маю", "маем" but not "март" or "малый".
                var endings = m == 5 ? new[] { "й", "я", "е", "ю", "ем" } : s_russianEndings;
                foreach (var ending in endings)
                {
                    forms.TryAdd(stem + ending, m);
                }

                continue;
            }

            // Latin: the full name and its prefixes of at least MinLength letters ("Feb", "Sept", "Nov").
            for (var length = min; length <= stem.Length; length++)
            {
                forms.TryAdd(stem[..length], m);
            }

            // Azerbaijani locative and genitive endings: "fevralda", "martın". May takes them too ("mayın 17-də", "mayda"), but
            // not the dative: "maya" is a word of its own (cost, "maya dəyəri").
            if (stem.Length >= 4)
            {
                foreach (var suffix in azSuffixes)
                {
                    forms.TryAdd(stem + suffix, m);
                }
            }
            else if (stem == "may")
            {
                foreach (var suffix in azSuffixes.Where(s => s is not ("" or "a" or "ə" or "i" or "in" or "u" or "un" or "ü" or "ün")))
                {
                    forms.TryAdd(stem + suffix, m);
                }
            }
        }

        foreach (var (form, m) in s_abbreviations)
        {
            forms.TryAdd(form, m);
        }

        return forms;
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';
}
