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
}
