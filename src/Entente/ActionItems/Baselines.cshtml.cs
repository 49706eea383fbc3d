using Entente.Storage;
using Entente.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Entente.ActionItems;

/// <summary>Baselines: freeze today's due dates, and compare a frozen baseline with the current plan and actual completion.</summary>
public sealed class BaselinesModel(EntenteDb db, IStringLocalizer<ActionItemsText> text) : PageModel
{
    public IReadOnlyList<BaselineView> Baselines { get; private set; } = [];

    public BaselineView? Selected { get; private set; }

    public IReadOnlyList<BaselineComparisonRow> Rows { get; private set; } = [];

    public bool CanFreeze => db.Viewer.PartyCode is not null && db.Viewer.HasRole(UserRole.Coordinator);

    [BindProperty]
    public string? Name { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (id is { } chosen)
        {
            Selected = Baselines.FirstOrDefault(b => b.Id == chosen);
            if (Selected is null)
            {
                return NotFound();
            }

            Rows = await ActionItems.Baselines.CompareAsync(db, chosen, ct) ?? [];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanFreeze)
        {
            return Forbid();
        }

        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 128)
        {
            ModelState.AddModelError(nameof(Name), text["Name the baseline (at most 128 characters), e.g. after the commission session it was agreed at."]);
            await LoadAsync(ct);
            return Page();
        }

        var baseline = await ActionItems.Baselines.FreezeAsync(db, Name.Trim(), ct);
        return RedirectToPage(new { id = baseline.Id });
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Baselines = await ActionItems.Baselines.ListAsync(db, ct);
}
