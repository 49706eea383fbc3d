using Entente.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Intelligence;

/// <summary>One clause and the documents that concern it, newest first, with the supporting passage.</summary>
[AllowAnonymous]
public sealed class ClauseModel(EntenteDb db) : PageModel
{
    public ClauseView Clause { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, string number, CancellationToken ct)
    {
        if (await ClauseLinkQueries.ClauseAsync(db, id, number, ct) is not { } clause)
        {
            return NotFound();
        }

        Clause = clause;
        return Page();
    }
}
