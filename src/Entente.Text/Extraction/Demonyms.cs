using Entente.Text.Understanding;

namespace Entente.Text.Extraction;

/// <summary>
/// Adjectives that name a state when they qualify its people or leaders ("between Russian, Azerbaijani and
/// Armenian leaders", "эстонской и литовской делегаций"). Read only where a list of parties is expected, never as
/// entities on their own: "Russian gas" does not make Russia a party to anything. The adjectives are those of the
/// one table of states (<see cref="CountryTable"/>), in every form.
/// </summary>
internal static class Demonyms
{
    /// <summary>The state an adjective names, or null.</summary>
    public static string? StateOf(ReadOnlySpan<char> word) => word.IsEmpty ? null : CountryTable.StateOfAdjective(word);

    /// <summary>
    /// The states a compound adjective names, part by part: "Russian-Azerbaijani", "российско-азербайджанского",
    /// "азербайджано-российский" (a Russian part before the hyphen is the adjective's combining form in -о).
    /// </summary>
    public static IEnumerable<string> StatesOfCompound(string word)
    {
        foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            if ((StateOf(part) ?? StateOf(RussianInflection.AdjectiveOfCombiningForm(part))) is { } state)
            {
                yield return state;
            }
        }
    }

    /// <summary>
    /// The state a word names by its name or its adjective ("Kazakhstan", "Iranian", "Rusiya"), or null: the name must be
    /// the whole word (or the word with a case ending the table knows).
    /// </summary>
    public static string? StateOfWord(ReadOnlySpan<char> word)
    {
        if (StateOf(word) is { } byAdjective)
        {
            return byAdjective;
        }

        var names = CountryTable.Find(word);
        return names.Count == 1 && names[0].Span.Start == 0 && names[0].Span.End == word.Length ? names[0].Code : null;
    }

    /// <summary>
    /// The two states a hyphenated pair names ("Russian-Azerbaijani", "Kazakhstan-Azerbaijan", "российско-иранская",
    /// "Azərbaycan-Rusiya"), or null when it is not two different states.
    /// </summary>
    public static (string First, string Second)? PairOf(string word)
    {
        var parts = word.Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2)
        {
            return null;
        }

        var first = StateOfWord(parts[0]) ?? StateOf(RussianInflection.AdjectiveOfCombiningForm(parts[0]));
        var second = StateOfWord(parts[1]);
        return first is not null && second is not null && first != second ? (first, second) : null;
    }
}
