namespace Entente.Text.Linking;

/// <summary>
/// What a text asks rather than reports: a question ("— Вы имеете в виду соотечественников?"), and every sentence of an
/// interviewer's turn — a paragraph that opens with a dialogue dash or a question label and ends with a question mark
/// ("— Ms Mammadli, this year the agenda has been dominated by gas, the atom and the corridor. Why schools?"). The
/// topics a journalist names are the question's, not the news.
/// </summary>
internal static class Questions
{
    // "Q:", "Question:", "Вопрос:", "Sual:" open a question in a transcript.
    private static readonly string[] s_questionLabels = ["Q:", "Question:", "Вопрос:", "Sual:"];

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

    private static bool StartsWithALabel(ReadOnlySpan<char> paragraph)
    {
        foreach (var label in s_questionLabels)
        {
            if (paragraph.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithAQuestionMark(string text, int start, int end) =>
        text.AsSpan(start, end - start).TrimEnd().TrimEnd("\"»”)").EndsWith("?");
}
