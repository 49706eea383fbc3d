using System.Globalization;
using Entente.Text.Vocabulary;

namespace Entente.Web;

/// <summary>How values are written on the pages (English for now; the UI languages arrive with issue #7).</summary>
public static class Format
{
    private static readonly CultureInfo s_culture = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", s_culture) ?? "date unknown";

    /// <summary>A moment in UTC, to the minute: "24 November 2026 03:50 UTC".</summary>
    public static string Instant(DateTimeOffset? at) => at?.ToUniversalTime().ToString("d MMMM yyyy HH:mm 'UTC'", s_culture) ?? "—";

    public static string Kind(string key) => key.Replace('-', ' ');

    public static string Sphere(string key) => Spheres.LabelOf(key);

    /// <summary>A value with its unit and qualifier: "almost US$3.4 billion", "over 11,000".</summary>
    public static string Value(decimal value, string unit, string qualifier)
    {
        var prefix = qualifier switch
        {
            Qualifiers.Almost => "almost ",
            Qualifiers.Over => "over ",
            Qualifiers.AtLeast => "at least ",
            Qualifiers.Approximately => "about ",
            Qualifiers.AtMost => "at most ",
            Qualifiers.Under => "under ",
            _ => string.Empty,
        };
        return prefix + Amount(value, unit);
    }

    public static string Amount(decimal value, string unit) => unit switch
    {
        "percent" => value.ToString("0.##", s_culture) + "%",
        "USD" => "US$" + Large(value),
        "count" => value.ToString("#,0.##", s_culture),
        _ => Large(value) + " " + unit,
    };

    public static string Period(DateOnly start, DateOnly end)
    {
        if (start == end)
        {
            return Date(start);
        }

        if (start.Day == 1 && start.Month == 1 && end.Month == 12 && end.Day == 31)
        {
            return start.Year == end.Year
                ? start.Year.ToString(CultureInfo.InvariantCulture)
                : $"{start.Year.ToString(CultureInfo.InvariantCulture)}–{end.Year.ToString(CultureInfo.InvariantCulture)}";
        }

        // Whole months of one year, as a source says them: "November 2021", "January–November 2021".
        if (start.Day == 1 && end.AddDays(1).Day == 1 && start.Year == end.Year)
        {
            return start.Month == end.Month
                ? start.ToString("MMMM yyyy", s_culture)
                : $"{start.ToString("MMMM", s_culture)}–{end.ToString("MMMM yyyy", s_culture)}";
        }

        return $"{start.ToString("MMM yyyy", s_culture)}–{end.ToString("MMM yyyy", s_culture)}";
    }

    private static string Large(decimal value) => Math.Abs(value) switch
    {
        >= 1_000_000_000m => (value / 1_000_000_000m).ToString("0.##", s_culture) + " billion",
        >= 1_000_000m => (value / 1_000_000m).ToString("0.##", s_culture) + " million",
        _ => value.ToString("#,0.##", s_culture),
    };
}
