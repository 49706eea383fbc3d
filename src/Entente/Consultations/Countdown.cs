using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Entente.Consultations;

/// <summary>How long until a deadline, or how long since it passed, in words of the reader's language ("in 23 hours", "2 days late").</summary>
public static class Countdown
{
    public static string Of(DateTimeOffset deadline, DateTimeOffset now, IStringLocalizer text)
    {
        var left = deadline - now;
        var span = left.Duration();
        var ahead = left >= TimeSpan.Zero;
        if (span.TotalHours >= 48)
        {
            var days = Number((int)span.TotalDays);
            return ahead ? text["in {0} days", days] : text["{0} days late", days];
        }

        if (span.TotalMinutes >= 60)
        {
            var hours = Number((int)span.TotalHours);
            return ahead ? text["in {0} hours", hours] : text["{0} hours late", hours];
        }

        var minutes = Number(Math.Max(1, (int)span.TotalMinutes));
        return ahead ? text["in {0} minutes", minutes] : text["{0} minutes late", minutes];
    }

    private static string Number(int value) => value.ToString(CultureInfo.CurrentCulture);
}

/// <summary>A deadline as a page shows it: when, the page's "now", and whether it is still to be met.</summary>
public sealed record DeadlineShown(DateTimeOffset At, DateTimeOffset Now, bool Pending);
