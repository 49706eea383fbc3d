using Entente.Storage;
using Entente.Web.Charts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Entente.Intelligence;

/// <summary>
/// One clause and the documents that concern it, newest first, with the supporting passage, and its links over time
/// as a chart; <c>?from=…&amp;to=…</c> (a bar of the chart) narrows the lists to one period.
/// </summary>
[AllowAnonymous]
public sealed class ClauseModel(EntenteDb db, IStringLocalizer<IntelligenceText> texts) : PageModel
{
    public ClauseView Clause { get; private set; } = null!;

    /// <summary>The links over time; null when no link is dated.</summary>
    public ChartModel? Chart { get; private set; }

    /// <summary>The period the lists are narrowed to, if any.</summary>
    public (DateOnly Start, DateOnly End)? Period { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string number, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        if (await ClauseLinkQueries.ClauseAsync(db, id, number, ct) is not { } clause)
        {
            return NotFound();
        }

        Chart = ClauseEvidenceChart.For(clause, texts);
        if (from is { } start && to is { } end && start <= end)
        {
            Period = (start, end);
            clause = clause with { Documents = [.. clause.Documents.Where(d => d.When >= start && d.When <= end)] };
        }

        Clause = clause;
        return Page();
    }
}
