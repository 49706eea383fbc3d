namespace Entente.Text.Linking;

/// <summary>A word of the text with its span, lower-cased.</summary>
internal readonly record struct LinkWord(string Text, TextSpan Span);

/// <summary>Words, stems and sentences for linking: a linear scan, no regular expressions.</summary>
internal static class LinkWords
{
    private static readonly HashSet<string> s_stopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "as", "is", "are", "was", "were",
        "be", "been", "being", "that", "this", "these", "those", "which", "who", "whom", "its", "it", "their", "they", "them",
        "our", "we", "us", "his", "her", "he", "she", "has", "have", "had", "will", "would", "shall", "should", "can", "could",
        "may", "might", "not", "no", "also", "other", "all", "any", "each", "both", "two", "well", "such", "into", "within",
        "between", "including", "including", "further", "more", "most", "very", "there", "here", "than", "so", "but", "if",
        "parties", "party", "republic", "federation", "countries", "country", "states", "state", "side", "sides", "today",
        "year", "years", "i", "you", "my", "your", "said", "noted", "says",
        // Words of diplomatic news that name no subject: "a qualitatively new level", "the President's statement".
        "one", "president", "presidents", "minister", "ministers", "ministry", "ministries", "statement", "statements", "level",
        "new", "high", "partner", "partners", "partnership", "important", "importance", "great", "attach", "qualitatively", "way",
        "ways", "issue", "issues", "field", "area", "areas", "document", "documents",
        "и", "в", "во", "на", "с", "со", "по", "о", "об", "для", "из", "к", "ко", "от", "до", "а", "но", "что", "как", "это",
        "не", "их", "его", "её", "они", "мы", "также", "между", "стороны", "сторон", "федерации", "республики", "двух", "стран",
    };

    // A few words a reader treats as the same subject; the canonical form is stemmed like any other word.
    private static readonly Dictionary<string, string> s_synonyms = new(StringComparer.Ordinal)
    {
        ["medicine"] = "health", ["medical"] = "health", ["healthcare"] = "health", ["pharmaceuticals"] = "health",
        ["pharmaceutical"] = "health", ["covid"] = "infectious", ["coronavirus"] = "infectious", ["pandemic"] = "infectious",
        ["epidemic"] = "infectious", ["war"] = "hostilities", ["fighting"] = "hostilities", ["ceasefire"] = "hostilities",
        ["ending"] = "cessation", ["links"] = "ties", ["connections"] = "ties", ["organisations"] = "organizations",
        ["organisation"] = "organization", ["neighbourliness"] = "neighborliness", ["defence"] = "defense",
    };

    /// <summary>True when the word is one of <paramref name="words"/> or begins with one of <paramref name="stems"/>.</summary>
    public static bool IsOneOf(string word, HashSet<string> words, string[] stems) => words.Contains(word) || StartsWithAny(word, stems);

    /// <summary>True when the (lower-case) word begins with one of the stems: "переговорах" with "переговор".</summary>
    public static bool StartsWithAny(string word, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public static List<LinkWord> Words(string text, int start, int end)
    {
        var words = new List<LinkWord>();
        var i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var s = i;
            while (i < end && (char.IsLetterOrDigit(text[i]) || (text[i] is '-' && i + 1 < end && char.IsLetter(text[i + 1]) && i > s && char.IsLetter(text[i - 1]))))
            {
                i++;
            }

            words.Add(new LinkWord(text[s..i].ToLowerInvariant(), new TextSpan(s, i)));
        }

        return words;
    }

    /// <summary>The content stem of a word, or null for a stop word or a number.</summary>
    public static string? Stem(string word)
    {
        if (s_stopWords.Contains(word) || word.Length < 3 || char.IsDigit(word[0]))
        {
            return null;
        }

        var canonical = s_synonyms.GetValueOrDefault(word, word);
        // "military-political" is not "military": each part keeps its own stem.
        return canonical.Contains('-', StringComparison.Ordinal)
            ? string.Join('-', canonical.Split('-').Select(Prefix))
            : Prefix(canonical);

        static string Prefix(string part) => part.Length > 6 ? part[..6] : part;
    }

    public static List<string> Stems(string text) =>
        Words(text, 0, text.Length).Select(w => Stem(w.Text)).OfType<string>().ToList();
}
