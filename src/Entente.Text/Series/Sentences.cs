namespace Entente.Text.Series;

/// <summary>The sentence around a span, for showing a figure in its context and for reading corrections.</summary>
public static class Sentences
{
    /// <summary>The sentence that holds <paramref name="span"/>, trimmed; a full stop inside a number ("3.4") does not end it.</summary>
    public static string Around(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Math.Min(span.Start, text.Length);
        while (start > 0 && !EndsSentence(text, start - 1))
        {
            start--;
        }

        var end = Math.Min(span.End, text.Length);
        while (end < text.Length && !EndsSentence(text, end))
        {
            end++;
        }

        if (end < text.Length && text[end] != '\n')
        {
            end++;
        }

        return text[start..end].Trim();
    }

    private static bool EndsSentence(string text, int i) =>
        text[i] == '\n' || text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]));
}
