namespace Entente.Text.Structure;

/// <summary>Finds the operative formula that ends a preamble: "Declare the following:", "have agreed as follows:".</summary>
internal static class OperativeFormulaFinder
{
    private const int LongLine = 160;
    private const int TailLength = 100;

    private static readonly string[] s_phrases =
    [
        "declare the following", "declare as follows", "agreed as follows", "agree as follows", "agreed on the following",
        "agreed upon the following", "agreed to the following", "decided as follows", "state the following",
        "have adopted the following",
        "о нижеследующем", "заявляют следующее", "согласились о следующем", "договорились о следующем",
        "razılığa gəldilər", "razılığa gəlmişlər", "bəyan edirlər", "aşağıdakıları bəyan",
        "acordado lo siguiente", "acuerdan lo siguiente", "convenido lo siguiente", "convienen en lo siguiente", "convenido en lo siguiente",
        "convenus de ce qui suit", "conviennent de ce qui suit", "convenu de ce qui suit",
    ];

    /// <summary>The line holding the formula and the formula's span, or null when the text has none.</summary>
    public static (int Line, TextSpan Span)? Find(string text, List<TextLine> lines, int stopLine)
    {
        for (var i = 0; i < stopLine && i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            // The formula closes its line: a long line must end with its colon, and only the tail can hold it.
            var content = line.Content(text);
            if (content.Length > TailLength && content[^1] is not (':' or '-'))
            {
                continue;
            }

            var tailStart = Math.Max(0, content.Length - TailLength);
            var at = PhraseList.IndexOfAny(content[tailStart..], s_phrases, out _);
            at = at < 0 ? at : at + tailStart;
            if (at < 0 || !EndsAsFormula(content, at))
            {
                continue;
            }

            var start = line.ContentStart;
            if (line.ContentLength > LongLine)
            {
                start = line.ContentStart + SentenceStart(content, at);
            }

            return (i, new TextSpan(start, line.ContentEnd));
        }

        return null;
    }

    // The formula closes its line: a colon or nothing much after the phrase.
    private static bool EndsAsFormula(ReadOnlySpan<char> content, int at)
    {
        var rest = content[at..];
        var colon = rest.IndexOf(':');
        return colon >= 0 ? rest[(colon + 1)..].Trim().IsEmpty : rest.Length < 60;
    }

    private static int SentenceStart(ReadOnlySpan<char> content, int at)
    {
        for (var i = at - 1; i > 0; i--)
        {
            var c = content[i];
            if (c is ';' or '.' or ':' || (c == ' ' && content[i - 1] == ' ') || (c == ',' && i < at - 60))
            {
                var start = i + 1;
                while (start < at && content[start] == ' ')
                {
                    start++;
                }

                return start;
            }
        }

        return 0;
    }
}
