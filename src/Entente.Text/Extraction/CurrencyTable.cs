namespace Entente.Text.Extraction;

/// <summary>Currency symbols, codes and words (en, ru, az) mapped to ISO 4217 codes.</summary>
internal static class CurrencyTable
{
    private static readonly Dictionary<string, string> s_symbols = new(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["₽"] = "RUB", ["₼"] = "AZN", ["¥"] = "CNY", ["₺"] = "TRY",
    };

    private static readonly Dictionary<string, string> s_codes = new(StringComparer.Ordinal)
    {
        ["USD"] = "USD", ["EUR"] = "EUR", ["RUB"] = "RUB", ["RUR"] = "RUB", ["AZN"] = "AZN", ["GBP"] = "GBP", ["CNY"] = "CNY",
        ["TRY"] = "TRY", ["CHF"] = "CHF", ["JPY"] = "JPY", ["KZT"] = "KZT", ["AMD"] = "AMD", ["GEL"] = "GEL", ["IRR"] = "IRR",
    };

    // Words after a number: "dollars", "долларов", "manat"; matched on the lowercased word.
    private static readonly Dictionary<string, string> s_words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dollar"] = "USD", ["dollars"] = "USD", ["euro"] = "EUR", ["euros"] = "EUR", ["rouble"] = "RUB", ["roubles"] = "RUB",
        ["ruble"] = "RUB", ["rubles"] = "RUB", ["manat"] = "AZN", ["manats"] = "AZN", ["pounds"] = "GBP", ["yuan"] = "CNY",
        ["доллар"] = "USD", ["доллара"] = "USD", ["долларов"] = "USD", ["долл"] = "USD", ["дол"] = "USD", ["евро"] = "EUR",
        ["рубль"] = "RUB", ["рубля"] = "RUB", ["рублей"] = "RUB", ["руб"] = "RUB", ["манат"] = "AZN", ["маната"] = "AZN", ["манатов"] = "AZN",
        ["юаней"] = "CNY", ["avro"] = "EUR", ["rubl"] = "RUB", ["dolları"] = "USD",
    };

    public static string? FromSymbol(ReadOnlySpan<char> symbol) =>
        s_symbols.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(symbol, out var code) ? code : null;

    public static string? FromCode(ReadOnlySpan<char> word) =>
        s_codes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var code) ? code : null;

    // Azerbaijani adds its endings to the currency's name: "dollarlıq", "dolları", "manatdan", "rubla", "avroya".
    private static readonly (string Stem, string Code)[] s_azerbaijaniStems =
        [("dollar", "USD"), ("manat", "AZN"), ("rubl", "RUB"), ("avro", "EUR")];

    // Each also as written without Azerbaijani's own letters: "dollarliq", "dollarindan".
    private static readonly string[] s_azerbaijaniEndings = WithPlainSpellings(
    [
        "ı", "i", "a", "ə", "ya", "dan", "lıq", "luq", "lıqla", "ın", "un", "la", "dır", "lar", "ları", "u",
        // the possessive with a case ("6 milyard ABŞ dollarından çox", "dollarına", "rubluna"), and "up to" (-dək)
        "ından", "ına", "ında", "ını", "ının", "undan", "una", "unda", "unu", "unun", "da", "dək", "adək", "yadək", "ıdır",
        "dur", "su", "sunu", "sunun", "sundan", "nun", "ndan", "larla",
    ]);

    private static string[] WithPlainSpellings(string[] endings) =>
        [.. endings.SelectMany(Understanding.AzerbaijaniLetters.AsWritten).Distinct(StringComparer.Ordinal)];

    public static string? FromWord(ReadOnlySpan<char> word)
    {
        if (s_words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var code))
        {
            return code;
        }

        foreach (var (stem, stemCode) in s_azerbaijaniStems)
        {
            if (word.Length > stem.Length && word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                var ending = word[stem.Length..];
                foreach (var known in s_azerbaijaniEndings)
                {
                    if (ending.Equals(known, StringComparison.OrdinalIgnoreCase))
                    {
                        return stemCode;
                    }
                }
            }
        }

        return null;
    }
}
