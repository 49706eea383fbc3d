using Entente.Storage;
using Microsoft.AspNetCore.Mvc;

namespace Entente.Intelligence;

/// <summary>A stored document's clause links as a list (the document page shows them under its text).</summary>
public sealed class DocumentClauseLinksViewComponent(EntenteDb db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int documentId) =>
        View("~/Intelligence/_DocumentClauseLinks.cshtml", await ClauseLinkQueries.OfDocumentAsync(db, documentId, HttpContext.RequestAborted) ?? []);
}
