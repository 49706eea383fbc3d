using Entente.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Indicators;

/// <summary>One point of a series and every source behind it: what a chart point opens.</summary>
[AllowAnonymous]
public sealed class PointModel(EntenteDb db) : PageModel
{
    public SeriesView Series { get; private set; } = null!;

    public SeriesPointView Point { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string key, int id, CancellationToken ct)
    {
        if (await SeriesQueries.PointAsync(db, key, id, ct) is not { } found)
        {
            return NotFound();
        }

        (Series, Point) = found;
        return Page();
    }
}
