using System.Globalization;

namespace Entente;

/// <summary>Dates as people type them into Entente's options, forms and query strings: <c>yyyy-mm-dd</c>.</summary>
public static class IsoDate
{
    /// <summary>Reads a calendar date written as yyyy-mm-dd (surrounding spaces allowed).</summary>
    public static bool TryParse(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
