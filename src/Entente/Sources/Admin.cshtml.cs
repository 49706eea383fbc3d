using Entente.Access;
using Entente.Storage;
using Entente.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Entente.Sources;

/// <summary>For administrators: the watched sources with how their last polls went (failing ones marked), adding and removing one.</summary>
[Authorize(Policy = AccessPolicies.Administer)]
public sealed class AdminModel(EntenteDb db, IStringLocalizer<SourcesText> text) : PageModel
{
    /// <summary>The periods the form offers.</summary>
    public static readonly string[] Periods = ["15m", "30m", "1h", "6h", "12h", "1d"];

    public IReadOnlyList<WatchedSource> Sources { get; private set; } = [];

    public string? Done { get; private set; }

    [BindProperty]
    public string? SourceUrl { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string Every { get; set; } = "1h";

    public async Task OnGetAsync(CancellationToken ct) => Sources = await SourceRegistry.ListAsync(db, ct);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (!SourceRegistry.TryParseEvery(Every, out var every))
        {
            ModelState.AddModelError(nameof(Every), text["Choose how often to look."]);
        }
        else
        {
            var (source, errors) = await SourceRegistry.AddAsync(db, SourceUrl ?? string.Empty, Name, every, ct);
            ModelState.AddFieldErrors(errors, HttpContext, field => field == "url" ? nameof(SourceUrl) : PageErrors.Property(field), "source");
            if (source is not null)
            {
                Done = text["Source {0} added; it is looked at within a minute.", source.Name];
                SourceUrl = Name = null;
            }
        }

        Sources = await SourceRegistry.ListAsync(db, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, CancellationToken ct)
    {
        Done = await SourceRegistry.RemoveAsync(db, id, ct) ? text["Source removed; the documents taken from it stay."].Value : null;
        Sources = await SourceRegistry.ListAsync(db, ct);
        return Page();
    }
}
