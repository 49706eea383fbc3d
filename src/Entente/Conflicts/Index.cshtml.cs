using Entente.Storage;
using Entente.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Conflicts;

/// <summary>Where sources disagree: open conflicts by default, or resolved ones, with both sides.</summary>
[AllowAnonymous]
public sealed class IndexModel(EntenteDb db) : PageModel
{
    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    [FromQuery(Name = "indicator")]
    public string? Indicator { get; set; }

    public IReadOnlyList<ConflictView> Conflicts { get; private set; } = [];

    public bool CanResolve => db.Viewer.PartyCode is not null && db.Viewer.HasRole(UserRole.Editor);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Status ??= ConflictStatus.Open;
        if (await ConflictQueries.ListAsync(db, Status, Indicator, ct) is not { } conflicts)
        {
            return BadRequest();
        }

        Conflicts = conflicts;
        return Page();
    }
}
