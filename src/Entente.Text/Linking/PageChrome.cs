namespace Entente.Text.Linking;

/// <summary>
/// What a web page puts around its article and a copied text keeps: a navigation menu ("Home | News | Politics | Economy
/// | Sport", "Əsas səhifə | Xəbərlər | İqtisadiyyat | İdman") or a language switcher ("EN | RU | AZ"). Its words are the
/// site's sections, not the news: "İdman" in the menu is no report on sports.
/// </summary>
internal static class PageChrome
{
    // A menu parts its items with one of these, at least twice on its line.
    private static readonly char[] s_itemSeparators = ['|', '•', '·'];

    private const int MinSeparators = 2;

    // A menu's item is a section's name of a word or two ("Əsas səhifə"); a sentence's parts are longer.
    private const int MaxItemWords = 2;

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
