using Entente.Consultations;
using Entente.Storage;
using Entente.Web.Charts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Entente.Dashboard;

/// <summary>The dashboard: implementation at a glance for signed-in users; indicators and the legal base for everyone.</summary>
[AllowAnonymous]
public sealed class IndexModel(EntenteDb db, IOptions<ConsultationDeadlineOptions> deadlines, IStringLocalizer<DashboardText> texts) : PageModel
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
        Charts = DashboardCharts.All(Data, CompareA, CompareB, texts);
        (ComparedA, ComparedB) = DashboardCharts.ComparedPair(Data, CompareA, CompareB);
    }

    public ChartModel? Chart(string id) => Charts.FirstOrDefault(c => c.Id == id);

    public IEnumerable<ChartModel> ChartsStartingWith(string prefix) => Charts.Where(c => c.Id.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The CSV address of a chart's table (the comparison keeps its picks).</summary>
    public string CsvUrl(ChartModel chart) =>
        chart.Id == "compare" && ComparedA is not null && ComparedB is not null
            ? $"/api/dashboard/charts/compare.csv?a={Uri.EscapeDataString(ComparedA.Key)}&b={Uri.EscapeDataString(ComparedB.Key)}"
            : $"/api/dashboard/charts/{chart.Id}.csv";

    /// <summary>"3 days left", "5 hours left", "passed 2 days ago" (the counts come first in Russian and Azerbaijani: "дней: 3").</summary>
    public string TimeLeft(double hours)
    {
        var span = TimeSpan.FromHours(Math.Abs(hours));
        var inDays = span.TotalDays >= 2;
        var amount = inDays ? (int)span.TotalDays : (int)Math.Ceiling(span.TotalHours);
        return (hours >= 0, inDays) switch
        {
            (true, true) => texts["{0} days left", amount],
            (true, false) => texts["{0} hours left", amount],
            (false, true) => texts["passed {0} days ago", amount],
            (false, false) => texts["passed {0} hours ago", amount],
        };
    }

    /// <summary>Whose view the dashboard shows, in words (the API's <c>view</c> stays English).</summary>
    public string ViewLabel
    {
        get
        {
            var viewer = db.Viewer;
            return !Data.ShowsMechanisms ? texts["the public view"]
                : viewer.IsSystem ? texts["the operator's full view (every record, including those kept to one Party)"]
                : viewer.UserName is not null && viewer.UserId is not null
                    ? viewer.PartyCode is null ? texts["the view of {0} (observer)", viewer.UserName] : texts["the view of {0} ({1})", viewer.UserName, viewer.PartyCode]
                : viewer.PartyCode is not null ? texts["the view of Party {0}", viewer.PartyCode]
                : texts["the shared view"];
        }
    }
}
