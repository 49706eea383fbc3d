namespace Entente.Text.Understanding;

/// <summary>
/// The case forms of Russian state names and adjectives, made by rule from the nominative: "Эстония" → "Эстонии",
/// "Эстонию", "Эстонией"; "Саудовская Аравия" → "Саудовской Аравии"; "Республика Армения" → "Республики Армения"
/// (words after the head noun do not change); "эстонский" → "эстонская", "эстонского", "эстонскими", ….
/// Names that do not decline ("Перу", "Того", "Чили") keep their one form.
/// </summary>
internal static class RussianInflection
{
    // Genitive, dative, accusative, instrumental, prepositional, for each kind of ending.
    private static readonly string[] s_feminineAdjective = ["ой", "ой", "ую", "ой", "ой"];
    private static readonly string[] s_masculineAdjectiveHard = ["ого", "ому", "ый", "ым", "ом"];
    private static readonly string[] s_masculineAdjectiveSoft = ["ого", "ому", "ий", "им", "ом"];
    private static readonly string[] s_neuterAdjective = ["ого", "ому", "ое", "ым", "ом"];
    private static readonly string[] s_pluralAdjectiveHard = ["ых", "ым", "ые", "ыми", "ых"];
    private static readonly string[] s_pluralAdjectiveSoft = ["их", "им", "ие", "ими", "их"];

    private static readonly string[] s_adjectiveEndingsHard = ["ый", "ая", "ое", "ые", "ого", "ой", "ому", "ым", "ую", "ом", "ых", "ыми"];
    private static readonly string[] s_adjectiveEndingsSoft = ["ий", "ая", "ое", "ие", "ого", "ой", "ому", "им", "ую", "ом", "их", "ими"];

    // Every ending of an adjective's forms, bar "-ом"/"-ому"/"-ем", which nouns share ("планом", "дому").
    private static readonly string[] s_adjectiveEndings =
        ["ого", "его", "ых", "их", "ой", "ей", "ый", "ий", "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю", "ым", "им", "ыми", "ими"];

    /// <summary>True when a word ends as an adjective's form does: "военного", "совместных", "российских".</summary>
    public static bool HasAdjectiveEnding(ReadOnlySpan<char> word)
    {
        foreach (var ending in s_adjectiveEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The nominative and every other case of a name; each word up to the head noun declines.</summary>
    public static IEnumerable<string> NameForms(string nominative)
    {
        yield return nominative;
        var words = nominative.Split(' ');
        var endings = new (string Stem, string[] Cases)?[words.Length];
        var head = Array.FindIndex(words, w => AdjectiveCases(w) is null);
        if (head < 0)
        {
            yield break;
        }

        for (var w = 0; w <= head; w++)
        {
            endings[w] = w < head ? AdjectiveCases(words[w]) : NounCases(words[w]);
        }

        if (endings[head] is null)
        {
            yield break;
        }

        for (var c = 0; c < 5; c++)
        {
            var form = new string[words.Length];
            for (var w = 0; w < words.Length; w++)
            {
                form[w] = endings[w] is { } e ? e.Stem + e.Cases[c] : words[w];
            }

            yield return string.Join(' ', form);
        }
    }

    /// <summary>Every gender, case and number of an adjective given in the masculine ("эстонский").</summary>
    public static IEnumerable<string> AdjectiveForms(string masculine)
    {
        if (masculine.Length < 4 || !(masculine.EndsWith("ий", StringComparison.Ordinal) || masculine.EndsWith("ый", StringComparison.Ordinal)))
        {
            return [masculine];
        }

        var stem = masculine[..^2];
        return (masculine.EndsWith("ий", StringComparison.Ordinal) ? s_adjectiveEndingsSoft : s_adjectiveEndingsHard).Select(ending => stem + ending);
    }

    /// <summary>
    /// The masculine adjective a combining form stands for, the first part of a compound adjective, or null:
    /// "российско" → "российский", "турецко" → "турецкий", "азербайджано" → "азербайджанский", "армяно" → "армянский".
    /// </summary>
    public static string? AdjectiveOfCombiningForm(string part)
    {
        if (part.Length < 4 || part[^1] != 'о' || !char.IsLetter(part[0]) || part[0] > 'ӿ')
        {
            return null;
        }

        var stem = part[..^1];
        return stem.EndsWith('к') ? stem + "ий" : stem + "ский";
    }

    private static (string Stem, string[] Cases)? AdjectiveCases(string word)
    {
        if (word.Length < 4 || !char.IsLetter(word[0]))
        {
            return null;
        }

        return word[^2..] switch
        {
            "ая" => (word[..^2], s_feminineAdjective),
            "ый" => (word[..^2], s_masculineAdjectiveHard),
            "ий" => (word[..^2], s_masculineAdjectiveSoft),
            "ое" => (word[..^2], s_neuterAdjective),
            "ые" => (word[..^2], s_pluralAdjectiveHard),
            "ие" => (word[..^2], s_pluralAdjectiveSoft),
            _ => null,
        };
    }

    private static (string Stem, string[] Cases)? NounCases(string word)
    {
        // Abbreviations ("США", "ЮАР") and hyphenated compounds ("Буркина-Фасо") do not decline.
        if (word.Length < 3 || word.All(char.IsUpper) || word.Contains('-') || word.Contains(' '))
        {
            return null;
        }

        var last = word[^1];
        var stem = word[..^1];
        return last switch
        {
            'я' when word.EndsWith("ия", StringComparison.Ordinal) => (stem, ["и", "и", "ю", "ей", "и"]),
            'я' => (stem, ["и", "е", "ю", "ей", "е"]),
            'а' when word == "Острова" => (stem, ["ов", "ам", "а", "ами", "ах"]),
            'а' => (stem, [stem[^1] is 'г' or 'к' or 'х' or 'ж' or 'ш' or 'ч' or 'щ' ? "и" : "ы", "е", "у", "ой", "е"]),
            'ь' => (stem, ["я", "ю", "ь", "ем", "е"]),
            'й' => (stem, ["я", "ю", "й", "ем", "е"]),
            'ы' => (stem, ["ов", "ам", "ы", "ами", "ах"]),
            _ when IsConsonant(last) => (word, ["а", "у", "", "ом", "е"]),
            _ => null,
        };
    }

    private static bool IsConsonant(char c) => c is >= 'а' and <= 'я' && "аеёиоуыэюяьъй".IndexOf(c) < 0;
}
