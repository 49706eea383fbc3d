using Entente.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Entente.Documents;

/// <summary>One stored document: its text with the analysis marked, the clauses it concerns and the figures it gives the series.</summary>
[AllowAnonymous]
public sealed class DetailModel(EntenteDb db, IStringLocalizer<DocumentsText> texts) : PageModel
{
    public DocumentDetail Document { get; private set; } = null!;

    /// <summary>The text as HTML, every character encoded, with the highlights as marks and links.</summary>
    public string? MarkedText { get; private set; }

    public int HighlightCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await DocumentQueries.FindAsync(db, id, ct) is not { } document)
        {
            return NotFound();
        }

        Document = document;
        if (document.Text is { } text)
        {
            var stored = await db.SourceDocuments.FindAsync([id], ct);
            var seriesNames = (await db.Indicators.AsNoTracking().ToListAsync(ct)).ToDictionary(i => i.Key, i => i.Name.In(Web.Localization.Language), StringComparer.Ordinal);
            var highlights = stored is not null && DocumentQueries.Analysis(stored) is { } analysis ? DocumentHighlights.From(analysis, text.Length, texts, seriesNames) : [];
            HighlightCount = highlights.Count;
            MarkedText = DocumentHighlights.ToHtml(text, highlights);
        }

        return Page();
    }
}
