namespace Entente.Text.Structure;

/// <summary>One line of a text: where it starts and ends, and where its words start and end (spaces trimmed).</summary>
internal readonly record struct TextLine(int Start, int End, int ContentStart, int ContentEnd)
{
    public bool IsBlank => ContentStart >= ContentEnd;

    public int ContentLength => ContentEnd - ContentStart;

    public ReadOnlySpan<char> Content(string text) => text.AsSpan(ContentStart, ContentEnd - ContentStart);

    /// <summary>Splits <paramref name="text"/> into lines at line feeds, without allocating per line.</summary>
    public static List<TextLine> Split(string text, int start, int end)
    {
        var lines = new List<TextLine>(Math.Max(4, (end - start) / 64));
        var lineStart = start;
        while (lineStart <= end)
        {
            var newline = text.AsSpan(lineStart, end - lineStart).IndexOf('\n');
            var lineEnd = newline < 0 ? end : lineStart + newline;
            var contentStart = lineStart;
            while (contentStart < lineEnd && IsSpace(text[contentStart]))
            {
                contentStart++;
            }

            var contentEnd = lineEnd;
            while (contentEnd > contentStart && IsSpace(text[contentEnd - 1]))
            {
                contentEnd--;
            }

            lines.Add(new TextLine(lineStart, lineEnd, contentStart, contentEnd));
            if (newline < 0)
            {
                break;
            }

            lineStart = lineEnd + 1;
        }

        return lines;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\r' or '\f' or '\v';
}
