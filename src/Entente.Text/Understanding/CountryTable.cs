using System.Collections.Frozen;

namespace Entente.Text.Understanding;

/// <summary>
/// States by ISO 3166-1 code, with their names and adjectives in English, Russian and Azerbaijani, loaded from
/// the data file countries.tsv (every UN member state) with the case forms the languages' rules make. The one list of
/// states every part of the text pipeline uses: finds the states a text names, longest name first.
/// </summary>
public static class CountryTable
{
    private static readonly Lazy<Table> s_table = new(Load);

    /// <summary>The alpha-2 code for an alpha-3 code ("AZE" → "AZ"), or null when unknown.</summary>
    public static string? Alpha2FromAlpha3(string alpha3) =>
        s_table.Value.ByAlpha3.GetValueOrDefault(alpha3.ToUpperInvariant());

    /// <summary>The alpha-3 code for an alpha-2 code, or null when unknown.</summary>
    public static string? Alpha3FromAlpha2(string alpha2) =>
        s_table.Value.Alpha3ByAlpha2.GetValueOrDefault(alpha2.ToUpperInvariant());

    /// <summary>The state's common English name ("AZ" → "Azerbaijan").</summary>
    public static string? EnglishName(string alpha2) =>
        s_table.Value.EnglishByAlpha2.GetValueOrDefault(alpha2.ToUpperInvariant());

    /// <summary>Every state named in <paramref name="text"/>, in text order, with where the name stands.</summary>
    public static List<CountryMention> Find(ReadOnlySpan<char> text)
    {
        var table = s_table.Value;
        var found = new List<CountryMention>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && IsWordChar(text[i - 1])) || !char.IsUpper(text[i]))
            {
                i++;
                continue;
            }

            var wordEnd = WordEnd(text, i);
            var matched = 0;
            string? code = null;
            if (table.FirstWordLookup.TryGetValue(text[i..wordEnd], out var names))
            {
                foreach (var name in names)
                {
                    var length = MatchName(text, i, name.Words);
                    if (length > 0)
                    {
                        matched = length;
                        code = name.Code;
                        break;
                    }
                }
            }

            if (code is not null)
            {
                found.Add(new CountryMention(code, new TextSpan(i, i + matched)));
                i += matched;
            }
            else
            {
                i = wordEnd;
            }
        }

        return found;
    }

    /// <summary>The first state named in <paramref name="text"/>, or null.</summary>
    public static string? FirstIn(ReadOnlySpan<char> text)
    {
        var mentions = Find(text);
        return mentions.Count > 0 ? mentions[0].Code : null;
    }

    private static int MatchName(ReadOnlySpan<char> text, int start, string[] words)
    {
        var position = start;
        for (var w = 0; w < words.Length; w++)
        {
            if (w > 0)
            {
                var gap = position;
                while (gap < text.Length && (text[gap] == ' ' || text[gap] == '\n' || text[gap] == '\u00A0'))
                {
                    gap++;
                }

                if (gap == position)
                {
                    return 0;
                }

                position = gap;
            }

            var end = WordEnd(text, position);
            if (!text[position..end].Equals(words[w], StringComparison.OrdinalIgnoreCase))
            {
                return 0;
            }

            position = end;
        }

        return position - start;
    }

    private static int WordEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && (IsWordChar(text[end]) ||
               ((text[end] == '\'' || text[end] == '’' || text[end] == '-') && end + 1 < text.Length && char.IsLetter(text[end + 1]) && end > start)))
        {
            end++;
        }

        return end;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>Every written form of every state's names (English, Russian cases, Azerbaijani endings), with its code.</summary>
    internal static IEnumerable<(string Code, string Form)> NameForms => s_table.Value.NameForms;

    /// <summary>The names as the table writes them (nominative), with their codes.</summary>
    internal static IEnumerable<(string Code, string Name)> WrittenNames => s_table.Value.WrittenNames;

    /// <summary>Every written form of every state's adjectives ("Estonian", "эстонскими", "erməni"), with its code.</summary>
    internal static IEnumerable<(string Code, string Form)> AdjectiveForms => s_table.Value.AdjectiveForms;

    /// <summary>The state an adjective names ("Estonian", "эстонского" → "EE"), or null.</summary>
    public static string? StateOfAdjective(ReadOnlySpan<char> word) =>
        s_table.Value.AdjectiveLookup.TryGetValue(word, out var code) ? code : null;

    private static Table Load()
    {
        using var stream = typeof(CountryTable).Assembly.GetManifestResourceStream("Entente.Text.countries.tsv")
            ?? throw new InvalidOperationException("The embedded country table is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var byAlpha3 = new Dictionary<string, string>(StringComparer.Ordinal);
        var alpha3ByAlpha2 = new Dictionary<string, string>(StringComparer.Ordinal);
        var english = new Dictionary<string, string>(StringComparer.Ordinal);
        var byFirstWord = new Dictionary<string, List<Name>>(StringComparer.Ordinal);
        var nameForms = new List<(string Code, string Form)>();
        var adjectiveForms = new List<(string Code, string Form)>();
        var writtenNames = new List<(string Code, string Name)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            var alpha2 = fields[0];
            byAlpha3[fields[1]] = alpha2;
            alpha3ByAlpha2[alpha2] = fields[1];
            english[alpha2] = fields[2].Split('|')[0];
            writtenNames.AddRange(new[] { 2, 4, 6 }.SelectMany(column => Forms(fields, column, form => [form])).Select(name => (alpha2, name)));
            var forms = Forms(fields, 2, form => [form])
                .Concat(Forms(fields, 4, RussianInflection.NameForms))
                .Concat(Forms(fields, 6, AzerbaijaniInflection.NameForms))
                .Distinct(StringComparer.Ordinal);
            foreach (var name in forms)
            {
                nameForms.Add((alpha2, name));
                var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var key = words[0].ToUpperInvariant();
                if (!byFirstWord.TryGetValue(key, out var list))
                {
                    list = [];
                    byFirstWord[key] = list;
                }

                list.Add(new Name(words, alpha2));
            }

            adjectiveForms.AddRange(Forms(fields, 3, form => [form])
                .Concat(Forms(fields, 5, RussianInflection.AdjectiveForms))
                .Concat(Forms(fields, 7, AzerbaijaniInflection.NameForms))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(form => (alpha2, form)));
        }

        foreach (var list in byFirstWord.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        // An adjective two states share ("Congolese", "Dominican") names neither.
        var adjectives = adjectiveForms
            .GroupBy(a => a.Form, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Select(a => a.Code).Distinct().Count() == 1)
            .ToFrozenDictionary(group => group.Key, group => group.First().Code, StringComparer.OrdinalIgnoreCase);

        return new Table(
            byAlpha3.ToFrozenDictionary(StringComparer.Ordinal),
            alpha3ByAlpha2.ToFrozenDictionary(StringComparer.Ordinal),
            english.ToFrozenDictionary(StringComparer.Ordinal),
            byFirstWord.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.OrdinalIgnoreCase),
            adjectives,
            nameForms,
            adjectiveForms,
            writtenNames);
    }

    // The forms in one column of the table (several separated by |), each expanded by the language's rules.
    private static IEnumerable<string> Forms(string[] fields, int column, Func<string, IEnumerable<string>> expand) =>
        column < fields.Length
            ? fields[column].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).SelectMany(expand)
            : [];

    private sealed record Name(string[] Words, string Code);

    private sealed record Table(
        FrozenDictionary<string, string> ByAlpha3,
        FrozenDictionary<string, string> Alpha3ByAlpha2,
        FrozenDictionary<string, string> EnglishByAlpha2,
        FrozenDictionary<string, Name[]> ByFirstWord,
        FrozenDictionary<string, string> Adjectives,
        IReadOnlyList<(string Code, string Form)> NameForms,
        IReadOnlyList<(string Code, string Form)> AdjectiveForms,
        IReadOnlyList<(string Code, string Name)> WrittenNames)
    {
        // Looks words up as spans of the text, without allocating a string per capitalised word.
        public FrozenDictionary<string, Name[]>.AlternateLookup<ReadOnlySpan<char>> FirstWordLookup { get; } =
            ByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

        public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> AdjectiveLookup { get; } =
            Adjectives.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}

/// <summary>A state named in a text.</summary>
public readonly record struct CountryMention(string Code, TextSpan Span);
