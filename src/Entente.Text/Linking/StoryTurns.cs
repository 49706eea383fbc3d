namespace Entente.Text.Linking;

/// <summary>
/// Where a text turns to another event: a paragraph that opens with "Накануне, в среду, …", "Earlier, …", "Separately, …",
/// "Bundan əvvəl …" reports a story of its own. A headline's story (the text's one clause) ends there: the day before's
/// consultations on information security are no circumstance of the terrorism talks the headline reports.
/// </summary>
internal static class StoryTurns
{
    // The opening words of a paragraph that turns to another event, in lower case, one phrase per entry.
    private static readonly string[][] s_turns =
    [
        ["earlier"], ["separately"], ["meanwhile"], ["in", "other", "news"], ["the", "day", "before"], ["a", "day", "earlier"],
        ["накануне"], ["ранее"], ["между", "тем"], ["тем", "временем"], ["днем", "ранее"], ["днём", "ранее"],
        ["bundan", "əvvəl"], ["bundan", "öncə"], ["ərəfədə"], ["bir", "gün", "əvvəl"], ["dünən"],
    ];

    /// <summary>Where the first paragraph that turns to another event starts, or the text's length when none does.</summary>
    public static int FirstTurn(string text, List<TextSpan> sentences)
    {
        foreach (var sentence in sentences)
        {
            if (Sentences.OpensALine(text, sentence.Start) && OpensWithATurn(text, sentence))
            {
                return sentence.Start;
            }
        }

        return text.Length;
    }

    private static bool OpensWithATurn(string text, TextSpan sentence)
    {
        var words = LinkWords.Words(text, sentence.Start, Math.Min(sentence.End, sentence.Start + MaxTurnCharacters));
        return Array.Exists(s_turns, turn => turn.Length <= words.Count
                                             && turn.Select((word, at) => (word, at)).All(w => words[w.at].Text.Equals(w.word, StringComparison.OrdinalIgnoreCase)));
    }

    // The longest turn is three short words: the first characters of a sentence hold it.
    private const int MaxTurnCharacters = 40;
}
