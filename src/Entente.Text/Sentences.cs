namespace Entente.Text;

/// <summary>
/// The sentences of a plain text, by one rule: a sentence ends at a line end, or at . ! ? followed by white space or
/// the end of the text (a full stop inside a number, "3.4", does not end one). The clause linker reads a text sentence
/// by sentence with it, and a figure is shown in the sentence around it. (The extractors read sentences from their
/// tokens, <c>TokenStream.SameSentence</c>, which also knows abbreviations such as "Feb. 23".)
/// </summary>
public static class Sentences
{
    /// <summary>The sentences of <c>text[0..end)</c>, trimmed, empty ones left out.</summary>
    public static List<TextSpan> Split(string text, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < end; i++)
        {
            var stop = EndsSentence(text, i, end);
            if (stop || i == end - 1)
            {
                Add(sentences, text, start, stop && text[i] is '\n' ? i : i + 1);
                start = i + 1;
            }
        }

        return sentences;
    }

    /// <summary>The sentence that holds <paramref name="span"/>, trimmed.</summary>
    public static string Around(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Math.Min(span.Start, text.Length);
        while (start > 0 && !EndsSentence(text, start - 1, text.Length))
        {
            start--;
        }

        var end = Math.Min(span.End, text.Length);
        while (end < text.Length && !EndsSentence(text, end, text.Length))
        {
            end++;
        }

        if (end < text.Length && text[end] != '\n')
        {
            end++;
        }

        return text[start..end].Trim();
    }

    private static bool EndsSentence(string text, int i, int end) =>
        text[i] == '\n' || text[i] is '.' or '!' or '?' && (i + 1 >= end || char.IsWhiteSpace(text[i + 1]));

    private static void Add(List<TextSpan> sentences, string text, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        if (to > from)
        {
            sentences.Add(new TextSpan(from, to));
        }
    }
}
