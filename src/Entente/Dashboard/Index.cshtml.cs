using Entente.Consultations;
using Entente.Storage;
using Entente.Web.Charts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Entente.Dashboard;

/// <summary>The dashboard: implementation at a glance for signed-in users; indicators and the legal base for everyone.</summary>
[AllowAnonymous]
public sealed class IndexModel(EntenteDb db, IOptions<ConsultationDeadlineOptions> deadlines) : PageModel
{
    /// <summary>The first indicator compared.</summary>
    [BindProperty(SupportsGet = true, Name = "a")]
    public string? CompareA { get; set; }

    /// <summary>The second indicator compared.</summary>
    [BindProperty(SupportsGet = true, Name = "b")]
    public string? CompareB { get; set; }

    public DashboardData Data { get; private set; } = null!;

    public IReadOnlyList<ChartModel> Charts { get; private set; } = [];

    public IndicatorSeries? ComparedA { get; private set; }

    public IndicatorSeries? ComparedB { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Data = await DashboardApi.LoadAsync(db, deadlines.Value, ct);
        Charts = DashboardCharts.All(Data, CompareA, CompareB);
        (ComparedA, ComparedB) = DashboardCharts.ComparedPair(Data, CompareA, CompareB);
    }

    public ChartModel? Chart(string id) => Charts.FirstOrDefault(c => c.Id == id);

    public IEnumerable<ChartModel> ChartsStartingWith(string prefix) => Charts.Where(c => c.Id.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The CSV address of a chart's table (the comparison keeps its picks).</summary>
    public string CsvUrl(ChartModel chart) =>
        chart.Id == "compare" && ComparedA is not null && ComparedB is not null
            ? $"/api/dashboard/charts/compare.csv?a={Uri.EscapeDataString(ComparedA.Key)}&b={Uri.EscapeDataString(ComparedB.Key)}"
            : $"/api/dashboard/charts/{chart.Id}.csv";

    /// <summary>"3 days left", "5 hours left", "passed 2 days ago".</summary>
    public static string TimeLeft(double hours)
    {
        var span = TimeSpan.FromHours(Math.Abs(hours));
        var amount = span.TotalDays >= 2 ? $"{(int)span.TotalDays} days" : $"{(int)Math.Ceiling(span.TotalHours)} hours";
        return hours >= 0 ? $"{amount} left" : $"passed {amount} ago";
    }
}
