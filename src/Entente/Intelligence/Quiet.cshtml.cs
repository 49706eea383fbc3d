using Entente.ActionItems;
using Entente.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Intelligence;

/// <summary>The commitments with no evidence of implementation in the last twelve months (by the one "today").</summary>
[AllowAnonymous]
public sealed class QuietModel(EntenteDb db) : PageModel
{
    public IReadOnlyList<QuietClause> Clauses { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Today = ActionItemRules.Today(db);
        Clauses = await ClauseLinkQueries.QuietAsync(db, Today, ct);
    }
}
