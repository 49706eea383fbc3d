using Entente.Storage;
using Entente.Web.Charts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Entente.Indicators;

/// <summary>One indicator: its series as a chart and a table, each point leading to its sources, and its conflicts.</summary>
[AllowAnonymous]
public sealed class DetailModel(EntenteDb db, IStringLocalizer<IndicatorsText> texts) : PageModel
{
    public SeriesView Series { get; private set; } = null!;

    public ChartModel Chart { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken ct)
    {
        if (await SeriesQueries.SeriesAsync(db, key, ct) is not { } series)
        {
            return NotFound();
        }

        Series = series;
        Chart = SeriesChart.For(series, texts);
        return Page();
    }
}
