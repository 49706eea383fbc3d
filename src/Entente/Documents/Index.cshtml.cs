using Entente.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Documents;

/// <summary>The stored documents, newest first.</summary>
[AllowAnonymous]
public sealed class IndexModel(EntenteDb db) : PageModel
{
    public IReadOnlyList<DocumentListItem> Documents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Documents = await DocumentQueries.ListAsync(db, ct);
}
