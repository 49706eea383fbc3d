using System.Globalization;
using Entente.Web;
using Entente.Web.Charts;

namespace Entente.Indicators;

/// <summary>
/// The chart of a series: stated points on a line, derived points hollow and apart, points in a conflict marked with a
/// red triangle; every point opens its sources page. The data table carries the same points with their sources.
/// </summary>
public static class SeriesChart
{
    public static ChartModel For(SeriesView series)
    {
        var key = series.Indicator.Key;
        object Item(SeriesPointView p) => new
        {
            value = new object[] { Middle(p).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), p.Value },
            name = $"{Format.Period(p.PeriodStart, p.PeriodEnd)}: {Format.Value(p.Value, p.Unit, p.Qualifier)} ({Sources(p)})",
            url = $"/indicators/{Uri.EscapeDataString(key)}/points/{p.Id}",
        };

        var stated = series.Points.Where(p => !p.Derived).OrderBy(Middle).ToList();
        var derived = series.Points.Where(p => p.Derived).ToList();
        var contested = series.Points.Where(p => p.ConflictIds.Count > 0).ToList();
        var option = new
        {
            tooltip = new { trigger = "item" },
            legend = new { top = 0, data = new[] { "Stated", "Derived", "In conflict" } },
            grid = new { left = 100, right = 32, top = 56, bottom = 40 },
            xAxis = new { type = "time" },
            yAxis = new { type = "value", name = series.Indicator.Unit, scale = true },
            series = new object[]
            {
                new { name = "Stated", type = "line", symbol = "circle", symbolSize = 9, data = stated.Select(Item).ToList() },
                new { name = "Derived", type = "scatter", symbol = "emptyCircle", symbolSize = 12, itemStyle = new { color = "#6b4fbb", borderType = "dashed", borderWidth = 2 }, data = derived.Select(Item).ToList() },
                new { name = "In conflict", type = "scatter", symbol = "triangle", symbolSize = 16, z = 3, itemStyle = new { color = "#b3261e" }, data = contested.Select(Item).ToList() },
            },
        };

        var rows = series.Points.Select(p => (IReadOnlyList<string>)
        [
            Format.Period(p.PeriodStart, p.PeriodEnd),
            Format.Value(p.Value, p.Unit, p.Qualifier),
            p.PeriodPrecision,
            p.Derived ? "derived" : "stated",
            Sources(p),
            p.ConflictIds.Count == 0 ? "—" : string.Join(", ", p.ConflictIds.Select(id => "#" + id.ToString(CultureInfo.InvariantCulture))),
        ]).ToList();
        return new ChartModel($"series-{key}", $"{series.Indicator.Name} ({series.Indicator.Unit})", option,
            new ChartTable(["Period", "Value", "Precision", "Kind", "Sources", "Conflicts"], rows))
        {
            Description = "Hollow points are derived from a total and its growth rate; red triangles are in a conflict. Select a point to see its sources.",
            Size = ChartSize.Large,
        };
    }

    // A total for 2019 is drawn in the middle of 2019, not on its last day (which an axis labels "2020").
    private static DateOnly Middle(SeriesPointView p) => p.PeriodStart.AddDays((p.PeriodEnd.DayNumber - p.PeriodStart.DayNumber) / 2);

    private static string Sources(SeriesPointView p) => p.Derived
        ? "derived"
        : p.Sources.Count == 1 ? "1 source" : $"{p.Sources.Count.ToString(CultureInfo.InvariantCulture)} sources";
}
