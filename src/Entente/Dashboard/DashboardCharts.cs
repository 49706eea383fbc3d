using System.Globalization;
using Entente.Reports;
using Entente.Web;
using Entente.Web.Charts;
using Microsoft.Extensions.Localization;

namespace Entente.Dashboard;

/// <summary>
/// The dashboard's charts from its data: ECharts options and the tables behind them. Pure, so the page, the CSV
/// download of each chart's table and the tests all see the same charts.
/// </summary>
public static class DashboardCharts
{
    private static readonly Dictionary<string, string> s_statusColours = new(StringComparer.Ordinal)
    {
        ["not-started"] = "#8a8f98",
        ["in-progress"] = "#0072b2",
        ["achieved"] = "#009e73",
        ["stalled"] = "#e69f00",
        ["at-risk"] = "#d55e00",
        [ReportBuilder.Disagreement] = "#cc79a7",
        [ReportBuilder.Pending] = "#c9ced6",
    };

    // A long name beside a bar wraps onto a second line instead of running over its neighbour (or off the chart).
    private static readonly object WrappedLabel = new { interval = 0, width = 130, overflow = "break", lineHeight = 14 };

    private const string IndicatorColour = "#0072b2";

    /// <summary>Every chart of <paramref name="data"/>, its titles, legends and tables in the reader's language.</summary>
    public static IReadOnlyList<ChartModel> All(DashboardData data, string? compareA, string? compareB, IStringLocalizer<DashboardText> texts)
    {
        var charts = new List<ChartModel>();
        if (data.Commitments is { } commitments)
        {
            charts.Add(Commitments(commitments, DashboardQueries.JointView, texts["Commitments by sphere: where the Parties stand jointly"], texts));
            charts.AddRange(data.Parties.Select(p => Commitments(commitments, p, texts["Commitments by sphere as assessed by {0}", p], texts)));
        }

        if (data.Roadmaps is { Count: > 0 } roadmaps)
        {
            charts.Add(Roadmaps(roadmaps, data.Baseline, texts));
        }

        charts.AddRange(data.Indicators.Where(i => i.Points.Count > 0).Select(i => Indicator(i, texts)));
        if (Comparison(data, compareA, compareB, texts) is { } comparison)
        {
            charts.Add(comparison);
        }

        charts.Add(LegalBase(data.LegalBase, texts));
        charts.Add(Timeline(data.Timeline, texts));
        return charts;
    }

    /// <summary>The two indicators compared: the ones asked for, else the first two that have values.</summary>
    public static (IndicatorSeries? A, IndicatorSeries? B) ComparedPair(DashboardData data, string? a, string? b)
    {
        var withValues = data.Indicators.Where(i => i.Points.Count > 0).ToList();
        // Without a choice, the two longest series: a comparison of single values says little.
        var longest = withValues.OrderByDescending(i => i.Points.Select(p => p.PeriodEnd).Distinct().Count()).ToList();
        var first = withValues.FirstOrDefault(i => i.Key == a) ?? longest.FirstOrDefault();
        var second = withValues.FirstOrDefault(i => i.Key == b && i != first) ?? longest.FirstOrDefault(i => i != first);
        return (first, second);
    }

    private static ChartModel Commitments(IReadOnlyList<SphereStatusCount> counts, string view, string title, IStringLocalizer<DashboardText> texts)
    {
        var own = counts.Where(c => c.View == view).ToList();
        var spheres = own.Select(c => c.Sphere).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var statuses = ReportBuilder.StatusColumns.Where(s => own.Any(c => c.Status == s)).ToList();
        int Count(string sphere, string status) => own.FirstOrDefault(c => c.Sphere == sphere && c.Status == status)?.Count ?? 0;
        var option = new
        {
            tooltip = new { trigger = "axis" },
            legend = new { top = 0 },
            grid = new { left = 8, right = 16, bottom = 8, top = 40 },
            xAxis = new { type = "value", minInterval = 1 },
            yAxis = new { type = "category", data = spheres.Select(Format.Sphere).ToList(), inverse = true, axisLabel = WrappedLabel },
            series = statuses.Select(s => new
            {
                name = Label(s),
                type = "bar",
                stack = "total",
                itemStyle = new { color = s_statusColours.GetValueOrDefault(s, "#555555") },
                data = spheres.Select(sphere => Count(sphere, s)).ToList(),
            }).ToList(),
        };
        var table = new ChartTable(
            [texts["Sphere"], .. statuses.Select(Label), texts["Total"]],
            [.. spheres.Select(sphere => (IReadOnlyList<string>)[Format.Sphere(sphere), .. statuses.Select(s => N(Count(sphere, s))), N(statuses.Sum(s => Count(sphere, s)))])]);
        return new ChartModel($"commitments-{view.ToLowerInvariant()}", title, option, table)
        {
            Description = view == DashboardQueries.JointView
                ? texts["Joint when both Parties' assessments you may see agree; pending while one is missing or not visible to you."]
                : texts["The assessments of {0}, where you may see them.", view],
        };
    }

    private static ChartModel Roadmaps(IReadOnlyList<RoadmapProgress> roadmaps, string? baseline, IStringLocalizer<DashboardText> texts)
    {
        var option = new
        {
            tooltip = new { trigger = "axis" },
            legend = new { top = 0 },
            grid = new { left = 8, right = 16, bottom = 8, top = 40 },
            xAxis = new { type = "value", minInterval = 1 },
            yAxis = new { type = "category", data = roadmaps.Select(r => r.Title ?? texts["No roadmap"]).ToList(), inverse = true, axisLabel = WrappedLabel },
            series = new object[]
            {
                new { name = texts["Due by today (planned)"].Value, type = "bar", itemStyle = new { color = "#8a8f98" }, data = roadmaps.Select(r => r.Planned).ToList() },
                new { name = texts["Done"].Value, type = "bar", itemStyle = new { color = "#009e73" }, data = roadmaps.Select(r => r.Done).ToList() },
                new { name = texts["Overdue"].Value, type = "bar", itemStyle = new { color = "#d55e00" }, data = roadmaps.Select(r => r.Overdue).ToList() },
            },
        };
        var table = new ChartTable([texts["Roadmap"], texts["Items"], texts["Due by today"], texts["Done"], texts["Overdue"]],
            [.. roadmaps.Select(r => (IReadOnlyList<string>)[r.Title ?? texts["No roadmap"], N(r.Items), N(r.Planned), N(r.Done), N(r.Overdue)])]);
        return new ChartModel("roadmaps", texts["Roadmap progress against the baseline"], option, table)
        {
            Description = baseline is null ? texts["No baseline is frozen yet: planned dates are the current ones."] : texts["Planned dates from the baseline “{0}”.", baseline],
            Size = roadmaps.Count > 6 ? ChartSize.Large : ChartSize.Medium,
        };
    }

    private static ChartModel Indicator(IndicatorSeries indicator, IStringLocalizer<DashboardText> texts)
    {
        var axis = PeriodAxis.For(indicator.Points.Select(p => (p.PeriodStart, p.PeriodEnd)));
        var stated = indicator.Points.Where(p => !p.Derived).ToList();
        object Item(SeriesPoint p) => new
        {
            value = new object[] { axis.SlotOf(p.PeriodStart, p.PeriodEnd), p.Value },
            name = $"{Period(p)}: {Format.Value(p.Value, indicator.Unit, p.Qualifier)}",
        };
        var option = new
        {
            tooltip = new { trigger = "item" },
            grid = new { left = 8, right = 16, bottom = 8, top = 24 },
            xAxis = new { type = "category", data = axis.Labels },
            yAxis = new { type = "value", name = UnitName(indicator.Unit, texts) },
            series = new object[]
            {
                new { name = indicator.Name, type = "line", symbol = "none", silent = true, itemStyle = new { color = IndicatorColour }, lineStyle = new { color = IndicatorColour }, connectNulls = false, data = axis.LineValues(stated.Select(p => (p.PeriodStart, p.PeriodEnd, p.Value))) },
                new { name = indicator.Name, type = "scatter", symbolSize = 8, itemStyle = new { color = IndicatorColour }, data = stated.Select(Item).ToList() },
                new { name = indicator.Name, type = "scatter", symbol = "emptyCircle", symbolSize = 10, itemStyle = new { color = IndicatorColour }, data = indicator.Points.Where(p => p.Derived).Select(Item).ToList() },
            },
        };
        var table = new ChartTable([texts["Period"], texts["Value"], texts["Source"]],
            [.. indicator.Points.Select(p => (IReadOnlyList<string>)[Period(p), Format.Value(p.Value, indicator.Unit, p.Qualifier) + (p.Derived ? " " + texts["(derived)"] : string.Empty), p.Source])]);
        return new ChartModel($"indicator-{indicator.Key}", indicator.Name, option, table)
        {
            Description = texts["Sources: {0}", string.Join("; ", indicator.Points.Select(p => p.Source).Distinct(StringComparer.Ordinal))],
            Size = ChartSize.Small,
        };
    }

    private static ChartModel? Comparison(DashboardData data, string? a, string? b, IStringLocalizer<DashboardText> texts)
    {
        var (first, second) = ComparedPair(data, a, b);
        if (first is null || second is null)
        {
            return null;
        }

        // Both series on one time axis of periods; each keeps its own value axis, since units differ.
        var periods = first.Points.Concat(second.Points).Select(p => p.PeriodEnd).Distinct().Order().ToList();
        decimal? At(IndicatorSeries series, DateOnly end) => series.Points.LastOrDefault(p => p.PeriodEnd == end)?.Value;
        var option = new
        {
            tooltip = new { trigger = "axis" },
            legend = new { top = 0 },
            grid = new { left = 8, right = 8, bottom = 8, top = 48 },
            xAxis = new { type = "category", data = periods.Select(p => Format.Date(p)).ToList() },
            yAxis = new object[] { new { type = "value", name = UnitName(first.Unit, texts) }, new { type = "value", name = UnitName(second.Unit, texts) } },
            series = new object[]
            {
                new { name = first.Name, type = "line", connectNulls = false, yAxisIndex = 0, data = periods.Select(p => At(first, p)).ToList() },
                new { name = second.Name, type = "line", connectNulls = false, yAxisIndex = 1, data = periods.Select(p => At(second, p)).ToList() },
            },
        };
        var table = new ChartTable([texts["Period ending"], first.Name, second.Name],
            [.. periods.Select(p => (IReadOnlyList<string>)[Format.Date(p), Value(first, At(first, p)), Value(second, At(second, p))])]);
        return new ChartModel("compare", texts["{0} compared with {1}", first.Name, second.Name], option, table)
        {
            Description = texts["Each indicator on its own axis (left, right); periods are matched by their last day."],
        };
    }

    private static ChartModel LegalBase(LegalBaseGraph graph, IStringLocalizer<DashboardText> texts)
    {
        var kinds = graph.Nodes.Select(n => n.Kind).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var linked = graph.Links.SelectMany(l => new[] { l.From, l.To }).ToHashSet();
        var option = new
        {
            tooltip = new { formatter = "{b}" },
            legend = new { top = 0, data = kinds.Select(Label).ToList() },
            series = new[]
            {
                new
                {
                    type = "graph",
                    layout = "force",
                    roam = true,
                    draggable = true,
                    top = 40,
                    force = new { repulsion = 260, edgeLength = 110 },
                    label = new { show = true, position = "right", width = 160, overflow = "truncate" },
                    edgeSymbol = new[] { "none", "arrow" },
                    edgeLabel = new { show = true, formatter = "{c}", fontSize = 10 },
                    categories = kinds.Select(k => new { name = Label(k) }).ToList(),
                    data = graph.Nodes.Select(n => new
                    {
                        id = N(n.Id),
                        name = n.Title,
                        category = kinds.IndexOf(n.Kind),
                        symbolSize = linked.Contains(n.Id) ? 22 : 12,
                        url = n.Url,
                    }).ToList(),
                    links = graph.Links.Select(l => new { source = N(l.From), target = N(l.To), value = Label(l.Kind) }).ToList(),
                },
            },
        };
        var titles = graph.Nodes.ToDictionary(n => n.Id, n => n.Title);
        var table = new ChartTable([texts["Agreement"], texts["Relation"], texts["Other agreement"]],
            [.. graph.Links.Select(l => (IReadOnlyList<string>)[titles[l.From], Label(l.Kind), titles[l.To]]),
             .. graph.Nodes.Where(n => !linked.Contains(n.Id)).Select(n => (IReadOnlyList<string>)[n.Title, texts["no recorded relation"], "—"])]);
        return new ChartModel("legal-base", texts["The legal base as a graph of relations"], option, table)
        {
            Description = texts["An arrow runs from an agreement to the one it proceeds from, implements, references, supersedes or amends; select an agreement to open it."],
            Size = ChartSize.Large,
        };
    }

    private static ChartModel Timeline(IReadOnlyList<TimelineEntry> entries, IStringLocalizer<DashboardText> texts)
    {
        string[] lanes = [TimelineEntry.Agreement, TimelineEntry.Event, TimelineEntry.Session];
        string[] laneNames = [texts["Agreements"], texts["Events"], texts["Commission sessions"]];
        var option = new
        {
            tooltip = new { formatter = "{b}" },
            grid = new { left = 8, right = 24, bottom = 8, top = 16 },
            xAxis = new { type = "time" },
            yAxis = new { type = "category", data = laneNames },
            dataZoom = new object[] { new { type = "inside" }, new { type = "slider", height = 18, bottom = 0 } },
            series = new[]
            {
                new
                {
                    type = "scatter",
                    symbolSize = 12,
                    data = entries.Select(e => new
                    {
                        name = $"{e.Title} ({Format.Date(e.Date)})",
                        value = new object[] { e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Math.Max(0, Array.IndexOf(lanes, e.Kind)) },
                        url = e.Url,
                    }).ToList(),
                },
            },
        };
        var table = new ChartTable([texts["Date"], texts["Kind"], texts["What"]],
            [.. entries.Select(e => (IReadOnlyList<string>)[Format.Date(e.Date), laneNames[Math.Max(0, Array.IndexOf(lanes, e.Kind))], e.Title])]);
        return new ChartModel("timeline", texts["The legal base, events and commission sessions over time"], option, table)
        {
            Description = texts["Scroll or drag the slider to zoom into a period; select a point to open it."],
        };
    }

    private static string Period(SeriesPoint p) => Format.Period(p.PeriodStart, p.PeriodEnd);

    private static string Value(IndicatorSeries series, decimal? value) =>
        value is { } v ? Format.Amount(v, series.Unit) : "—";

    private static string UnitName(string unit, IStringLocalizer<DashboardText> texts) => unit switch
    {
        "count" => texts["number"],
        "percent" => "%",
        "USD" => "US$",
        _ => unit,
    };

    /// <summary>The name of a status, agreement kind or relation in the reader's language.</summary>
    private static string Label(string key) => Format.Kind(key);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
