using Entente.Text.Analysis;

namespace Entente.Text.Structure;

/// <summary>
/// Reads numbered clauses, the sections that group them and the closing formula after them.
/// The clause style ("Article 1" or "1.") is the one the text uses for its first clause; a line
/// in that style opens a clause when its number follows the previous one, or when it stands as
/// a heading on its own line ("ARTICLE 12" / "Article 12 Definitions").
/// </summary>
internal static class ClauseParser
{
    private const int MaxHeadingLength = 120;

    private const int Lookahead = 6;

    public static ClauseParse Parse(string text, List<TextLine> lines, int firstLine)
    {
        var style = ChooseStyle(text, lines, firstLine);
        if (style == LabelStyle.None)
        {
            return ClauseParse.Empty;
        }

        var candidates = new List<Candidate>();
        var sections = new List<(Section Section, int Line)>();
        for (var i = firstLine; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            var label = LabelParser.Parse(text, line);
            if (label.Style == LabelStyle.Section && IsHeadingLine(text, line, label))
            {
                var heading = HeadingOf(text, lines, i, label, out var headingLine);
                var end = headingLine >= 0 ? lines[headingLine].ContentEnd : line.ContentEnd;
                sections.Add((new Section(label.Keyword!, label.Number(text).ToString(), heading, new TextSpan(line.ContentStart, end)), i));
                i = Math.Max(i, headingLine);
            }
            else if (label.Style == style)
            {
                candidates.Add(new Candidate(i, label, style == LabelStyle.Article && IsHeadingLine(text, line, label)));
            }
        }

        // When most labels stand as headings, a label running into a sentence is a cross-reference.
        var strongCount = candidates.Count(candidate => candidate.Strong);
        var headingsOnly = strongCount >= 2 && strongCount * 2 >= candidates.Count;
        var clauses = new List<Draft>();
        string? previous = null;
        var sectionIndex = 0;
        for (var c = 0; c < candidates.Count; c++)
        {
            var candidate = candidates[c];
            var number = candidate.Label.Number(text);
            if ((headingsOnly && !candidate.Strong) || !Accept(text, candidates, c, previous, number, headingsOnly))
            {
                continue;
            }

            var line = lines[candidate.Line];
            string? heading = null;
            var bodyStart = candidate.Label.End;
            var headingLine = -1;
            if (style == LabelStyle.Article)
            {
                heading = HeadingOf(text, lines, candidate.Line, candidate.Label, out headingLine);
                bodyStart = headingLine >= 0 ? lines[headingLine].End : heading is not null ? line.ContentEnd : bodyStart;
            }

            while (sectionIndex < sections.Count && sections[sectionIndex].Line < candidate.Line)
            {
                sectionIndex++;
            }

            previous = number.ToString();
            clauses.Add(new Draft(previous, line.ContentStart, bodyStart, heading, candidate.Line, sectionIndex - 1));
        }

        var closingLine = -1;
        if (clauses.Count > 0)
        {
            var lastSection = sections.Count > 0 ? sections[^1].Line : -1;
            for (var i = Math.Max(clauses[^1].Line, lastSection) + 1; i < lines.Count; i++)
            {
                if (ClosingFormulaFinder.IsClosing(text, lines[i]))
                {
                    closingLine = i;
                    break;
                }
            }
        }

        return Build(text, lines, clauses, sections, closingLine, style);
    }

    // A number that follows the last clause opens the next one. A heading line out of sequence
    // ("Article 29" wrapped onto its own line inside article 10) is taken only when no candidate
    // close after it continues the sequence: then the text itself skips or restarts its numbering.
    private static bool Accept(string text, List<Candidate> candidates, int c, string? previous, ReadOnlySpan<char> number, bool headingsOnly)
    {
        var candidate = candidates[c];
        if (previous is null)
        {
            return candidate.Strong || ClauseNumber.IsInitial(number);
        }

        if (ClauseNumber.IsSuccessor(previous, number))
        {
            return true;
        }

        if (!candidate.Strong)
        {
            return false;
        }

        for (var next = c + 1; next < candidates.Count && next <= c + Lookahead; next++)
        {
            if (headingsOnly && !candidates[next].Strong)
            {
                continue;
            }

            var nextNumber = candidates[next].Label.Number(text);
            if (ClauseNumber.IsSuccessor(number, nextNumber))
            {
                return true;
            }

            if (ClauseNumber.IsSuccessor(previous, nextNumber))
            {
                return false;
            }
        }

        return true;
    }

    private static ClauseParse Build(string text, List<TextLine> lines, List<Draft> drafts, List<(Section Section, int Line)> sections, int closingLine, LabelStyle style)
    {
        var contentEnd = lines.Count > 0 ? lines[^1].End : 0;
        var closing = closingLine >= 0 ? Passage(text, lines[closingLine].ContentStart, contentEnd) : null;
        var clauses = new List<Clause>(drafts.Count);
        var sectionIndex = 0;
        for (var c = 0; c < drafts.Count; c++)
        {
            var draft = drafts[c];
            var end = c + 1 < drafts.Count ? drafts[c + 1].Start : (closing?.Span.Start ?? contentEnd);
            var endLine = c + 1 < drafts.Count ? drafts[c + 1].Line - 1 : (closingLine >= 0 ? closingLine - 1 : lines.Count - 1);

            // A section heading between two clauses ends the first.
            while (sectionIndex < sections.Count && sections[sectionIndex].Line <= draft.Line)
            {
                sectionIndex++;
            }

            if (sectionIndex < sections.Count && sections[sectionIndex].Section.Span.Start < end)
            {
                end = sections[sectionIndex].Section.Span.Start;
                endLine = sections[sectionIndex].Line - 1;
            }

            end = TrimEnd(text, draft.Start, end);
            var bodyStart = SkipWhitespace(text, Math.Min(draft.BodyStart, end), end);
            clauses.Add(new Clause
            {
                Number = draft.Number,
                Heading = draft.Heading,
                Text = text[bodyStart..end],
                Span = new TextSpan(draft.Start, end),
                Section = draft.Section >= 0 ? sections[draft.Section].Section.Number : null,
                Items = SubItemParser.Parse(text, lines, draft.Line, endLine, end, style),
            });
        }

        return new ClauseParse(clauses, [.. sections.Select(pair => pair.Section)], closing);
    }

    private static LabelStyle ChooseStyle(string text, List<TextLine> lines, int firstLine)
    {
        var numberDot = false;
        var numberParen = false;
        var bare = 0;
        for (var i = firstLine; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            var label = LabelParser.Parse(text, line);
            switch (label.Style)
            {
                case LabelStyle.Article when IsHeadingLine(text, line, label) || ClauseNumber.IsInitial(label.Number(text)):
                    return LabelStyle.Article;
                case LabelStyle.NumberDot when ClauseNumber.IsInitial(label.Number(text)):
                    numberDot = true;
                    break;
                case LabelStyle.NumberParen when ClauseNumber.IsInitial(label.Number(text)):
                    numberParen = true;
                    break;
                case LabelStyle.BareNumber:
                    bare++;
                    break;
            }
        }

        // Numbers alone on their lines number clauses only when nothing else does (they are often page numbers).
        const int MinBareNumbers = 3;
        return numberDot ? LabelStyle.NumberDot
            : numberParen ? LabelStyle.NumberParen
            : bare >= MinBareNumbers ? LabelStyle.BareNumber
            : LabelStyle.None;
    }

    /// <summary>True when the label stands alone or with a short title: "ARTICLE 5", "Article 5 Definitions".</summary>
    private static bool IsHeadingLine(string text, TextLine line, Label label)
    {
        if (label.End >= line.ContentEnd)
        {
            // "Article 29." closing a sentence is a reference, not a heading.
            return text[line.ContentEnd - 1] != '.' || label.NumberEnd + 1 != line.ContentEnd;
        }

        var rest = text.AsSpan(label.End, line.ContentEnd - label.End);
        if (rest.Length > MaxHeadingLength || rest[^1] is '.' or ',' or ';' or ':')
        {
            return false;
        }

        return char.IsUpper(rest[0]) || rest[0] is '"' or '\'' or '(';
    }

    private static string? HeadingOf(string text, List<TextLine> lines, int i, Label label, out int headingLine)
    {
        headingLine = -1;
        var line = lines[i];
        if (label.End < line.ContentEnd)
        {
            return IsHeadingLine(text, line, label) ? text[label.End..line.ContentEnd] : null;
        }

        var next = i + 1;
        if (next >= lines.Count || lines[next].IsBlank)
        {
            return null;
        }

        var candidate = lines[next];
        var content = candidate.Content(text);
        if (content.Length > MaxHeadingLength || content[^1] is '.' or ',' or ';' or ':' || !char.IsUpper(content[0]) ||
            LabelParser.Parse(text, candidate).IsFound)
        {
            return null;
        }

        headingLine = next;
        return content.ToString();
    }

    private static TextPassage Passage(string text, int start, int end)
    {
        end = TrimEnd(text, start, end);
        return new TextPassage(text[start..end], new TextSpan(start, end));
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    private static int SkipWhitespace(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start;
    }

    private readonly record struct Candidate(int Line, Label Label, bool Strong);

    private sealed record Draft(string Number, int Start, int BodyStart, string? Heading, int Line, int Section);
}

/// <summary>The clauses, sections and closing formula found in a text.</summary>
internal sealed record ClauseParse(IReadOnlyList<Clause> Clauses, IReadOnlyList<Section> Sections, TextPassage? Closing)
{
    public static ClauseParse Empty { get; } = new([], [], null);
}
