using System.Globalization;
using Entente.Storage;
using Entente.Text.Analysis;
using Entente.Text.Series;
using Entente.Web;
using Microsoft.EntityFrameworkCore;

namespace Entente.Indicators;

/// <summary>
/// Derived points: a total stated with its year-on-year growth implies the total of the year before. A derived point
/// is only drawn where no source states that period itself (then the conflict detector compares the two instead).
/// </summary>
public static class DerivedValues
{
    /// <summary>Brings the derived points of <paramref name="indicatorKeys"/> in line with their stated points, keeping unchanged ones (and their ids).</summary>
    public static async Task RecomputeAsync(EntenteDb db, IReadOnlyCollection<string> indicatorKeys, CancellationToken ct)
    {
        if (indicatorKeys.Count == 0)
        {
            return;
        }

        var all = await db.Observations.Include(o => o.Sources)
            .Where(o => indicatorKeys.Contains(o.IndicatorKey))
            .ToListAsync(ct);
        var stated = all.Where(o => !o.Derived).ToList();
        var statedPeriods = stated.Select(o => (o.IndicatorKey, o.PeriodStart, o.PeriodEnd)).ToHashSet();

        var wanted = new Dictionary<(int From, DateOnly Start, DateOnly End, decimal Value), Observation>();
        foreach (var point in stated.OrderBy(o => o.Id))
        {
            foreach (var rate in point.Sources.Where(s => s.ChangePercent is not null).Select(s => s.ChangePercent!.Value).Distinct().Order())
            {
                var claim = new Claim(default)
                {
                    Indicator = point.IndicatorKey,
                    Period = new Period(point.PeriodStart, point.PeriodEnd),
                    Value = point.Value,
                    Unit = point.Unit,
                    Change = new Change(rate, "percent"),
                };
                if (GrowthArithmetic.PreviousTotal(claim) is not { } implied
                    || statedPeriods.Contains((point.IndicatorKey, implied.Period.Start, implied.Period.End)))
                {
                    continue;
                }

                wanted.TryAdd((point.Id, implied.Period.Start, implied.Period.End, implied.Value), Derive(point, rate, implied));
            }
        }

        var existing = all.Where(o => o.Derived).ToList();
        foreach (var old in existing.Where(o => !wanted.ContainsKey((o.DerivedFromId ?? 0, o.PeriodStart, o.PeriodEnd, o.Value))))
        {
            db.Observations.Remove(old);
        }

        var kept = existing.Select(o => (o.DerivedFromId ?? 0, o.PeriodStart, o.PeriodEnd, o.Value)).ToHashSet();
        db.Observations.AddRange(wanted.Where(w => !kept.Contains(w.Key)).Select(w => w.Value));
        await db.SaveChangesAsync(ct);
    }

    private static Observation Derive(Observation from, decimal rate, ImpliedValue implied) => new()
    {
        IndicatorKey = from.IndicatorKey,
        Value = implied.Value,
        Unit = from.Unit,
        PeriodStart = implied.Period.Start,
        PeriodEnd = implied.Period.End,
        PeriodPrecision = PeriodPrecision.Of(implied.Period),
        Qualifier = Text.Vocabulary.Qualifiers.Approximately,
        Derived = true,
        DerivedFromId = from.Id,
        Note = string.Create(CultureInfo.InvariantCulture,
            $"Derived: {Format.Value(from.Value, from.Unit, from.Qualifier)} for {Format.Period(from.PeriodStart, from.PeriodEnd)} was stated as {(rate >= 0 ? "up" : "down")} {Math.Abs(rate):0.##} percent on the year before."),
    };
}
