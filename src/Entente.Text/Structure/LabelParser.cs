using Entente.Text.Reading;

namespace Entente.Text.Structure;

/// <summary>Recognises the number label at the start of a line, in every common form. A scanner, not a regex.</summary>
internal static class LabelParser
{
    private static readonly string[] s_articleWords =
        ["Article", "Art.", "Статья", "Ст.", "Maddə", "Artículo", "Articulo", "Artigo", "Artikel", "Articolo"];

    private static readonly string[] s_sectionWords =
        ["Chapter", "Section", "Part", "Глава", "Раздел", "Часть", "Fəsil", "Bölmə", "Hissə", "Capítulo", "Capitulo", "Chapitre", "Sección", "Seccion", "Título", "Titre", "Kapitel"];

    public static Label Parse(string text, TextLine line)
    {
        if (line.IsBlank)
        {
            return default;
        }

        var start = line.ContentStart;
        var end = line.ContentEnd;
        var first = text[start];
        if (char.IsDigit(first))
        {
            return ParseNumber(text, start, end);
        }

        if (first == '(')
        {
            return ParseParenthesised(text, start, end);
        }

        if (char.IsLetter(first))
        {
            var keyword = MatchKeyword(text, start, end, s_articleWords, out var afterKeyword);
            if (keyword is not null)
            {
                return ParseKeywordNumber(text, LabelStyle.Article, keyword, afterKeyword, end);
            }

            keyword = MatchKeyword(text, start, end, s_sectionWords, out afterKeyword);
            if (keyword is not null)
            {
                return ParseKeywordNumber(text, LabelStyle.Section, keyword, afterKeyword, end);
            }

            var fuzzy = MatchMisspelledArticle(text, start, end);
            if (fuzzy > start)
            {
                var label = ParseKeywordNumber(text, LabelStyle.Article, "Article", fuzzy, end);
                return label.End == end ? label : default;
            }

            if (char.IsLower(first) && start + 1 < end && text[start + 1] == ')' && (start + 2 == end || text[start + 2] == ' '))
            {
                return new Label(LabelStyle.LetterParen, null, start, start + 1, SkipSpaces(text, start + 2, end));
            }
        }

        return default;
    }

    private static Label ParseNumber(string text, int start, int end)
    {
        var i = start;
        while (i < end && char.IsDigit(text[i]) && i - start < 4)
        {
            i++;
        }

        if (i == end && i - start <= 3)
        {
            return new Label(LabelStyle.BareNumber, null, start, i, i);
        }

        if (i >= end || i - start > 3)
        {
            return default;
        }

        var numberEnd = i;
        var mark = text[i];
        if ((mark == '.' || mark == ')') && (i + 1 == end || text[i + 1] == ' '))
        {
            var style = mark == '.' ? LabelStyle.NumberDot : LabelStyle.NumberParen;
            return new Label(style, null, start, numberEnd, SkipSpaces(text, i + 1, end));
        }

        return default;
    }

    private static Label ParseParenthesised(string text, int start, int end)
    {
        var close = start + 1;
        while (close < end && close - start <= 6 && char.IsLetterOrDigit(text[close]))
        {
            close++;
        }

        if (close >= end || text[close] != ')' || close == start + 1 || (close + 1 < end && text[close + 1] != ' '))
        {
            return default;
        }

        var token = text.AsSpan(start + 1, close - start - 1);
        LabelStyle style;
        if (IsAllDigits(token))
        {
            style = LabelStyle.ParenNumber;
        }
        else if (token.Length == 1 && char.IsLetter(token[0]))
        {
            style = LabelStyle.ParenLetter;
        }
        else if (IsLowerRoman(token))
        {
            style = LabelStyle.ParenRoman;
        }
        else if (token.Length == 2 && char.IsLetter(token[0]) && token[0] == token[1])
        {
            style = LabelStyle.ParenLetter;
        }
        else
        {
            return default;
        }

        return new Label(style, null, start + 1, close, SkipSpaces(text, close + 1, end));
    }

    private static Label ParseKeywordNumber(string text, LabelStyle style, string keyword, int i, int end)
    {
        var afterWord = i;
        i = SkipSpaces(text, i, end);
        if (i == afterWord && !keyword.EndsWith('.'))
        {
            return default;
        }

        // "ARTICLE - 5", "Article No. 5"
        if (i < end && text[i] == '-')
        {
            i = SkipSpaces(text, i + 1, end);
        }

        if (i + 3 < end && text.AsSpan(i, 3).Equals("No.", StringComparison.OrdinalIgnoreCase))
        {
            i = SkipSpaces(text, i + 3, end);
        }

        var numberStart = i;
        while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] == '.' || text[i] == '-'))
        {
            i++;
        }

        var numberEnd = i;
        while (numberEnd > numberStart && (text[numberEnd - 1] == '.' || text[numberEnd - 1] == '-'))
        {
            numberEnd--;
        }

        if (numberEnd == numberStart || !ClauseNumber.IsWellFormed(text.AsSpan(numberStart, numberEnd - numberStart)))
        {
            return default;
        }

        // "Article 26 bis": the suffix belongs to the number.
        var suffixStart = SkipSpaces(text, i, end);
        if (suffixStart > i && IsNumberSuffix(text, suffixStart, end, out var suffixEnd))
        {
            numberEnd = suffixEnd;
            i = suffixEnd;
        }

        if (i < end && (text[i] == ':' || text[i] == ')'))
        {
            i++;
        }

        if (i < end && text[i] != ' ' && text[i] != '-')
        {
            return default;
        }

        i = SkipSpaces(text, i, end);
        if (i < end && text[i] == '-' && i + 1 < end && text[i + 1] == ' ')
        {
            i = SkipSpaces(text, i + 1, end);
        }

        return new Label(style, keyword, numberStart, numberEnd, i);
    }

    // Scanned treaties misspell the keyword ("ARTICIE 73", "ARTIICLE 64"): a word one edit away
    // from "Article" or "Artículo" counts, but only on a line holding nothing but the label.
    private static int MatchMisspelledArticle(string text, int start, int end)
    {
        var wordEnd = start;
        while (wordEnd < end && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        var word = text.AsSpan(start, wordEnd - start);
        if (word.Length is < 6 or > 9 || !char.IsUpper(word[0]) || (word[1] != 'R' && word[1] != 'r'))
        {
            return start;
        }

        return WithinOneEdit(word, "ARTICLE") || WithinOneEdit(word, "ARTÍCULO") || WithinOneEdit(word, "ARTICULO") ? wordEnd : start;
    }

    private static bool WithinOneEdit(ReadOnlySpan<char> word, string target)
    {
        if (Math.Abs(word.Length - target.Length) > 1)
        {
            return false;
        }

        int i = 0, j = 0, edits = 0;
        while (i < word.Length && j < target.Length)
        {
            if (char.ToUpperInvariant(word[i]) == target[j])
            {
                i++;
                j++;
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            if (word.Length > target.Length)
            {
                i++;
            }
            else if (word.Length < target.Length)
            {
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }

        return edits + (word.Length - i) + (target.Length - j) <= 1;
    }

    private static bool IsNumberSuffix(string text, int start, int end, out int suffixEnd)
    {
        suffixEnd = start;
        while (suffixEnd < end && char.IsLetter(text[suffixEnd]))
        {
            suffixEnd++;
        }

        var word = text.AsSpan(start, suffixEnd - start);
        return (suffixEnd == end || !char.IsLetterOrDigit(text[suffixEnd])) &&
            (word.Equals("bis", StringComparison.OrdinalIgnoreCase) || word.Equals("ter", StringComparison.OrdinalIgnoreCase) ||
             word.Equals("quater", StringComparison.OrdinalIgnoreCase));
    }

    private static string? MatchKeyword(string text, int start, int end, string[] words, out int after)
    {
        foreach (var word in words)
        {
            if (end - start >= word.Length && text.AsSpan(start, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase) &&
                (word.EndsWith('.') || start + word.Length == end || !char.IsLetter(text[start + word.Length])))
            {
                after = start + word.Length;
                return text.Substring(start, word.Length);
            }
        }

        after = start;
        return null;
    }

    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return token.Length is > 0 and <= 3;
    }

    private static bool IsLowerRoman(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (c is not ('i' or 'v' or 'x' or 'l'))
            {
                return false;
            }
        }

        return RomanNumerals.Parse(token) > 0;
    }
}
