using System.Collections.Frozen;

namespace Entente.Text.Understanding;

/// <summary>
/// Guesses a text's language from its script, letters only some languages use (ə for Azerbaijani)
/// and the commonest short words. Says <c>und</c> when the evidence is thin or split.
/// </summary>
public static class LanguageDetector
{
    public const string Undetermined = "und";

    private const int SampleLength = 20_000;
    private const int MinLetters = 20;

    private static readonly (string Language, string[] Words)[] s_stopwords =
    [
        ("en", ["the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "by", "shall", "will", "be", "are"]),
        ("az", ["və", "bu", "ilə", "üçün", "bir", "da", "də", "ki", "olan", "arasında", "həm", "olaraq", "edir", "isə"]),
        ("es", ["el", "la", "de", "que", "y", "en", "los", "las", "del", "por", "con", "para", "una", "se"]),
        ("fr", ["le", "la", "de", "et", "les", "des", "du", "en", "un", "une", "que", "pour", "dans", "est"]),
        ("de", ["der", "die", "und", "das", "den", "von", "zu", "mit", "sich", "des", "ist", "im", "dem"]),
    ];

    private static readonly string[] s_russianWords =
        ["и", "в", "не", "на", "что", "с", "по", "о", "к", "для", "от", "из", "а", "также", "между"];

    // Each stopword maps to the languages (as bits: Latin languages in list order, Russian last) it belongs to.
    private static readonly FrozenDictionary<string, int> s_stopwordLanguages = BuildStopwords();

    private static readonly string[] s_azerbaijaniCyrillicLetters = ["ә", "ғ", "ҹ", "һ", "ө", "ү", "ј"];

    public static string Detect(ReadOnlySpan<char> text)
    {
        var sample = text[..Math.Min(text.Length, SampleLength)];
        int latin = 0, cyrillic = 0, schwa = 0;
        foreach (var c in sample)
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') || (c >= '\u00C0' && c <= '\u02AF'))
            {
                latin++;
                if (c is 'ə' or 'Ə')
                {
                    schwa++;
                }
            }
            else if (c >= '\u0400' && c <= '\u04FF')
            {
                cyrillic++;
            }
        }

        if (latin + cyrillic < MinLetters)
        {
            return Undetermined;
        }

        if (cyrillic > latin * 2)
        {
            foreach (var letter in s_azerbaijaniCyrillicLetters)
            {
                if (sample.Contains(letter, StringComparison.Ordinal))
                {
                    return "az";
                }
            }

            return CountWords(sample)[s_stopwords.Length] > 0 || cyrillic > MinLetters * 5 ? "ru" : Undetermined;
        }

        if (latin <= cyrillic * 2)
        {
            return Undetermined;
        }

        // ə is the mark of Azerbaijani in Latin script; other Turkic languages do not use it.
        if (schwa * 100 > latin)
        {
            return "az";
        }

        var best = Undetermined;
        int bestScore = 0, second = 0;
        var scores = CountWords(sample);
        for (var l = 0; l < s_stopwords.Length; l++)
        {
            var (language, _) = s_stopwords[l];
            var score = scores[l];
            if (score > bestScore)
            {
                second = bestScore;
                bestScore = score;
                best = language;
            }
            else if (score > second)
            {
                second = score;
            }
        }

        return bestScore >= 3 && bestScore >= second * 3 / 2 ? best : Undetermined;
    }

    private static int[] CountWords(ReadOnlySpan<char> text)
    {
        var counts = new int[s_stopwords.Length + 1];
        var lookup = s_stopwordLanguages.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i - start is > 0 and <= 9 && lookup.TryGetValue(text[start..i], out var languages))
            {
                for (var l = 0; l < counts.Length; l++)
                {
                    if ((languages & (1 << l)) != 0)
                    {
                        counts[l]++;
                    }
                }
            }
        }

        return counts;
    }

    private static FrozenDictionary<string, int> BuildStopwords()
    {
        var languages = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var l = 0; l < s_stopwords.Length; l++)
        {
            foreach (var word in s_stopwords[l].Words)
            {
                languages[word] = languages.GetValueOrDefault(word) | (1 << l);
            }
        }

        foreach (var word in s_russianWords)
        {
            languages[word] = languages.GetValueOrDefault(word) | (1 << s_stopwords.Length);
        }

        return languages.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
