using Entente.Agreements;
using Entente.Storage;
using Entente.Users;
using Entente.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Consultations;

/// <summary>The form to raise a request for consultations with the other Party.</summary>
public sealed class NewModel(EntenteDb db) : PageModel
{
    public bool CanRequest => db.Viewer.PartyCode is not null && db.Viewer.HasRole(UserRole.Coordinator);

    [BindProperty]
    public string Kind { get; set; } = "regular";

    [BindProperty]
    public string? Subject { get; set; }

    [BindProperty]
    public string Classification { get; set; } = "official";

    /// <summary>Clauses as people write them: <c>6, 23</c> or <c>agreement-key#6</c>.</summary>
    [BindProperty]
    public string? Clauses { get; set; }

    public ClauseReferences ClauseChoices { get; private set; } = null!;

    [BindProperty]
    public DateOnly? ProposedDate { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => ClauseChoices = await ClauseReferences.LoadAsync(db, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanRequest)
        {
            return Forbid();
        }

        ClauseChoices = await ClauseReferences.LoadAsync(db, ct);
        var input = new ConsultationInput(Kind, Subject, null, Classification, null, Clauses is null ? null : [Clauses], ProposedDate is { } date ? [date] : []);
        var (consultation, errors) = await ConsultationRules.RequestAsync(db, input, ct);
        ModelState.AddFieldErrors(errors, HttpContext, PageErrors.Property);

        return consultation is null || !ModelState.IsValid ? Page() : RedirectToPage("/Consultations/Detail", new { id = consultation.Id });
    }
}
