using System.ComponentModel.DataAnnotations;
using Entente.Access;
using Entente.Storage;
using Entente.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Conflicts;

/// <summary>The form an editor uses to mark a conflict resolved, with a note saying why.</summary>
[Authorize(Policy = AccessPolicies.Edit)]
public sealed class ResolveModel(EntenteDb db) : PageModel
{
    public ConflictView Conflict { get; private set; } = null!;

    [BindProperty]
    [Display(Name = "Note")]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await ConflictQueries.FindAsync(db, id, ct) is not { } conflict)
        {
            return NotFound();
        }

        Conflict = conflict;
        Note = conflict.ResolutionNote;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var errors = await ConflictRules.ResolveAsync(db, id, Note, ct);
        if (errors is null)
        {
            return NotFound();
        }

        if (errors.Any)
        {
            ModelState.AddFieldErrors(errors, HttpContext, _ => nameof(Note));

            Conflict = (await ConflictQueries.FindAsync(db, id, ct))!;
            return Page();
        }

        return Redirect($"/conflicts/{id}");
    }
}
