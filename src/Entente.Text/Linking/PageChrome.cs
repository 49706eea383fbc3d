namespace Entente.Text.Linking;

/// <summary>
/// What a web page puts around its article and a copied text keeps: a navigation menu ("Home | News | Politics | Economy
/// | Sport", "Əsas səhifə | Xəbərlər | İqtisadiyyat | İdman") or a language switcher ("EN | RU | AZ"). Its words are the
/// site's sections, not the news: "İdman" in the menu is no report on sports. Nor is a newsletter's masthead ("SƏHİYYƏ
/// XƏBƏRLƏRİ", "POWER &amp; UTILITIES WEEK"): it names the sector the publication covers.
/// </summary>
internal static class PageChrome
{
    // A menu parts its items with one of these, at least twice on its line.
    private static readonly char[] s_itemSeparators = ['|', '•', '·'];

    private const int MinSeparators = 2;

    // A menu's item is a section's name of a word or two ("Əsas səhifə"); a sentence's parts are longer.
    private const int MaxItemWords = 2;

    // The words a publication names itself by ("… News", "… Bulletin", "Вестник …", "… xəbərləri"), found at a word's start.
    private static readonly string[] s_publicationStems =
        ["news", "bulletin", "weekly", "week", "newsletter", "monitor", "новост", "вестник", "бюллетен", "неделя", "xəbər", "bülleten", "həftə"];

    // A masthead is a short line: the publication's name.
    private const int MaxMastheadWords = 5;

    /// <summary>
    /// True when the sentence is the text's first line, written in capitals, a few words that name a publication: "SƏHİYYƏ
    /// XƏBƏRLƏRİ", "TURİZM BİZNESİ BÜLLETENİ", "POWER &amp; UTILITIES WEEK" (not a headline in capitals, "RUSSIA AND
    /// AZERBAIJAN SIGN GAS DEAL", which names no publication).
    /// </summary>
    public static bool IsAMasthead(string text, TextSpan sentence)
    {
        // (Read at every sentence: all but the text's first are let go before any line is looked at.)
        var first = 0;
        while (first < text.Length && char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        if (sentence.Start != first)
        {
            return false;
        }

        var end = text.IndexOf('\n', first);
        end = end < 0 ? text.Length : end;
        if (sentence.End < end - 1)
        {
            return false;
        }

        var line = text.AsSpan(first, end - first);
        if (line.IndexOfAny(':', '.') >= 0 || !Has(line, char.IsUpper) || Has(line, char.IsLower))
        {
            return false;
        }

        var words = LinkWords.Words(text, first, end);
        return words.Count <= MaxMastheadWords
               && words.Exists(w => Array.Exists(s_publicationStems, stem => w.Text.StartsWith(stem, StringComparison.Ordinal)));
    }

    private static bool Has(ReadOnlySpan<char> line, Func<char, bool> kind)
    {
        foreach (var c in line)
        {
            if (kind(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the sentence is on a line that is a menu of short items parted by bars or dots (a menu has no full stop,
    /// so its line is one sentence, and the sentence holds its separators).
    /// </summary>
    public static bool IsAMenuLine(string text, TextSpan sentence)
    {
        // (Read at every sentence: most hold no separator at all, and their line is not read.)
        if (text.AsSpan(sentence.Start, sentence.Length).IndexOfAny(s_itemSeparators) < 0)
        {
            return false;
        }

        var start = sentence.Start > 0 ? text.LastIndexOf('\n', sentence.Start - 1) + 1 : 0;
        var end = text.IndexOf('\n', sentence.Start);
        var line = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
        if (line.Count('|') + line.Count('•') + line.Count('·') < MinSeparators)
        {
            return false;
        }

        foreach (var item in line.ToString().Split(s_itemSeparators))
        {
            if (item.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxItemWords)
            {
                return false;
            }
        }

        return true;
    }
}
