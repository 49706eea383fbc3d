using System.Globalization;
using Entente.Web;
using Entente.Web.Charts;
using Microsoft.Extensions.Localization;

namespace Entente.Indicators;

/// <summary>
/// The chart of a series: stated points on a line, derived points hollow and apart, points in a conflict marked with a
/// red triangle; every point opens its sources page. The data table carries the same points with their sources.
/// </summary>
public static class SeriesChart
{
    private const string StatedColour = "#2f5bd3";

    /// <summary>The chart of <paramref name="series"/>, its legend, table and description in the reader's language.</summary>
    public static ChartModel For(SeriesView series, IStringLocalizer<IndicatorsText> texts)
    {
        var key = series.Indicator.Key;
        var axis = PeriodAxis.For(series.Points.Select(p => (p.PeriodStart, p.PeriodEnd)));
        object Item(SeriesPointView p) => new
        {
            value = new object[] { axis.SlotOf(p.PeriodStart, p.PeriodEnd), p.Value },
            name = $"{Format.Period(p.PeriodStart, p.PeriodEnd)}: {Format.Value(p.Value, p.Unit, p.Qualifier)} ({Sources(p, texts)})",
            url = $"/indicators/{Uri.EscapeDataString(key)}/points/{p.Id}",
        };

        var stated = series.Points.Where(p => !p.Derived).ToList();
        var derived = series.Points.Where(p => p.Derived).ToList();
        var contested = series.Points.Where(p => p.ConflictIds.Count > 0).ToList();
        string statedName = texts["Stated"], derivedName = texts["Derived"], conflictName = texts["In conflict"];
        var option = new
        {
            tooltip = new { trigger = "item" },
            legend = new { top = 0, data = new[] { statedName, derivedName, conflictName } },
            grid = new { left = 8, right = 16, top = 48, bottom = 8 },
            xAxis = new { type = "category", data = axis.Labels },
            yAxis = new { type = "value", name = Format.Kind(series.Indicator.Unit), scale = true },
            series = new object[]
            {
                // The line joins the stated values slot by slot and stops at a gap; the points are drawn apart, so two
                // values for one period stand side by side instead of being joined by a vertical stroke.
                new { name = statedName, type = "line", symbol = "none", silent = true, itemStyle = new { color = StatedColour }, lineStyle = new { color = StatedColour }, connectNulls = false, data = axis.LineValues(stated.Select(p => (p.PeriodStart, p.PeriodEnd, p.Value))) },
                new { name = statedName, type = "scatter", symbol = "circle", symbolSize = 9, itemStyle = new { color = StatedColour }, data = stated.Select(Item).ToList() },
                new { name = derivedName, type = "scatter", symbol = "emptyCircle", symbolSize = 12, itemStyle = new { color = "#6b4fbb", borderType = "dashed", borderWidth = 2 }, data = derived.Select(Item).ToList() },
                new { name = conflictName, type = "scatter", symbol = "triangle", symbolSize = 16, z = 3, itemStyle = new { color = "#b3261e" }, data = contested.Select(Item).ToList() },
            },
        };

        var rows = series.Points.Select(p => (IReadOnlyList<string>)
        [
            Format.Period(p.PeriodStart, p.PeriodEnd),
            Format.Value(p.Value, p.Unit, p.Qualifier),
            Format.Kind(p.PeriodPrecision),
            Format.Kind(p.Derived ? "derived" : "stated"),
            Sources(p, texts),
            p.ConflictIds.Count == 0 ? "—" : string.Join(", ", p.ConflictIds.Select(id => "#" + id.ToString(CultureInfo.InvariantCulture))),
        ]).ToList();
        return new ChartModel($"series-{key}", $"{series.Indicator.Name} ({Format.Kind(series.Indicator.Unit)})", option,
            new ChartTable([texts["Period"], texts["Value"], texts["Precision"], texts["Kind"], texts["Sources"], texts["Conflicts"]], rows))
        {
            Description = texts["Hollow points are derived from a total and its growth rate; red triangles are in a conflict. Select a point to see its sources."],
            Size = ChartSize.Large,
        };
    }

    private static string Sources(SeriesPointView p, IStringLocalizer<IndicatorsText> texts) => p.Derived
        ? Format.Kind("derived")
        : texts["sources: {0}", p.IndependentSources];
}
