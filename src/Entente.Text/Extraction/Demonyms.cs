namespace Entente.Text.Extraction;

/// <summary>
/// Adjectives that name a state when they qualify its people or leaders ("between Russian, Azerbaijani and
/// Armenian leaders"). Read only where a list of parties is expected, never as entities on their own: "Russian
/// gas" does not make Russia a party to anything.
/// </summary>
internal static class Demonyms
{
    private static readonly Dictionary<string, string> s_english = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Russian"] = "RU", ["Azerbaijani"] = "AZ", ["Azeri"] = "AZ", ["Armenian"] = "AM", ["Georgian"] = "GE",
        ["Turkish"] = "TR", ["Iranian"] = "IR", ["Kazakh"] = "KZ", ["Kazakhstani"] = "KZ", ["Uzbek"] = "UZ",
        ["Turkmen"] = "TM", ["Kyrgyz"] = "KG", ["Tajik"] = "TJ", ["Belarusian"] = "BY", ["Ukrainian"] = "UA",
        ["Moldovan"] = "MD", ["Chinese"] = "CN", ["American"] = "US", ["French"] = "FR", ["German"] = "DE",
        ["British"] = "GB", ["Italian"] = "IT", ["Spanish"] = "ES", ["Polish"] = "PL", ["Hungarian"] = "HU",
        ["Serbian"] = "RS", ["Bulgarian"] = "BG", ["Romanian"] = "RO", ["Greek"] = "GR", ["Indian"] = "IN",
        ["Pakistani"] = "PK", ["Afghan"] = "AF", ["Iraqi"] = "IQ", ["Syrian"] = "SY", ["Israeli"] = "IL",
        ["Egyptian"] = "EG", ["Saudi"] = "SA", ["Emirati"] = "AE", ["Qatari"] = "QA", ["Japanese"] = "JP",
        ["Mongolian"] = "MN", ["Swiss"] = "CH", ["Austrian"] = "AT", ["Finnish"] = "FI", ["Norwegian"] = "NO",
    };

    // Russian adjectives change their ending with case and number; the stem names the state.
    private static readonly (string Stem, string State)[] s_russianStems =
    [
        ("российск", "RU"), ("азербайджанск", "AZ"), ("армянск", "AM"), ("грузинск", "GE"), ("турецк", "TR"),
        ("иранск", "IR"), ("казахстанск", "KZ"), ("узбекск", "UZ"), ("туркменск", "TM"), ("киргизск", "KG"),
        ("кыргызск", "KG"), ("таджикск", "TJ"), ("белорусск", "BY"), ("украинск", "UA"), ("китайск", "CN"),
    ];

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_englishLookup = s_english.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The state an adjective names, or null.</summary>
    public static string? StateOf(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return null;
        }

        if (char.IsAscii(word[0]))
        {
            return s_englishLookup.TryGetValue(word, out var state) ? state : null;
        }

        // Every Russian stem starts with a Cyrillic letter; other words need no comparison with them.
        if (word[0] is < '\u0400' or > '\u04FF')
        {
            return null;
        }

        foreach (var (stem, russian) in s_russianStems)
        {
            if (word.Length > stem.Length && word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return russian;
            }
        }

        return null;
    }
}
