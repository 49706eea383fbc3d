namespace Entente.Text.Extraction;

/// <summary>Month names in English, Russian (every case) and Azerbaijani, full and abbreviated.</summary>
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

    private static readonly Dictionary<char, (string Stem, int Month, int MinLength)[]> s_byInitial =
        s_stems.GroupBy(s => s.Stem[0]).ToDictionary(g => g.Key, g => g.ToArray());

    private static readonly string[] s_russianEndings = ["", "ь", "я", "е", "ю", "ем", "ём", "а", "у", "ом", "т", "та", "те", "й", "я", "е"];

    /// <summary>Parses a month word ("February", "Feb", "февраля", "fevral"); false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> word, out int month)
    {
        month = 0;
        if (word.Length < 3 && !(word.Length == 2 && word.Equals("ма", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (word.Length > 16 || !s_byInitial.TryGetValue(char.ToLowerInvariant(word[0]), out var candidates))
        {
            return false;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        foreach (var (stem, m, min) in candidates)
        {
            if (IsCyrillic(stem[0]))
            {
                if (!lower.StartsWith(stem, StringComparison.Ordinal))
                {
                    continue;
                }

                var rest = lower[stem.Length..];
                if (m == 5)
                {
                    // "май", "мая", "мае", "маю", "маем" but not "март" or "малый".
                    if (rest is "й" or "я" or "е" or "ю" or "ем")
                    {
                        month = 5;
                        return true;
                    }

                    continue;
                }

                foreach (var ending in s_russianEndings)
                {
                    if (rest.SequenceEqual(ending))
                    {
                        month = m;
                        return true;
                    }
                }

                continue;
            }

            // Latin: the full name, or a prefix of at least MinLength letters ("Feb", "Sept", "Nov"), or az with suffixes.
            if (lower.Length <= stem.Length)
            {
                if (lower.Length >= min && stem.AsSpan().StartsWith(lower, StringComparison.Ordinal))
                {
                    month = m;
                    return true;
                }
            }
            else if (lower.StartsWith(stem, StringComparison.Ordinal) && stem.Length >= 4 && IsAzerbaijaniSuffix(lower[stem.Length..]))
            {
                month = m;
                return true;
            }
        }

        return false;
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    // "fevralda", "fevralın", "martda": locative and genitive suffixes.
    private static bool IsAzerbaijaniSuffix(ReadOnlySpan<char> rest) =>
        rest is "da" or "də" or "ın" or "in" or "un" or "ün" or "dan" or "dən" or "a" or "ə" or "ı" or "i" or "u" or "ü";
}
