using Entente.Access;
using Entente.Agreements;
using Entente.Storage;
using Entente.Users;
using Entente.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Entente.Consultations;

/// <summary>One consultation: where it stands, the next moves, and the viewer's Party's internal notes.</summary>
public sealed class DetailModel(EntenteDb db, IStringLocalizer<ConsultationsText> text, IOptions<ConsultationDeadlineOptions> deadlines) : PageModel
{
    public ConsultationView Consultation { get; private set; } = null!;

    public IReadOnlyList<NoteView> Notes { get; private set; } = [];

    public bool CanMove => db.Viewer.PartyCode is not null && db.Viewer.HasRole(UserRole.Coordinator);

    public bool CanNote => db.Viewer.PartyCode is not null && db.Viewer.HasRole(UserRole.Editor);

    public string? Conflict { get; private set; }

    public ClauseReferences Clauses { get; private set; } = null!;

    public DateTimeOffset Now { get; private set; }

    [BindProperty]
    public TransitionInput Move { get; set; } = new();

    [BindProperty]
    public string? NoteText { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMoveAsync(int id, CancellationToken ct)
    {
        if (!CanMove)
        {
            return Forbid();
        }

        if (await db.Consultations.SingleOrDefaultAsync(c => c.Id == id, ct) is not { } consultation)
        {
            return NotFound();
        }

        var errors = ConsultationWorkflow.Apply(consultation, Move, db.Viewer, db.Time.GetUtcNow());
        ModelState.AddFieldErrors(errors, HttpContext, field => "Move." + PageErrors.Property(field), form: "move");

        if (!errors.Any)
        {
            db.Entry(consultation).Property(c => c.Version).OriginalValue = Move.Version!.Value;
            try
            {
                await db.SaveChangesAsync(ct);
                return RedirectToPage(new { id });
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                Conflict = text["The other Party or a colleague moved this consultation after you opened it; it is shown as it stands now."];
            }
        }

        await LoadAsync(id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostNoteAsync(int id, CancellationToken ct)
    {
        if (!CanNote)
        {
            return Forbid();
        }

        if (!await db.Consultations.AnyAsync(c => c.Id == id, ct))
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(NoteText) || NoteText.Length > 4000)
        {
            ModelState.AddModelError(nameof(NoteText), text["Write a note of at most 4000 characters."]);
            await LoadAsync(id, ct);
            return Page();
        }

        db.ConsultationNotes.Add(new ConsultationNote
        {
            ConsultationId = id,
            OwnerPartyCode = db.Viewer.PartyCode,
            Visibility = Visibility.Party,
            Text = NoteText.Trim(),
            At = db.Time.GetUtcNow(),
            Author = db.Viewer.Actor,
        });
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await db.Consultations.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is not { } consultation)
        {
            return false;
        }

        Clauses = await ClauseReferences.LoadAsync(db, ct);
        Now = db.Time.GetUtcNow();
        Consultation = ConsultationView.Of(consultation, db.Viewer.PartyCode, Clauses, deadlines.Value);
        Notes = await db.ConsultationNotes.AsNoTracking().Where(n => n.ConsultationId == id).OrderBy(n => n.Id)
            .Select(n => new NoteView(n.Id, n.OwnerPartyCode, n.Text, n.At, n.Author)).ToListAsync(ct);
        Move = new TransitionInput(Version: consultation.Version);
        return true;
    }
}
