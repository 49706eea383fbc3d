using Entente.Text.Analysis;

namespace Entente.Text.Series;

/// <summary>A value computed from a stated one: the previous period's total a growth rate implies.</summary>
/// <param name="Period">The period the computed value covers.</param>
/// <param name="Value">The computed value, rounded to <see cref="GrowthArithmetic.SignificantDigits"/> digits.</param>
public sealed record ImpliedValue(Period Period, decimal Value);

/// <summary>What a total and its growth rate say about the period before.</summary>
public static class GrowthArithmetic
{
    /// <summary>Sources round their totals and rates; more digits than this would claim a precision nobody stated.</summary>
    public const int SignificantDigits = 3;

    /// <summary>
    /// "US$3.4 billion in 2021, up 16 percent" implies about US$2.93 billion in 2020. Null when the change is not against
    /// the same period a year earlier, or would divide by zero (a fall of 100 percent).
    /// </summary>
    public static ImpliedValue? PreviousTotal(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        if (claim.Change is not { Unit: "percent" } change || change.Value <= -100)
        {
            return null;
        }

        var before = PeriodPrecision.YearBefore(claim.Period);
        if (change.Since is { } since && since != before)
        {
            return null;
        }

        return new ImpliedValue(before, Significant(claim.Value / (1 + change.Value / 100), SignificantDigits));
    }

    /// <summary>Rounds to <paramref name="digits"/> significant digits: 2,931,034,482.76 → 2,930,000,000.</summary>
    public static decimal Significant(decimal value, int digits)
    {
        if (value == 0)
        {
            return 0;
        }

        var magnitude = (int)Math.Floor(Math.Log10((double)Math.Abs(value)));
        var scale = digits - 1 - magnitude;
        if (scale >= 0)
        {
            return Math.Round(value, Math.Min(scale, 28), MidpointRounding.AwayFromZero);
        }

        var factor = Pow10(-scale);
        return Math.Round(value / factor, MidpointRounding.AwayFromZero) * factor;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }
}
