using Entente.Text.Analysis;

namespace Entente.Text.Structure;

/// <summary>
/// Reads the sub-items of a clause: lines opening with "(a)", "а)", "(i)", "1)" and, inside
/// articles, "1." paragraphs. The first label style met is the top level; other styles nest under it.
/// </summary>
internal static class SubItemParser
{
    public static List<ClauseItem> Parse(string text, List<TextLine> lines, int firstLine, int lastLine, int end, LabelStyle clauseStyle)
    {
        var top = new List<(Label Label, int Start)>();
        var nested = new List<List<(Label Label, int Start)>>();
        var topStyle = LabelStyle.None;
        for (var i = firstLine; i <= lastLine && i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.ContentStart >= end)
            {
                break;
            }

            var label = LabelParser.Parse(text, line);
            if (!IsItemStyle(label.Style, clauseStyle))
            {
                continue;
            }

            if (topStyle == LabelStyle.None)
            {
                topStyle = label.Style;
            }

            if (label.Style == topStyle)
            {
                top.Add((label, line.ContentStart));
                nested.Add([]);
            }
            else if (nested.Count > 0)
            {
                nested[^1].Add((label, line.ContentStart));
            }
        }

        var items = new List<ClauseItem>(top.Count);
        for (var t = 0; t < top.Count; t++)
        {
            var itemEnd = t + 1 < top.Count ? top[t + 1].Start : end;
            var children = new List<ClauseItem>(nested[t].Count);
            for (var c = 0; c < nested[t].Count; c++)
            {
                var childEnd = c + 1 < nested[t].Count ? nested[t][c + 1].Start : itemEnd;
                children.Add(Item(text, nested[t][c].Label, nested[t][c].Start, childEnd, []));
            }

            items.Add(Item(text, top[t].Label, top[t].Start, itemEnd, children));
        }

        return items;
    }

    private static bool IsItemStyle(LabelStyle style, LabelStyle clauseStyle) => style switch
    {
        LabelStyle.ParenLetter or LabelStyle.LetterParen or LabelStyle.ParenRoman or LabelStyle.ParenNumber => true,
        LabelStyle.NumberParen => clauseStyle != LabelStyle.NumberParen,
        LabelStyle.NumberDot => clauseStyle == LabelStyle.Article,
        _ => false,
    };

    private static ClauseItem Item(string text, Label label, int start, int end, List<ClauseItem> children)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var bodyStart = Math.Min(label.End, end);
        var labelText = text[start..Math.Min(end, LabelEnd(text, label))];
        return new ClauseItem(labelText.Trim(), text[bodyStart..end], new TextSpan(start, end)) { Items = children };
    }

    private static int LabelEnd(string text, Label label)
    {
        var i = label.NumberEnd;
        while (i < text.Length && text[i] is ')' or '.')
        {
            i++;
        }

        return i;
    }
}
