using Entente.Audit;
using Entente.Storage;
using Entente.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Conflicts;

/// <summary>One conflict: both sides, why they disagree, and its resolution with its history.</summary>
[AllowAnonymous]
public sealed class DetailModel(EntenteDb db) : PageModel
{
    public ConflictView Conflict { get; private set; } = null!;

    public IReadOnlyList<AuditEntryView> History { get; private set; } = [];

    public bool CanResolve => db.Viewer.PartyCode is not null && db.Viewer.HasRole(UserRole.Editor);

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await ConflictQueries.FindAsync(db, id, ct) is not { } conflict)
        {
            return NotFound();
        }

        Conflict = conflict;
        History = [.. (await AuditQueries.HistoryAsync(db, nameof(ConflictRecord), id, ct)).OrderByDescending(h => h.Sequence)];
        return Page();
    }
}
