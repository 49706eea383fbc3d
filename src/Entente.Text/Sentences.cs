using Entente.Text.Extraction;

namespace Entente.Text;

/// <summary>
/// The sentences of a plain text, by the one rule the extractors read from their tokens (<c>TokenStream</c>): a sentence
/// ends at a line end, or at . ! ? ; before a capital, a quote, or a number after a full word, but not
/// after an abbreviation ("Feb. 23", "Mr. Aliyev", "No. 5") and not inside a number ("3.4"). The clause and evidence
/// linkers read a text sentence by sentence with it, and a figure is shown in the sentence around it.
/// </summary>
public static class Sentences
{
    /// <summary>The sentences of <c>text[0..end)</c>, from their first token to their last.</summary>
    public static List<TextSpan> Split(string text, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Split(text, 0, end);
    }

    /// <summary>The sentence that holds <paramref name="span"/>'s start.</summary>
    public static string Around(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);

        // A sentence never runs past a line end, so only the line that holds the span is read.
        var start = Math.Min(span.Start, text.Length);
        var lineStart = start == 0 ? 0 : text.LastIndexOf('\n', start - 1) + 1;
        var lineEnd = text.IndexOf('\n', start);
        var sentences = Split(text, lineStart, lineEnd < 0 ? text.Length : lineEnd);
        var holding = sentences.FindLast(sentence => sentence.Start <= span.Start);
        if (holding.IsEmpty && sentences.Count > 0)
        {
            holding = sentences[0];
        }

        return holding.Of(text);
    }

    /// <summary>True when only spaces or tabs stand between the start of its line and <paramref name="start"/>.</summary>
    public static bool OpensALine(string text, int start)
    {
        ArgumentNullException.ThrowIfNull(text);
        var before = text.AsSpan(0, start).TrimEnd(" \t");
        return before.IsEmpty || before[^1] == '\n';
    }

    private static List<TextSpan> Split(string text, int start, int end)
    {
        using var tokens = TokenStream.Create(start == 0 && end == text.Length ? text : text[start..end]);
        var sentences = new List<TextSpan>();
        var first = 0;
        for (var i = 1; i <= tokens.Count; i++)
        {
            if (i == tokens.Count || !tokens.SameSentence(i - 1, i))
            {
                var sentence = tokens.SpanOf(first, i - 1);
                sentences.Add(new TextSpan(sentence.Start + start, sentence.End + start));
                first = i;
            }
        }

        return sentences;
    }
}
