using Entente.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Indicators;

/// <summary>Every indicator with its latest value.</summary>
[AllowAnonymous]
public sealed class IndexModel(EntenteDb db) : PageModel
{
    public IReadOnlyList<IndicatorView> Indicators { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Indicators = await IndicatorQueries.ListAsync(db, ct);
}
