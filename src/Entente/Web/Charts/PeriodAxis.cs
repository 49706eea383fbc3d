namespace Entente.Web.Charts;

/// <summary>
/// The category axis of a series of periods, as a reader names them. A series of whole calendar years gets every
/// year from its first to its last, so a year without a value stays an empty slot (a gap, not a line across it);
/// any other series gets its periods in order. <see cref="LineValues"/> joins only what was stated: a slot with
/// one value is on the line, a slot with none or with two different values breaks it (two values are two points).
/// </summary>
public sealed class PeriodAxis
{
    private readonly Dictionary<(DateOnly Start, DateOnly End), int> _slots;

    private PeriodAxis(IReadOnlyList<string> labels, Dictionary<(DateOnly, DateOnly), int> slots)
    {
        Labels = labels;
        _slots = slots;
    }

    /// <summary>The axis labels in the reader's language: "2019", "2020"… or the periods as <see cref="Format.Period"/> says them.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The axis of <paramref name="periods"/> (repeats allowed).</summary>
    public static PeriodAxis For(IEnumerable<(DateOnly Start, DateOnly End)> periods)
    {
        var distinct = periods.Distinct().OrderBy(p => p.End).ThenBy(p => p.Start).ToList();
        if (distinct.Count > 0 && distinct.All(IsCalendarYear))
        {
            var first = distinct[0].Start.Year;
            var years = Enumerable.Range(first, distinct[^1].Start.Year - first + 1).ToList();
            return new PeriodAxis(
                [.. years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))],
                distinct.ToDictionary(p => p, p => p.Start.Year - first));
        }

        return new PeriodAxis(
            [.. distinct.Select(p => Format.Period(p.Start, p.End))],
            distinct.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i));
    }

    /// <summary>The slot (category index) of a period on this axis.</summary>
    public int SlotOf(DateOnly start, DateOnly end) => _slots[(start, end)];

    /// <summary>
    /// One value per slot for a line: the stated value when the slot has exactly one (repeats of the same number
    /// count once), null otherwise, so the line never passes through a value no source gave.
    /// </summary>
    public IReadOnlyList<decimal?> LineValues(IEnumerable<(DateOnly Start, DateOnly End, decimal Value)> stated)
    {
        var bySlot = stated.GroupBy(p => SlotOf(p.Start, p.End)).ToDictionary(g => g.Key, g => g.Select(p => p.Value).Distinct().ToList());
        return [.. Labels.Select((_, slot) => bySlot.TryGetValue(slot, out var values) && values.Count == 1 ? values[0] : (decimal?)null)];
    }

    private static bool IsCalendarYear((DateOnly Start, DateOnly End) p) =>
        p.Start.Month == 1 && p.Start.Day == 1 && p.End.Month == 12 && p.End.Day == 31 && p.Start.Year == p.End.Year;
}
