using Entente.Agreements;
using Entente.Storage;
using Entente.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Entente.ActionItems;

/// <summary>The action items the viewer can see, overdue ones marked; editors add new ones here.</summary>
public sealed class IndexModel(EntenteDb db) : PageModel
{
    public IReadOnlyList<ActionItemView> Items { get; private set; } = [];

    public int OverdueCount { get; private set; }

    public bool OnlyOverdue { get; private set; }

    public bool CanEdit => db.Viewer.PartyCode is not null && db.Viewer.HasRole(UserRole.Editor);

    [BindProperty]
    public ActionItemForm Form { get; set; } = new();

    public async Task OnGetAsync(bool overdue, CancellationToken ct)
    {
        OnlyOverdue = overdue;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanEdit)
        {
            return Forbid();
        }

        var input = Form.ToInput(null, ModelState);
        var item = new ActionItem { Title = string.Empty };
        var errors = await ActionItemRules.ApplyAsync(db, item, input, isNew: true, ct);
        ActionItemForm.AddErrors(errors, ModelState, HttpContext);
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        await ActionItemRules.AddAsync(db, item, null, ct);
        return RedirectToPage("/ActionItems/Detail", new { id = item.Id });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var today = ActionItemRules.Today(db);
        var clauses = await ClauseReferences.LoadAsync(db, ct);
        Form.ClauseChoices = clauses;
        var all = (await db.ActionItems.AsNoTracking().OrderBy(i => i.DueOn).ThenBy(i => i.Id).ToListAsync(ct)).Select(i => ActionItemRules.ToView(i, today, clauses)).ToList();
        OverdueCount = all.Count(i => i.Overdue);
        Items = OnlyOverdue ? [.. all.Where(i => i.Overdue)] : all;
    }
}
