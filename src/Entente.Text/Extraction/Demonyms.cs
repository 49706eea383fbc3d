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
}
