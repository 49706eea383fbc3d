namespace Entente.Text.Extraction;

// A table written as a line: "товарооборот двух стран, млрд долларов: 2023 — 52,8; 2024 — 55", "Turnover, in billions of
// US dollars, according to the customs: 2021 — 2.9; 2022 — 4.2", "(milyard ABŞ dolları ilə): 2021 — 2,97; 2022 — 4,17".
// The header before the colon gives the scale and the currency of every bare number after a year and a dash.
internal static partial class FigureExtractor
{
    // How far before its colon a header may name its scale and currency ("in billions of US dollars, according to the State
    // Customs Committee:").
    private const int MaxHeaderTokens = 14;

    // How many "year — number" cells the line may hold before the number (a longer line is no such table).
    private const int MaxCells = 12;

    /// <summary>The scale and currency of a line's header, for a bare number written after a year and a dash; or null.</summary>
    private static (decimal Scale, string Currency)? TableUnit(TokenStream t, int first)
    {
        if (!t.IsSymbol(first - 1, '-') || !t.IsAYear(first - 2))
        {
            return null;
        }

        // Back over the cells before this one ("2021 — 2,97;") to the colon that ends the header.
        var k = first - 3;
        for (var cells = 0; cells < MaxCells && k >= 0 && t.SameSentence(k, first) && !t.IsSymbol(k, ':'); cells++)
        {
            if (!(t.IsSymbol(k, ';') || t.IsSymbol(k, ',')) || !t.IsNumber(k - 1))
            {
                return null;
            }

            var number = k - 1;
            while (number > 0 && t.IsNumber(number - 1) && t.Touches(number - 1))
            {
                number--;
            }

            if (!t.IsSymbol(number - 1, '-') || !t.IsAYear(number - 2))
            {
                return null;
            }

            k = number - 3;
        }

        if (!t.IsSymbol(k, ':'))
        {
            return null;
        }

        for (var h = k - 1; h >= 0 && k - h <= MaxHeaderTokens && t.SameSentence(h, k); h--)
        {
            if (t.IsWord(h) && ScaleWithItsCase(t.Span(h)) is >= 1000 and var scale
                && (CurrencyAfter(t, h + 1, out _) ?? (t.IsAny(h + 1, ["of"]) ? CurrencyAfter(t, h + 2, out _) : null)) is { } currency)
            {
                return (scale, currency);
            }
        }

        return null;
    }
}
