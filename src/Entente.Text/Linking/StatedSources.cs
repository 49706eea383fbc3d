namespace Entente.Text.Linking;

/// <summary>
/// The named source a sentence attributes its facts to: "according to the State Migration Service", "по данным
/// Государственной таможенной службы", "Dövlət Gömrük Komitəsinin məlumatına görə". The source's name says who counted,
/// not what the sentence is about: "Migration" in "Russian citizens visiting Azerbaijan rose by 14 percent, according to
/// the State Migration Service" is no word of the citizens' rights clause.
/// </summary>
internal static class StatedSources
{
    // The source follows these words ("according to the …", "по данным …").
    private static readonly string[][] s_markersBefore =
    [
        ["according", "to"], ["citing"], ["data", "from"], ["figures", "from"], ["statistics", "from"],
        ["по", "данным"], ["по", "информации"], ["согласно", "данным"], ["со", "ссылкой", "на"],
    ];

    // The source comes before these (Azerbaijani postpositions: "… Komitəsinin məlumatına görə").
    private static readonly string[][] s_markersAfter =
    [
        ["məlumatına", "görə"], ["məlumatına", "əsasən"], ["hesablamalarına", "görə"], ["statistikasına", "görə"],
    ];

    // Lower-case words inside an English name: "Ministry of Economy and Trade", and the possessive's "s" (a word of its
    // own here): "Azerbaijan's State Customs Committee".
    private static readonly HashSet<string> s_nameJoins = new(StringComparer.Ordinal) { "of", "for", "on", "and", "the", "s" };

    // A name without its own capitals (Russian and Azerbaijani capitalise the first word only) runs to the next comma, and
    // is taken only when that comma comes within this many words.
    private const int MaxPlainNameWords = 6;

    /// <summary>The spans of the sources' names in the sentence from start to end.</summary>
    public static List<TextSpan> Find(string text, int start, int end)
    {
        if (!MayNameASource(text.AsSpan(start, end - start)))
        {
            return [];
        }

        var words = LinkWords.Words(text, start, end);
        var sources = new List<TextSpan>();
        for (var i = 0; i < words.Count; i++)
        {
            if (MarkerAt(words, i, s_markersBefore) is { } length
                && (NameAfter(text, words, i + length) ?? PlainSourceAfter(text, words, i, i + length)) is { } after)
            {
                sources.Add(after);
            }

            if (MarkerAt(words, i, s_markersAfter) is not null && NameBefore(text, words, i) is { } before)
            {
                sources.Add(before);
            }

            if (s_sayingVerbs.Contains(words[i].Text) && SpeakerBefore(text, words, i) is { } speaker)
            {
                sources.Add(speaker);
            }
        }

        return sources;
    }

    // Each marker's telling word (or words, with one space): a cheap look before the sentence is split into words.
    private static readonly string[] s_markerWords =
        ["according", "citing", "data from", "figures from", "statistics from", "данным", "информации", "ссылкой", "məlumatına", "hesablamalarına", "statistikasına",
         "said", "reported", "announced", "stated"];

    // English closes a sentence with its source: "…, the Central Bank of Azerbaijan said on Thursday."
    private static readonly HashSet<string> s_sayingVerbs = new(StringComparer.Ordinal) { "said", "reported", "announced", "stated" };

    // How many words the name of a speaker after a comma may have ("the Central Bank of Azerbaijan").
    private const int MaxSpeakerWords = 8;

    /// <summary>
    /// The capitalised name between a comma and a verb of saying: "…, the Azerbaijani Foreign Ministry said". Only
    /// capitalised words and the joins of a name stand between; "the bank said" (no capital) is no name.
    /// </summary>
    private static TextSpan? SpeakerBefore(string text, List<LinkWord> words, int verb)
    {
        if (StretchStart(text, words, verb, MaxSpeakerWords, sentenceStartOpens: false) is not { } first)
        {
            return null;
        }

        first += words[first].Text == "the" ? 1 : 0;
        var named = Enumerable.Range(first, verb - first).ToList();
        return named.Count > 0 && char.IsUpper(text[words[first].Span.Start]) && char.IsUpper(text[words[verb - 1].Span.Start])
               && named.TrueForAll(k => char.IsUpper(text[words[k].Span.Start]) || s_nameJoins.Contains(words[k].Text))
            ? new TextSpan(words[first].Span.Start, words[verb - 1].Span.End)
            : null;
    }

    private static bool MayNameASource(ReadOnlySpan<char> sentence)
    {
        foreach (var word in s_markerWords)
        {
            if (sentence.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int? MarkerAt(List<LinkWord> words, int i, string[][] markers)
    {
        foreach (var marker in markers)
        {
            var length = 0;
            while (length < marker.Length && i + length < words.Count && words[i + length].Text == marker[length])
            {
                length++;
            }

            if (length == marker.Length)
            {
                return length;
            }
        }

        return null;
    }

    private static TextSpan? NameAfter(string text, List<LinkWord> words, int first)
    {
        if (first < words.Count && words[first].Text == "the")
        {
            first++;
        }

        if (first >= words.Count || !char.IsUpper(text[words[first].Span.Start]))
        {
            return null;
        }

        // A name of capitalised words, with "of", "and" … between them.
        var last = first;
        for (var k = first + 1; k < words.Count && !Separated(text, words[k - 1], words[k]); k++)
        {
            if (char.IsUpper(text[words[k].Span.Start]))
            {
                last = k;
            }
            else if (!s_nameJoins.Contains(words[k].Text))
            {
                break;
            }
        }

        if (last > first)
        {
            return new TextSpan(words[first].Span.Start, words[last].Span.End);
        }

        // One capital only: the name runs to the comma that ends it, if it is near ("по данным Государственной миграционной
        // службы, …").
        for (var k = first + 1; k < words.Count && k - first < MaxPlainNameWords; k++)
        {
            if (Separated(text, words[k - 1], words[k]))
            {
                return new TextSpan(words[first].Span.Start, words[k - 1].Span.End);
            }
        }

        return first + 1 == words.Count || first + 1 < words.Count && Separated(text, words[first], words[first + 1])
            ? words[first].Span
            : null;
    }

    // Markers that say the source gave data ("по данным …", "figures from …"): any source after them is one.
    private static readonly HashSet<string> s_dataMarkerWords = new(StringComparer.Ordinal) { "data", "figures", "statistics", "данным", "информации" };

    // Words that make a source of what they end: "customs data", "official figures", "данные таможни".
    private static readonly string[] s_dataNounStems = ["data", "figures", "statistic", "estimate", "данн", "статистик", "сведени"];

    // A source written without a capital is short: "according to customs data, …", "по данным российской таможни, …".
    private const int MaxPlainSourceWords = 3;

    /// <summary>
    /// A source with no name, in lower case, running to the next comma or the sentence's end: taken after a marker that
    /// speaks of data ("по данным таможни") or when one of its words does ("according to customs data").
    /// </summary>
    private static TextSpan? PlainSourceAfter(string text, List<LinkWord> words, int marker, int first)
    {
        if (first >= words.Count)
        {
            return null;
        }

        var last = first;
        while (last + 1 < words.Count && !Separated(text, words[last], words[last + 1]))
        {
            if (++last - first >= MaxPlainSourceWords)
            {
                return null;
            }
        }

        var speaksOfData = words.Skip(marker).Take(first - marker).Any(w => s_dataMarkerWords.Contains(w.Text))
            || words.Skip(first).Take(last - first + 1).Any(w => LinkWords.StartsWithAny(w.Text, s_dataNounStems));
        return speaksOfData ? new TextSpan(words[first].Span.Start, words[last].Span.End) : null;
    }

    // Azerbaijani: the name before the postposition, back to the comma or the sentence's start, if it is near.
    private static TextSpan? NameBefore(string text, List<LinkWord> words, int marker) =>
        StretchStart(text, words, marker, MaxPlainNameWords, sentenceStartOpens: true) is { } first && char.IsUpper(text[words[first].Span.Start])
            ? new TextSpan(words[first].Span.Start, words[marker - 1].Span.End)
            : null;

    /// <summary>
    /// The first word of the stretch that ends before word <paramref name="end"/> and opens at a separator (or, if
    /// <paramref name="sentenceStartOpens"/>, at the sentence's start); none when that stretch is empty or longer than
    /// <paramref name="maxWords"/>.
    /// </summary>
    private static int? StretchStart(string text, List<LinkWord> words, int end, int maxWords, bool sentenceStartOpens)
    {
        var first = end - 1;
        if (first < 0)
        {
            return null;
        }

        while (first > 0 && end - first < maxWords && !Separated(text, words[first - 1], words[first]))
        {
            first--;
        }

        var opens = first == 0 ? sentenceStartOpens : Separated(text, words[first - 1], words[first]);
        return opens ? first : null;
    }

    // A comma, semicolon, colon or bracket between two words ends a name.
    private static bool Separated(string text, LinkWord before, LinkWord after) =>
        text.AsSpan(before.Span.End, after.Span.Start - before.Span.End).IndexOfAny(",;:()") >= 0;
}
