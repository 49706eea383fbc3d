using System.Collections.Frozen;

namespace Entente.Text.Understanding;

/// <summary>
/// Guesses a text's language from its script, letters only some languages use (ə for Azerbaijani, or q and x with its
/// own words where it is written without its letters; қ ұ for Kazakh, җ for Tatar, ҙ ҫ for Bashkir, ı without ə for
/// Turkish, oʻ gʻ for Uzbek) and the commonest short words. Says
/// <c>und</c> when the evidence is thin or split. A text in a language Entente does not read is reported as that
/// language or as <c>und</c>, never as one it reads (<see cref="IsRead"/>).
/// </summary>
public static class LanguageDetector
{
    public const string Undetermined = "und";

    private const int SampleLength = 20_000;
    private const int MinLetters = 20;

    /// <summary>The languages whose texts Entente understands (dates, figures, references, claims, clause links).</summary>
    public static readonly FrozenSet<string> ReadLanguages = FrozenSet.ToFrozenSet(["en", "ru", "az"], StringComparer.Ordinal);

    private static readonly (string Language, string[] Words)[] s_stopwords =
    [
        ("en", ["the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "by", "shall", "will", "be", "are", "a", "an", "from", "at", "was", "were", "has", "have", "its", "their", "after", "said", "which"]),
        ("az", ["və", "bu", "ilə", "üçün", "bir", "da", "də", "ki", "olan", "arasında", "həm", "olaraq", "edir", "isə"]),
        ("tr", ["ve", "bu", "ile", "için", "bir", "da", "de", "ki", "olan", "arasında", "olarak", "değil", "gibi", "daha", "çok", "ise", "yüzde", "geçen", "göre", "sonra", "kadar", "ayrıca"]),
        ("uz", ["va", "bu", "bilan", "uchun", "bir", "ham", "edi", "emas", "yoki", "lekin", "orasida", "boʻyicha", "bo'yicha", "qilish"]),
        ("es", ["el", "la", "de", "que", "y", "en", "los", "las", "del", "por", "con", "para", "una", "se"]),
        ("fr", ["le", "la", "de", "et", "les", "des", "du", "en", "un", "une", "que", "pour", "dans", "est"]),
        ("de", ["der", "die", "und", "das", "den", "von", "zu", "mit", "sich", "des", "ist", "im", "dem"]),
    ];

    private static readonly string[] s_russianWords =
        ["и", "в", "не", "на", "что", "с", "по", "о", "к", "для", "от", "из", "а", "также", "между", "года", "году", "за", "при", "как", "это", "его", "был", "была", "были", "будет", "во", "со", "после"];

    // Each stopword maps to the languages (as bits: Latin languages in list order, Russian last) it belongs to.
    private static readonly FrozenDictionary<string, int> s_stopwordLanguages = BuildStopwords();

    // Cyrillic letters Russian does not use, and the languages that do: the first rule whose letters the text holds
    // decides. Azerbaijani Cyrillic (before 1991) is told by ҹ and ҝ; ә ө ү һ ғ alone are shared by many languages.
    private static readonly (string Language, string Letters)[] s_cyrillicMarks =
    [
        ("ba", "ҙҫҡ"),
        ("tt", "җ"),
        ("kk", "ұі"),
        ("tg", "ӣӯҷ"),
        ("uz", "ўҳ"),
        ("uk", "їєґ"),
        ("az", "ҹҝј"),
    ];

    private const string NonRussianCyrillic = "әғқңөұүһіҙҫҡҗҷӣӯўҳїєґҹҝј";

    /// <summary>True when Entente reads texts in <paramref name="language"/> (an ISO 639-1 code).</summary>
    public static bool IsRead(string? language) => language is not null && ReadLanguages.Contains(language);

    public static string Detect(ReadOnlySpan<char> text)
    {
        var sample = text[..Math.Min(text.Length, SampleLength)];
        int latin = 0, accented = 0, cyrillic = 0, schwa = 0, dotless = 0, foreignCyrillic = 0, uzbekApostrophes = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            var c = sample[i];
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') || (c >= '\u00C0' && c <= '\u02AF'))
            {
                latin++;
                accented += c >= '\u00C0' ? 1 : 0;
                if (c is 'ə' or 'Ə')
                {
                    schwa++;
                }
                else if (c is 'ı')
                {
                    dotless++;
                }
            }
            else if (c is '\u02BB' or '\u2018' or '\'' && i > 0 && sample[i - 1] is 'o' or 'g' or 'O' or 'G'
                     && i + 1 < sample.Length && char.IsAsciiLetterLower(sample[i + 1]))
            {
                uzbekApostrophes++;
            }
            else if (c >= '\u0400' && c <= '\u04FF')
            {
                cyrillic++;
                if (NonRussianCyrillic.Contains(char.ToLowerInvariant(c)))
                {
                    foreignCyrillic++;
                }
            }
        }

        if (latin + cyrillic < MinLetters)
        {
            return Undetermined;
        }

        if (cyrillic > latin * 2)
        {
            return Cyrillic(sample, cyrillic, foreignCyrillic);
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

        // oʻ and gʻ (a turned comma or an apostrophe inside the word: "boʻyicha", "o'zaro") are Uzbek's own letters.
        if (uzbekApostrophes >= 3)
        {
            return "uz";
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

        // Azerbaijani written without its own letters, as on social media and some sites ("Azerbaycan ile Rusiya arasinda
        // ticaret dovriyyesi … teskil edib"), or with a stray ə: Turkish words, but q and x, which Turkish does not write,
        // and Azerbaijani's own.
        if (best is "tr" or "az" or Undetermined && IsAzerbaijaniWithoutItsLetters(sample, latin))
        {
            return "az";
        }

        // A one-line English report ("Russia and Azerbaijan opened a new rail corridor.") has few short words: two
        // English ones are enough when no other language's word and no accented letter is there.
        var shortEnglish = best == "en" && bestScore == 2 && second == 0 && accented == 0;
        if ((bestScore < 3 && !shortEnglish) || bestScore < second * 3 / 2)
        {
            return Undetermined;
        }

        // Azerbaijani without a single ə, or Turkish words in a text whose ı outnumbers its ə, is not Azerbaijani.
        if (best == "az" && (schwa == 0 || dotless > schwa * 4))
        {
            return Undetermined;
        }

        return best;
    }

    // Azerbaijani words as written without ə, ş, ç, ğ, ı, ö, ü, and Turkish ones of the same texts' kind: the first make
    // a text Azerbaijani only when they outnumber the second.
    private static readonly FrozenSet<string> s_plainAzerbaijaniWords = FrozenSet.ToFrozenSet(
        ["ucun", "uzre", "barede", "haqqinda", "edib", "olub", "edilib", "olunub", "teskil", "qeyd", "hemcinin", "ilde", "artib", "azalib", "xarici", "ixrac", "idxal", "bildirib", "olacaq"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> s_plainTurkishWords = FrozenSet.ToFrozenSet(
        ["icin", "kadar", "gibi", "daha", "cok", "yuzde", "degil", "ayrica", "hakkinda", "etti", "oldu", "yilinda", "olarak", "uzere"],
        StringComparer.OrdinalIgnoreCase);

    // q and x are written in Azerbaijani words ("qeyd", "xarici", "Qazaxistan") and in no Turkish one: at least one
    // letter in a hundred, and Azerbaijani words more than twice as many as Turkish ones.
    private static bool IsAzerbaijaniWithoutItsLetters(ReadOnlySpan<char> sample, int latin)
    {
        int qx = 0, azerbaijani = 0, turkish = 0;
        foreach (var c in sample)
        {
            qx += c is 'q' or 'x' or 'Q' or 'X' ? 1 : 0;
        }

        if (qx * 100 < latin)
        {
            return false;
        }

        var azerbaijaniWords = s_plainAzerbaijaniWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var turkishWords = s_plainTurkishWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var range in sample.SplitAny(" \n\t.,;:!?()\"'«»-–—"))
        {
            var word = sample[range];
            azerbaijani += azerbaijaniWords.Contains(word) || IsAnAzerbaijaniPerfect(word) ? 1 : 0;
            turkish += turkishWords.Contains(word) ? 1 : 0;
        }

        return azerbaijani >= 1 && azerbaijani > turkish * 2;
    }

    // A verb's perfect ("kecirilib", "aparilib") and its plural ("edibler"): Turkish ends no word in b, which it writes p
    // ("gidip").
    private static bool IsAnAzerbaijaniPerfect(ReadOnlySpan<char> word) =>
        word.Length >= 4 && (word.EndsWith("ib", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ub", StringComparison.OrdinalIgnoreCase)
                             || word.EndsWith("ibler", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ublar", StringComparison.OrdinalIgnoreCase));

    private static string Cyrillic(ReadOnlySpan<char> sample, int cyrillic, int foreignCyrillic)
    {
        // A Russian text may quote a name in another Cyrillic alphabet: a few such letters among Russian words (under
        // one letter in twenty) do not make it another language.
        var russianWords = CountWords(sample)[s_stopwords.Length];
        if (foreignCyrillic >= 3 && (foreignCyrillic * 20 >= cyrillic || russianWords < 2))
        {
            foreach (var (language, letters) in s_cyrillicMarks)
            {
                if (sample.ContainsAny(letters) || sample.ContainsAny(letters.ToUpperInvariant()))
                {
                    return language;
                }
            }

            // ә ө ү ң һ ғ қ without a telling letter: Kazakh, Tatar, Kyrgyz, Bashkir or Azerbaijani; not Russian.
            return Undetermined;
        }

        return russianWords > 0 || cyrillic > MinLetters * 5 ? "ru" : Undetermined;
    }

    private static int[] CountWords(ReadOnlySpan<char> text)
    {
        var counts = new int[s_stopwords.Length + 1];
        var lookup = s_stopwordLanguages.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordLetter(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && IsWordLetter(text[i]))
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

    // The Uzbek turned comma (ʻ) is a letter mark inside words: "boʻyicha".
    private static bool IsWordLetter(char c) => char.IsLetter(c) || c == '\u02BB';

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
