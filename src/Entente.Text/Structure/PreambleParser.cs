using Entente.Text.Analysis;

namespace Entente.Text.Structure;

/// <summary>
/// Reads the recitals before the operative formula: the run of lines ending in a comma or
/// semicolon ("Recognizing the importance of…,"), without the line that names the parties.
/// A preamble written as one paragraph is split at each recital.
/// </summary>
internal static class PreambleParser
{
    private static readonly string[] s_openers =
    [
        "Driven", "Determined", "Convinced", "Desirous", "Mindful", "Aware", "Conscious", "Resolved", "Guided", "Inspired",
        "Committed", "Concerned", "Encouraged", "Pleased", "Satisfied", "Believing", "Recalling", "Noting", "Having",
        "Reaffirming", "Recognising", "Recognizing", "Bearing", "Taking", "Considering", "Wishing", "Seeking",
        "Руководствуясь", "Исходя", "Принимая", "Стремясь", "Подтверждая", "Отмечая", "Желая", "Будучи", "Признавая",
        "Выражая", "Опираясь", "Учитывая", "Рассмотрев", "Придавая", "Основываясь", "Следуя", "Считая",
        "Reconociendo", "Conscientes", "Deseosos", "Considerando", "Convencidos", "Reafirmando", "Teniendo", "Resueltos",
        "Reconnaissant", "Considérant", "Désireux", "Convaincus", "Réaffirmant", "Rappelant", "Tenant",
    ];

    public static List<TextPassage> Parse(string text, List<TextLine> lines, int formulaLine, TextSpan formula)
    {
        var recitals = new List<TextPassage>();
        var formulaRow = lines[formulaLine];
        if (formula.Start > formulaRow.ContentStart)
        {
            // One long paragraph: the recitals stand before the formula on the same line.
            SplitParagraph(text, formulaRow.ContentStart, formula.Start, recitals);
            if (recitals.Count > 0)
            {
                return recitals;
            }
        }

        var first = formulaLine;
        for (var i = formulaLine - 1; i >= 0; i--)
        {
            var line = lines[i];
            if (line.IsBlank)
            {
                continue;
            }

            var last = text[line.ContentEnd - 1];
            var endsOpen = last is ',' or ';' || line.Content(text).EndsWith(" and", StringComparison.Ordinal) || line.Content(text).EndsWith(" и", StringComparison.Ordinal);
            if (!endsOpen)
            {
                break;
            }

            first = i;
        }

        // The top line may be the one naming the parties ("President of … and President of …,"), not a recital.
        while (first < formulaLine && (lines[first].IsBlank || !IsRecital(text, lines[first])))
        {
            first++;
        }

        for (var i = first; i < formulaLine; i++)
        {
            var line = lines[i];
            if (!line.IsBlank)
            {
                SplitParagraph(text, line.ContentStart, line.ContentEnd, recitals);
            }
        }

        return recitals;
    }

    private static bool IsRecital(string text, TextLine line)
    {
        var content = line.Content(text);
        var wordEnd = 0;
        while (wordEnd < content.Length && char.IsLetter(content[wordEnd]))
        {
            wordEnd++;
        }

        var word = content[..wordEnd];
        if (word.EndsWith("ing", StringComparison.Ordinal) || word.EndsWith("ясь", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var opener in s_openers)
        {
            if (word.Equals(opener, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        // Azerbaijani puts the converb last: "… nəzərə alaraq,".
        var trimmed = content.TrimEnd(",; ");
        return trimmed.EndsWith("araq", StringComparison.Ordinal) || trimmed.EndsWith("ərək", StringComparison.Ordinal);
    }

    // A recital ends at ";" or "," where the next words open another recital.
    private static void SplitParagraph(string text, int start, int end, List<TextPassage> recitals)
    {
        var pieceStart = start;
        for (var i = start; i < end; i++)
        {
            if (text[i] is not (';' or ','))
            {
                continue;
            }

            var next = i + 1;
            while (next < end && text[next] == ' ')
            {
                next++;
            }

            if (next < end && next > i + 1 && char.IsUpper(text[next]) && OpensRecital(text, next, end))
            {
                Add(text, pieceStart, i + 1, recitals);
                pieceStart = next;
            }
        }

        Add(text, pieceStart, end, recitals);
    }

    private static bool OpensRecital(string text, int start, int end)
    {
        var wordEnd = start;
        while (wordEnd < end && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        var word = text.AsSpan(start, wordEnd - start);
        if (word.EndsWith("ing", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var opener in s_openers)
        {
            if (word.Equals(opener, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(string text, int start, int end, List<TextPassage> recitals)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            recitals.Add(new TextPassage(text[start..end], new TextSpan(start, end)));
        }
    }
}
