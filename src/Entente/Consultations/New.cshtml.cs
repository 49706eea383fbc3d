using Entente.Storage;
using Entente.Users;
using Entente.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Entente.Consultations;

/// <summary>The form to raise a request for consultations with the other Party.</summary>
public sealed class NewModel(EntenteDb db, IStringLocalizer<ConsultationsText> text) : PageModel
{
    public bool CanRequest => db.Viewer.PartyCode is not null && db.Viewer.HasRole(UserRole.Coordinator);

    [BindProperty]
    public string Kind { get; set; } = "regular";

    [BindProperty]
    public string? Subject { get; set; }

    [BindProperty]
    public string Classification { get; set; } = "official";

    [BindProperty]
    public string? ClauseIds { get; set; }

    [BindProperty]
    public DateOnly? ProposedDate { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanRequest)
        {
            return Forbid();
        }

        var clauses = new List<int>();
        foreach (var part in (ClauseIds ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                clauses.Add(id);
            }
            else
            {
                ModelState.AddModelError(nameof(ClauseIds), text["'{0}' is not a clause id.", part]);
            }
        }

        var input = new ConsultationInput(Kind, Subject, null, Classification, null, clauses, ProposedDate is { } date ? [date] : []);
        var (consultation, errors) = await ConsultationRules.RequestAsync(db, input, ct);
        ModelState.AddFieldErrors(errors, HttpContext, PageErrors.Property);

        return consultation is null || !ModelState.IsValid ? Page() : RedirectToPage("/Consultations/Detail", new { id = consultation.Id });
    }
}
