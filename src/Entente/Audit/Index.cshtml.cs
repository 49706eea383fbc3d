using Entente.Access;
using Entente.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Audit;

/// <summary>For administrators: checks the whole audit chain and names the first broken entry.</summary>
[Authorize(Policy = AccessPolicies.Administer)]
public sealed class IndexModel(EntenteDb db) : PageModel
{
    public AuditVerification? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Result = await AuditChain.VerifyAsync(db, ct);
}
