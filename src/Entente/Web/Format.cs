using System.Globalization;
using Entente.Text.Vocabulary;

namespace Entente.Web;

/// <summary>
/// How values are written on the pages, in the request's culture (<see cref="CultureInfo.CurrentCulture"/>, set by
/// request localization): dates ("24 November 2026", "24 ноября 2026 г."), numbers, and the names of keys.
/// </summary>
public static class Format
{
    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", Culture) ?? Names.Text("date unknown");

    /// <summary>A date as precisely as it is known (<see cref="Text.Analysis.DatePrecision"/>): "2023", "March 2023", "5 March 2023".</summary>
    public static string Date(DateOnly? date, string? precision) => date is not { } day ? Date(date) : precision switch
    {
        Text.Analysis.DatePrecision.Year => day.ToString("yyyy", Culture),
        Text.Analysis.DatePrecision.Month => day.ToString("MMMM yyyy", Culture),
        _ => Date(date),
    };

    /// <summary>A moment in UTC, to the minute: "24 November 2026 03:50 UTC".</summary>
    public static string Instant(DateTimeOffset? at) => at?.ToUniversalTime().ToString("d MMMM yyyy HH:mm 'UTC'", Culture) ?? "—";

    /// <summary>The display name of a kebab-case key: a status, kind, role, visibility or classification.</summary>
    public static string Kind(string key) => Names.Of(key, key.Replace('-', ' '));

    public static string Sphere(string key) => Names.Of("sphere:" + key, Spheres.LabelOf(key));

    public static string Modality(string key) => Names.Of("modality:" + key, key);

    /// <summary>A whole number in the request's culture ("11,000", "11 000").</summary>
    public static string Number(int value) => value.ToString("#,0", Culture);

    /// <summary>A value with its unit and qualifier: "almost US$3.4 billion", "over 11,000".</summary>
    public static string Value(decimal value, string unit, string qualifier)
    {
        var template = qualifier switch
        {
            Qualifiers.Almost => "almost {0}",
            Qualifiers.Over => "over {0}",
            Qualifiers.AtLeast => "at least {0}",
            Qualifiers.Approximately => "about {0}",
            Qualifiers.AtMost => "at most {0}",
            Qualifiers.Under => "under {0}",
            _ => "{0}",
        };
        return string.Format(Culture, Names.Text(template), Amount(value, unit));
    }

    public static string Amount(decimal value, string unit) => unit switch
    {
        "percent" => value.ToString("0.##", Culture) + "%",
        "USD" => "US$" + Large(value),
        "count" => value.ToString("#,0.##", Culture),
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
                ? start.ToString("MMMM yyyy", Culture)
                : $"{start.ToString("MMMM", Culture)}–{end.ToString("MMMM yyyy", Culture)}";
        }

        return $"{start.ToString("MMM yyyy", Culture)}–{end.ToString("MMM yyyy", Culture)}";
    }

    private static string Large(decimal value) => Math.Abs(value) switch
    {
        >= 1_000_000_000m => string.Format(Culture, Names.Text("{0} billion"), (value / 1_000_000_000m).ToString("0.##", Culture)),
        >= 1_000_000m => string.Format(Culture, Names.Text("{0} million"), (value / 1_000_000m).ToString("0.##", Culture)),
        _ => value.ToString("#,0.##", Culture),
    };
}
