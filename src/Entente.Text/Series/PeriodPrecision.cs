using Entente.Text.Analysis;

namespace Entente.Text.Series;

/// <summary>
/// How precisely a period is stated, read from its first and last day: "January–November 2021" is
/// <c>months</c>, not <c>year</c>, so a series never treats eleven months as a whole year.
/// </summary>
public static class PeriodPrecision
{
    public const string Day = "day";
    public const string Month = "month";
    public const string Quarter = "quarter";
    public const string HalfYear = "half-year";
    public const string Year = "year";

    /// <summary>Several whole months that are not a quarter, half or year ("January–November").</summary>
    public const string Months = "months";

    /// <summary>Several whole years ("2024–2026").</summary>
    public const string Years = "years";

    /// <summary>Any other run of days.</summary>
    public const string Range = "range";

    public static string Of(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (start, end) = (period.Start, period.End);
        if (start == end)
        {
            return Day;
        }

        var wholeMonths = start.Day == 1 && end.AddDays(1).Day == 1 && end >= start;
        if (!wholeMonths)
        {
            return Range;
        }

        var months = (end.Year - start.Year) * 12 + end.Month - start.Month + 1;
        if (months % 12 == 0 && start.Month == 1)
        {
            return months == 12 ? Year : Years;
        }

        return months switch
        {
            1 => Month,
            3 when (start.Month - 1) % 3 == 0 => Quarter,
            6 when start.Month is 1 or 7 => HalfYear,
            _ => Months,
        };
    }

    /// <summary>The same period one year earlier: what a year-on-year growth rate compares with.</summary>
    public static Period YearBefore(Period period)
    {
        ArgumentNullException.ThrowIfNull(period);
        // 29 February has no year-earlier twin; the last day of February stands for it.
        return new Period(period.Start.AddYears(-1), period.End.AddDays(1).AddYears(-1).AddDays(-1));
    }
}
