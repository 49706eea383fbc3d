using Entente.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace Entente.Agreements;

/// <summary>One agreement: its facts, its relations to the rest of the legal base, and its provisions.</summary>
[AllowAnonymous]
public sealed class DetailModel(EntenteDb db, VersionedReadCache cache) : PageModel
{
    public AgreementDetail Agreement { get; private set; } = null!;

    public IReadOnlyList<ProvisionView> Provisions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (await AgreementQueries.CachedFindAsync(db, cache, id, ct) is not { } agreement)
        {
            return NotFound();
        }

        Agreement = agreement;
        Provisions = await AgreementQueries.CachedProvisionsAsync(db, cache, id, Web.Localization.Language, ct) ?? [];
        return Page();
    }
}
