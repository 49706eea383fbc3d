namespace Entente.Text.Linking;

/// <summary>
/// What a text asks rather than reports: a question ("— Вы имеете в виду соотечественников?"), and every sentence of an
/// interviewer's turn — a paragraph that opens with a dialogue dash or a question label and ends with a question mark
/// ("— Ms Mammadli, this year the agenda has been dominated by gas, the atom and the corridor. Why schools?"). The
/// topics a journalist names are the question's, not the news.
/// </summary>
internal static class Questions
{
    // "Q:", "Question:", "Вопрос:", "Sual:" open a question in a transcript, also with the asker in brackets ("Question (TASS):").
    private static readonly string[] s_questionLabels = ["Q", "Question", "Вопрос", "Sual"];

    // Fewer credited questions are not a briefing's.
    private const int MinExchanges = 2;

    // Words of a headline that announce a briefing or a press conference, where journalists of several outlets ask.
    private static readonly string[] s_briefingWords = ["briefing", "press conference", "брифинг", "пресс-конференци", "brifinq", "mətbuat konfrans"];

    /// <summary>
    /// The exchanges of a briefing: each from a question credited to its asker ("Question (TASS): … ?", "Sual (APA): …?"),
    /// or under a headline that announces a briefing or a press conference from any labelled question ("Вопрос: … ?"),
    /// to the next one. None when fewer than two such questions are asked. Journalists of several outlets ask about
    /// several things, and each answer is a story of its own: one on a summit, one on schools in Baku, one on journalists
    /// detained elsewhere. (An interview's questions are one interviewer's and stay one story: "— Hesablaşmaları hansı
    /// valyutada aparırsınız?" is answered about the partners the interview is about.)
    /// </summary>
    public static List<TextSpan> Exchanges(string text, TextSpan? headline)
    {
        var briefing = headline is { } title && AnnouncesABriefing(text.AsSpan(title.Start, title.Length));
        var starts = new List<int>();
        for (var start = 0; start < text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var paragraph = text.AsSpan(start, end - start).TrimStart();
            if (StartsWithALabel(paragraph, askerNamed: !briefing) && EndsWithAQuestionMark(text, start, end))
            {
                starts.Add(start);
            }

            start = end + 1;
        }

        if (starts.Count < MinExchanges)
        {
            return [];
        }

        return [.. starts.Select((start, i) => new TextSpan(start, i + 1 < starts.Count ? starts[i + 1] : text.Length))];
    }

    private static bool AnnouncesABriefing(ReadOnlySpan<char> headline)
    {
        foreach (var word in s_briefingWords)
        {
            if (headline.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsAsked(string text, TextSpan sentence) => EndsWithAQuestionMark(text, sentence.Start, sentence.End) || IsInAQuestionTurn(text, sentence);

    private static bool IsInAQuestionTurn(string text, TextSpan sentence)
    {
        var start = sentence.Start > 0 ? text.LastIndexOf('\n', sentence.Start - 1) + 1 : 0;
        var end = text.IndexOf('\n', sentence.End);
        if (end < 0)
        {
            end = text.Length;
        }

        var paragraph = text.AsSpan(start, end - start).TrimStart();
        return (paragraph.Length > 0 && paragraph[0] is '—' or '–' || StartsWithALabel(paragraph)) && EndsWithAQuestionMark(text, start, end);
    }

    private static bool StartsWithALabel(ReadOnlySpan<char> paragraph, bool askerNamed = false)
    {
        foreach (var label in s_questionLabels)
        {
            if (!paragraph.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rest = paragraph[label.Length..].TrimStart(' ');
            if (rest.StartsWith('(') && rest.IndexOf(')') is var close and > 1)
            {
                rest = rest[(close + 1)..].TrimStart(' ');
            }
            else if (askerNamed)
            {
                continue;
            }

            if (rest.StartsWith(':'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithAQuestionMark(string text, int start, int end) =>
        text.AsSpan(start, end - start).TrimEnd().TrimEnd("\"»”)").EndsWith("?");
}
