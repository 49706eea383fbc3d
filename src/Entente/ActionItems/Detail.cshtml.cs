using Entente.Agreements;
using Entente.Audit;
using Entente.Storage;
using Entente.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;

namespace Entente.ActionItems;

/// <summary>One action item: its edit form (guarded against concurrent edits) and its full history.</summary>
public sealed class DetailModel(EntenteDb db, IStringLocalizer<ActionItemsText> text) : PageModel
{
    public ActionItemView Item { get; private set; } = null!;

    public IReadOnlyList<AuditEntryView> History { get; private set; } = [];

    public string? Conflict { get; private set; }

    public ClauseReferences Clauses { get; private set; } = null!;

    /// <summary>The roadmap the item belongs to, titled in every language.</summary>
    public LocalizedText? Roadmap { get; private set; }

    /// <summary>The commission decision the item follows up: its session's and its own number.</summary>
    public (int SessionId, int Session, int Decision)? FollowsDecision { get; private set; }

    public bool CanEdit => db.Viewer.PartyCode is not null && db.Viewer.PartyCode == Item.Party && db.Viewer.HasRole(UserRole.Editor);

    [BindProperty]
    public ActionItemForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Form = ActionItemForm.From(Item, Clauses);
        Form.ClauseChoices = Clauses;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var item = await db.ActionItems.SingleAsync(i => i.Id == id, ct);
        var errors = await ActionItemRules.ApplyAsync(db, item, Form.ToInput(Item, ModelState), isNew: false, ct);
        ActionItemForm.AddErrors(errors, ModelState, HttpContext);
        if (!ModelState.IsValid)
        {
            Form.ClauseChoices = Clauses;
            return Page();
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, ct);
            Conflict = text["Someone saved this item after you opened it. The form now holds the saved version; your changes are shown beside it, so nothing has to be typed again."];
            var yours = Form;
            Form = ActionItemForm.From(Item, Clauses);
            Unsaved = ActionItemForm.Differences(yours, Form);
            Form.ClauseChoices = Clauses;
            ModelState.Clear();
            return Page();
        }

        return RedirectToPage(new { id });
    }

    /// <summary>After a concurrent edit: each field the viewer changed, with their value and the saved one.</summary>
    public IReadOnlyList<(string Field, string Yours, string Saved)> Unsaved { get; private set; } = [];

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await db.ActionItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, ct) is not { } item)
        {
            return false;
        }

        Clauses = await ClauseReferences.LoadAsync(db, ct);
        Item = ActionItemRules.ToView(item, ActionItemRules.Today(db), Clauses);
        Roadmap = item.RoadmapId is { } roadmap ? await db.Roadmaps.AsNoTracking().Where(r => r.Id == roadmap).Select(r => r.Title).SingleOrDefaultAsync(ct) : null;
        FollowsDecision = item.CommissionDecisionId is { } decision
            ? await db.CommissionDecisions.AsNoTracking().Where(d => d.Id == decision)
                .Join(db.CommissionSessions, d => d.CommissionSessionId, s => s.Id, (d, s) => new { SessionId = s.Id, Session = s.Number, Decision = d.Number })
                .Select(x => new ValueTuple<int, int, int>(x.SessionId, x.Session, x.Decision)).SingleOrDefaultAsync(ct)
            : null;
        History = [.. (await AuditQueries.HistoryAsync(db, nameof(ActionItem), id, ct)).OrderByDescending(h => h.Sequence)];
        return true;
    }
}
