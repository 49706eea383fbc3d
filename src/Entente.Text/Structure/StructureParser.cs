using Entente.Text.Analysis;

namespace Entente.Text.Structure;

/// <summary>
/// Reads the shape of a text: preamble recitals, operative formula, numbered clauses with their
/// sub-items and sections, the closing formula, and speaker turns. Line-based and linear in the
/// text; spans are relative to the text it was given.
/// </summary>
public static class StructureParser
{
    /// <summary>Parses the first <paramref name="end"/> characters of <paramref name="text"/>.</summary>
    public static ParsedStructure Parse(string text, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = TextLine.Split(text, 0, end);
        var stop = FirstClauseLine(text, lines);
        var formula = OperativeFormulaFinder.Find(text, lines, stop + 1);
        var preamble = formula is { } found ? PreambleParser.Parse(text, lines, found.Line, found.Span) : [];
        var clauses = ClauseParser.Parse(text, lines, formula is { } f ? f.Line + 1 : 0);
        var structure = new DocumentStructure
        {
            Preamble = preamble,
            OperativeFormula = formula is { } op ? new TextPassage(op.Span.Of(text), op.Span) : null,
            Clauses = clauses.Clauses,
            Sections = clauses.Sections,
            Closing = clauses.Closing,
        };
        var speakers = SpeakerTurnParser.Parse(text, lines);
        return new ParsedStructure(structure, speakers, lines.Count);
    }

    private static int FirstClauseLine(string text, List<TextLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var label = LabelParser.Parse(text, lines[i]);
            if ((label.Style is LabelStyle.Article or LabelStyle.NumberDot) && ClauseNumber.IsInitial(label.Number(text)))
            {
                return i;
            }
        }

        return lines.Count - 1;
    }
}

/// <summary>The structure of a text and its speaker turns, with spans relative to the parsed text.</summary>
public sealed record ParsedStructure(DocumentStructure Structure, IReadOnlyList<Speaker> Speakers, int LineCount);
