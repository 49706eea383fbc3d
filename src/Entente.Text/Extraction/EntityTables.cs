using Entente.Text.Understanding;

namespace Entente.Text.Extraction;

/// <summary>One name of a state, organisation or place as it can be written, token by token.</summary>
/// <remarks>
/// A token ending in <c>*</c> matches any word that starts with the rest (Russian and Azerbaijani endings:
/// "Азербайджан*" covers "Азербайджана", "Азербайджаном"). Names in capitals ("UN", "ООН") match only in capitals;
/// other names need a capital first letter unless <see cref="AnyCase"/> is set.
/// </remarks>
internal sealed record EntityName(string[] Tokens, string Type, string Id, bool AnyCase = false)
{
    /// <summary>How each token of the name is compared, decided once instead of at every comparison.</summary>
    public TokenMatch[] Matches { get; } = Tokens.Select(TokenMatchOf).ToArray();

    private static TokenMatch TokenMatchOf(string token)
    {
        if (token.EndsWith('*'))
        {
            return TokenMatch.Stem;
        }

        // Names in capitals ("UN", "ООН") match only in capitals: two or more letters, all upper case.
        var letters = 0;
        foreach (var c in token)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (!char.IsUpper(c))
                {
                    return TokenMatch.IgnoringCase;
                }
            }
        }

        return letters >= 2 ? TokenMatch.Exact : TokenMatch.IgnoringCase;
    }
}

/// <summary>How one token of an <see cref="EntityName"/> is compared with a word of the text.</summary>
internal enum TokenMatch : byte
{
    /// <summary>Ignoring case ("Azerbaijan", "azerbaijan").</summary>
    IgnoringCase,

    /// <summary>Exactly (names in capitals: "UN").</summary>
    Exact,

    /// <summary>The word starts with the token without its final * ("Азербайджан*"), ignoring case.</summary>
    Stem,
}

/// <summary>The gazetteer: states (ISO 3166-1 alpha-2), organisations (stable short ids) and places, in en, ru and az.</summary>
internal static class EntityTables
{
    public const string State = "state";
    public const string Organisation = "organisation";
    public const string Place = "place";
    public const string Person = "person";

    // States come from the one table of states (Understanding/countries.tsv) with every case form of their names.
    // Adjectives name a state only before a word for the state itself ("the Azerbaijani Party", "the Russian side",
    // "Rusiya tərəfi"): the table's adjectives in every form, and the names Azerbaijani and English use as adjectives.
    private static readonly (string Id, string[] Adjectives)[] s_stateAdjectives = CountryTable.AdjectiveForms
        .Concat(CountryTable.WrittenNames.Where(name => !name.Name.Contains(' ') && !IsCyrillic(name.Name[0])).Select(name => (name.Code, Form: name.Name)))
        .GroupBy(adjective => adjective.Code, StringComparer.Ordinal)
        .Select(group => (group.Key, group.Select(adjective => adjective.Form).Distinct(StringComparer.OrdinalIgnoreCase).ToArray()))
        .ToArray();

    private static readonly string[] s_partyNouns = ["Party", "party", "side", "Side", "Сторона", "Стороны", "Стороне", "Стороной", "сторона", "стороны", "Tərəf*", "tərəf*"];

    // Unions (Understanding/unions.tsv), other organisations and national bodies (organisations.tsv) and places
    // (places.tsv) are data, with the state each belongs to.

    /// <summary>The ISO code of the state a place or national body (by its entity id) is in, or null.</summary>
    /// <remarks>
    /// "opened in Baku", "Gazprom said" place a text in that state even where it never names the state (a report on
    /// "the Days of Russian Culture in Baku"). International organisations and news agencies belong to none.
    /// </remarks>
    public static string? StateOf(string entityId) => Gazetteer.StateOf(entityId);

    public static IReadOnlyList<EntityName> Names { get; } = Build();

    public static IReadOnlyList<(string Id, string[] Adjectives)> StateAdjectives => s_stateAdjectives;

    public static IReadOnlyList<string> PartyNouns => s_partyNouns;

    private static List<EntityName> Build()
    {
        var names = new List<EntityName>();
        void Add(IEnumerable<(string Id, string[] Names)> table, string type)
        {
            foreach (var (id, forms) in table)
            {
                foreach (var form in forms)
                {
                    names.Add(new EntityName(Split(form), type, id, AnyCase: form.Length > 0 && char.IsLower(form[0])));
                }
            }
        }

        foreach (var (code, form) in CountryTable.NameForms)
        {
            names.Add(new EntityName(Split(form), State, code));
        }

        Add(Gazetteer.Organisations.Select(entry => (entry.Id, entry.Names)), Organisation);
        Add(UnionTable.Unions, Organisation);
        Add(Gazetteer.Places.Select(entry => (entry.Id, entry.Names)), Place);
        return names;
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    // Names are split the way the tokenizer splits text: words (with inner hyphens) and single symbols.
    internal static string[] Split(string name)
    {
        using var tokens = TokenStream.Create(name);
        var parts = new string[tokens.Count];
        for (var k = 0; k < tokens.Count; k++)
        {
            parts[k] = tokens.Span(k).ToString();
        }

        if (name.EndsWith('*') && parts.Length > 1 && parts[^1] == "*")
        {
            parts = [.. parts[..^2], parts[^2] + "*"];
        }

        return parts;
    }
}
