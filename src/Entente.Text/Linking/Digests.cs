namespace Entente.Text.Linking;

/// <summary>
/// A digest: a text whose headline names itself a review and lists its stories ("Агрообзор недели: хлопок, электронные
/// сертификаты и фундук", "Week in review: …", "Günün icmalı: iqtisadiyyat, region, hava"). Each paragraph is a story of
/// its own, as a chronicle's line is (<see cref="Chronicles"/>): it concerns the Parties' dealings only when it names or
/// places every Party itself ("В Гяндже откроется выставка сельхозтехники" is one Party's news in a week of the other's trade).
/// </summary>
internal static class Digests
{
    /// <summary>The digest's paragraphs, each a line of the text after the headline; none when the text is no digest.</summary>
    public static List<TextSpan> Items(string text, TextSpan? headline)
    {
        if (headline is not { } h || !IsADigestsHeadline(text, h))
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

        return items;
    }

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
