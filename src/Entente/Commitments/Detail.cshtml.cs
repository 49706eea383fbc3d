using Entente.ActionItems;
using Entente.Agreements;
using Entente.Audit;
using Entente.Storage;
using Entente.Users;
using Entente.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;

namespace Entente.Commitments;

/// <summary>One commitment: each Party's assessment, the form for the viewer's own, the items serving it and its history.</summary>
public sealed class DetailModel(EntenteDb db, IStringLocalizer<CommitmentsText> text) : PageModel
{
    public CommitmentDetail Commitment { get; private set; } = null!;

    public IReadOnlyList<ActionItemView> Items { get; private set; } = [];

    public IReadOnlyList<AuditEntryView> History { get; private set; } = [];

    public bool CanAssess => db.Viewer.PartyCode is not null && db.Viewer.HasRole(UserRole.Editor);

    /// <summary>The viewer's Party, whose private comments the page shows; null for observers.</summary>
    public string? ViewerParty => db.Viewer.PartyCode;

    public bool CanNameBodies => db.Viewer.PartyCode is not null && db.Viewer.HasRole(UserRole.Coordinator);

    public IReadOnlyList<BodyRef> AllBodies { get; private set; } = [];

    public string? Conflict { get; private set; }

    [BindProperty]
    public string Status { get; set; } = "not-started";

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty]
    public string? Evidence { get; set; }

    /// <summary>A new private comment for the viewer's Party (the comment form's one field).</summary>
    [BindProperty]
    public string? PrivateText { get; set; }

    [BindProperty]
    public long? Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, fillForm: true, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!CanAssess)
        {
            return Forbid();
        }

        if (!await db.Commitments.AnyAsync(c => c.Id == id, ct))
        {
            return NotFound();
        }

        var links = (Evidence ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        try
        {
            var (saved, errors) = await AssessmentRules.SaveAsync(db, id, new AssessmentInput(Status, Comment, links, Version: Version), ct);
            if (saved is not null)
            {
                return RedirectToPage(new { id });
            }

            ModelState.AddFieldErrors(errors, HttpContext, PageErrors.Property);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            Conflict = text["Someone of your Party saved this assessment after you opened the page. Their version is shown below; reapply your change."];
            await LoadAsync(id, fillForm: true, ct);
            return Page();
        }

        await LoadAsync(id, fillForm: false, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostPrivateCommentAsync(int id, CancellationToken ct)
    {
        if (!CanAssess)
        {
            return Forbid();
        }

        if (!await db.Commitments.AnyAsync(c => c.Id == id, ct))
        {
            return NotFound();
        }

        var (saved, errors) = await PrivateComments.AddAsync(db, id, new PrivateCommentInput(PrivateText), ct);
        if (saved is not null)
        {
            return RedirectToPage(null, null, new { id }, "private-comments");
        }

        ModelState.AddFieldErrors(errors, HttpContext, field => field == "text" ? nameof(PrivateText) : PageErrors.Property(field));
        await LoadAsync(id, fillForm: true, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostBodiesAsync(int id, int[] bodyIds, long version, CancellationToken ct)
    {
        if (!CanNameBodies)
        {
            return Forbid();
        }

        if (await db.Commitments.Include(c => c.Bodies).SingleOrDefaultAsync(c => c.Id == id, ct) is not { } commitment)
        {
            return NotFound();
        }

        // The form shows only this Party's and the joint bodies; another Party's stay as they are.
        var (errors, _) = await ResponsibleBodies.ApplyAsync(db, commitment, bodyIds.Distinct().ToList(), keepOthers: true, ct);
        if (errors.Any)
        {
            return BadRequest();
        }

        db.Entry(commitment).Property(c => c.Version).OriginalValue = version;
        db.Entry(commitment).Property(c => c.Version).IsModified = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            Conflict = text["Someone changed the responsible bodies after you opened the page; they are shown as they stand now."];
            await LoadAsync(id, fillForm: true, ct);
            return Page();
        }

        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, bool fillForm, CancellationToken ct)
    {
        if (await CommitmentQueries.FindAsync(db, id, ct) is not { } commitment)
        {
            return false;
        }

        Commitment = commitment;
        AllBodies = await db.Bodies.AsNoTracking().Where(b => b.PartyCode == null || b.PartyCode == db.Viewer.PartyCode).OrderBy(b => b.PartyCode).ThenBy(b => b.Key)
            .Select(b => new BodyRef(b.Id, b.Key, b.Name.En, b.PartyCode)).ToListAsync(ct);
        var today = ActionItemRules.Today(db);
        var clauses = await ClauseReferences.LoadAsync(db, ct);
        Items = [.. (await db.ActionItems.AsNoTracking().Where(i => i.ClauseIds.Contains(commitment.ProvisionId)).OrderBy(i => i.DueOn).ToListAsync(ct))
            .Select(i => ActionItemRules.ToView(i, today, clauses))];
        var own = commitment.Assessments.FirstOrDefault(a => a.Party == db.Viewer.PartyCode);
        History = [.. (await CommitmentQueries.HistoryOfAssessmentsAsync(db, id, ct)).OrderByDescending(h => h.Sequence)];
        if (fillForm && own is not null)
        {
            Status = own.Status;
            Comment = own.Comment;
            Evidence = string.Join('\n', own.Evidence);
            Version = own.Version;
        }

        return true;
    }
}
