namespace Entente.Text.Linking;

/// <summary>
/// A digest: a text whose headline names itself a review and lists its stories ("Агрообзор недели: хлопок, электронные
/// сертификаты и фундук", "Week in review: …", "Günün icmalı: iqtisadiyyat, region, hava"). Each paragraph is a story of
/// its own, as a chronicle's line is (<see cref="Chronicles"/>): it concerns the Parties' dealings only when it names or
/// places every Party itself ("В Гяндже откроется выставка сельхозтехники" is one Party's news in a week of the other's trade).
/// </summary>
internal static class Digests
{
    /// <summary>
    /// The digest's paragraphs, each a line of the text after the headline; none when the text is no digest. A text is a
    /// digest when its headline says so, or when <see cref="MinHeadedParagraphs"/> of its paragraphs open with a run-in
    /// heading ("Арматура. …", "Казахстан — Азербайджан. …", "Hərbi-texniki əməkdaşlıq. …") and what comes before the
    /// first of them does not name every Party. Where it does ("Russian-Azerbaijani relations in 2023: the year in review",
    /// "Посольство России в Азербайджане подвело итоги года"), the headed paragraphs are sections of the Parties' own report.
    /// </summary>
    public static List<TextSpan> Items(string text, TextSpan? headline, Func<TextSpan, bool> namesEveryParty)
    {
        if (headline is not { } h)
        {
            return [];
        }

        var items = new List<TextSpan>();
        var start = h.End;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            if (text.AsSpan(start, end - start).Trim().Length > 0)
            {
                items.Add(new TextSpan(start, end));
            }

            start = end + 1;
        }

        if (IsADigestsHeadline(text, h))
        {
            return items;
        }

        var headed = items.FindAll(item => RunInHeadingEnd(text, item) > 0);
        return headed.Count >= MinHeadedParagraphs && !namesEveryParty(new TextSpan(0, headed[0].Start)) ? items : [];
    }

    // Fewer paragraphs with a heading of their own are a report's sections, not a digest's stories.
    private const int MinHeadedParagraphs = 3;

    // A run-in heading has at most this many words: "Внутренний рынок России."
    private const int MaxHeadingWords = 3;

    /// <summary>
    /// Where the run-in heading a paragraph opens with ends (after its full stop), or -1: a few words with a capital and a
    /// full stop, the paragraph's first sentence following on the same line. An initial ("А. Оверчук") is no heading.
    /// </summary>
    internal static int RunInHeadingEnd(string text, TextSpan paragraph)
    {
        var first = paragraph.Start;
        while (first < paragraph.End && char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        var stop = text.IndexOf('.', first, paragraph.End - first);
        if (stop < 0 || stop + 2 >= paragraph.End || text[stop + 1] != ' ' || !char.IsUpper(text[first]) || stop - first is < MinHeadingLength or > MaxHeadingLength
            || !char.IsLetter(text[stop + 2]) && text[stop + 2] is not ('«' or '"' or '“'))
        {
            return -1;
        }

        var words = LinkWords.Words(text, first, stop).Count(w => w.Text.Any(char.IsLetter));
        return words is > 0 and <= MaxHeadingWords ? stop + 1 : -1;
    }

    // Shorter, a word before a full stop is an initial or an abbreviation ("А.", "г.", "Ş."); longer, it is a sentence
    // (three long words are about forty letters: "Внутренний рынок России").
    private const int MinHeadingLength = 4;

    private const int MaxHeadingLength = 48;

    // "<a review's name>: <a list of its stories>": the name before the colon, and a list (a comma, or a join) after it.
    private static bool IsADigestsHeadline(string text, TextSpan headline)
    {
        var line = text.AsSpan(headline.Start, headline.Length);
        var colon = line.IndexOf(':');
        if (colon < 0)
        {
            return false;
        }

        var before = LinkWords.Words(text, headline.Start, headline.Start + colon);
        var after = LinkWords.Words(text, headline.Start + colon + 1, headline.End);
        return before.Exists(w => Array.Exists(s_reviewStems, stem => w.Text.Contains(stem, StringComparison.Ordinal)))
               && (line[(colon + 1)..].Contains(',') || after.Exists(w => s_joins.Contains(w.Text)));
    }

    // The words a review names itself by, found anywhere in a word: "icmalı", "агрообзор", "overview".
    private static readonly string[] s_reviewStems = ["обзор", "дайджест", "review", "digest", "roundup", "round-up", "icmal", "xülasə"];

    private static readonly HashSet<string> s_joins = new(StringComparer.Ordinal) { "and", "и", "və" };
}
