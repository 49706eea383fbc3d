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
        ["доллар"] = "USD", ["доллара"] = "USD", ["долларов"] = "USD", ["долл"] = "USD", ["евро"] = "EUR",
        ["рубль"] = "RUB", ["рубля"] = "RUB", ["рублей"] = "RUB", ["руб"] = "RUB", ["манат"] = "AZN", ["маната"] = "AZN", ["манатов"] = "AZN",
        ["юаней"] = "CNY", ["avro"] = "EUR", ["rubl"] = "RUB", ["dolları"] = "USD",
    };

    public static string? FromSymbol(ReadOnlySpan<char> symbol) =>
        s_symbols.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(symbol, out var code) ? code : null;

    public static string? FromCode(ReadOnlySpan<char> word) =>
        s_codes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var code) ? code : null;

    public static string? FromWord(ReadOnlySpan<char> word) =>
        s_words.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var code) ? code : null;
}
