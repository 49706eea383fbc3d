using System.Globalization;
using System.Text;
using Entente.ActionItems;

namespace Entente.Exports;

/// <summary>
/// Writes a table as RFC 4180 CSV (UTF-8, CRLF line ends, quotes where needed). A cell that a spreadsheet would run
/// as a formula (=, +, @, or - not starting a number) is prefixed with an apostrophe, so an exported list cannot
/// carry a formula into someone's spreadsheet.
/// </summary>
public static class CsvText
{
    public static string Write(IReadOnlyList<string> headings, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        Line(text, headings);
        foreach (var row in rows)
        {
            Line(text, row);
        }

        return text.ToString();
    }

    /// <summary>One cell as it is written in the file.</summary>
    public static string Cell(string? value) => Csv.Field(Defuse(value));

    private static void Line(StringBuilder text, IEnumerable<string?> cells) =>
        text.Append(string.Join(',', cells.Select(Cell))).Append("\r\n");

    private static string? Defuse(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        var risky = value[0] is '=' or '+' or '@' or '\t' or '\r'
            || (value[0] == '-' && !decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _));
        return risky ? "'" + value : value;
    }
}
