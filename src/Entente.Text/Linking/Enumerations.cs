namespace Entente.Text.Linking;

/// <summary>
/// Items of an enumeration: "зерно, древесина, металлопрокат, продукция машиностроения и нефтепродукты", "metallurgy,
/// oil and gas, heavy engineering, aviation". A sphere named as one of several goods, trades or subjects is listed, not
/// reported on.
/// </summary>
internal static class Enumerations
{
    // An item is short; a longer stretch between commas is a clause of its own.
    private const int MaxItemWords = 6;

    private const int MinItems = 3;

    /// <summary>
    /// True when <paramref name="span"/> lies in an item of a run of at least three items (comma-joined short stretches of
    /// the sentence, the one with "and" counting two), one of them a bare item of one or two words, none with a
    /// capitalised word after the sentence's first ("On Monday, in Baku, the forum opened" is no list). The first stretch may be longer (it brings the list in: "Kazakhstan
    /// mainly ships grain"); the last ends two words after its "and" (the rest of the sentence goes on from the list), and a
    /// span that starts in them is in it ("… və kənd təsərrüfatı texnikası təşkil edir").
    /// </summary>
    public static bool IsAnItem(string text, TextSpan sentence, TextSpan span)
    {
        if (!text.AsSpan(sentence.Start, sentence.Length).Contains(','))
        {
            return false;
        }

        var stretches = Stretches(text, sentence);
        var at = stretches.FindIndex(s => s.Start <= span.Start && span.End <= s.End);
        if (at < 0 || ItemWords(text, sentence, stretches[at], bringsTheListIn: false) is not { } own || span.Start >= own[^1].Span.End)
        {
            return false;
        }

        var items = new List<List<LinkWord>> { own };
        for (var k = at - 1; k >= 0 && stretches[k + 1].AfterComma && ItemWords(text, sentence, stretches[k], bringsTheListIn: k == 0) is { } before; k--)
        {
            items.Add(before);
        }

        for (var k = at + 1; k < stretches.Count && stretches[k].AfterComma && ItemWords(text, sentence, stretches[k], bringsTheListIn: false) is { } after; k++)
        {
            items.Add(after);
        }

        // The stretch of the "and" holds two items: "курсы русского языка, библиотека и киноклуб" is a list of three.
        return items.Sum(words => JoinedAt(words) > 0 ? 2 : 1) >= MinItems
               && items.Exists(words => (JoinedAt(words) is > 0 and var and ? and : words.Count) <= BareItemWords);
    }

    // Where the conjunction joining two items of one stretch stands ("библиотека и киноклуб"), or -1.
    private static int JoinedAt(List<LinkWord> words) => words.FindIndex(w => s_conjunctions.Contains(w.Text)) is > 0 and var at && at < words.Count - 1 ? at : -1;

    private const int BareItemWords = 2;

    private static readonly string[] s_conjunctions = ["and", "or", "и", "или", "və", "ya"];

    private readonly record struct Stretch(int Start, int End, bool AfterComma);

    // The sentence cut at commas, semicolons and colons (a comma between digits is a decimal one).
    private static List<Stretch> Stretches(string text, TextSpan sentence)
    {
        var stretches = new List<Stretch>();
        var (start, afterComma) = (sentence.Start, false);
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (text[i] is ',' or ';' or ':' && !(text[i] == ',' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])))
            {
                stretches.Add(new Stretch(start, i, afterComma));
                (start, afterComma) = (i + 1, text[i] == ',');
            }
        }

        stretches.Add(new Stretch(start, sentence.End, afterComma));
        return stretches;
    }

    // The words of a stretch read as an item (cut two words after its conjunction), or null when it is no item.
    private static List<LinkWord>? ItemWords(string text, TextSpan sentence, Stretch stretch, bool bringsTheListIn)
    {
        var words = LinkWords.Words(text, stretch.Start, stretch.End);
        var conjunction = words.FindIndex(w => s_conjunctions.Contains(w.Text));
        if (conjunction >= 0 && conjunction + 3 < words.Count)
        {
            words.RemoveRange(conjunction + 3, words.Count - conjunction - 3);
        }

        var first = FirstLetter(text, sentence);
        return words.Count > 0 && (bringsTheListIn || words.Count <= MaxItemWords)
               && words.TrueForAll(w => w.Span.Start == first || !char.IsUpper(text[w.Span.Start]))
            ? words
            : null;
    }

    private static int FirstLetter(string text, TextSpan sentence)
    {
        var i = sentence.Start;
        while (i < sentence.End && !char.IsLetter(text[i]))
        {
            i++;
        }

        return i;
    }
}
