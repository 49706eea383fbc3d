using Entente.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Entente.Consultations;

/// <summary>The viewer's Party's inbox (requests asked of it), outbox (its own requests), or every consultation it can see.</summary>
public sealed class IndexModel(EntenteDb db) : PageModel
{
    public IReadOnlyList<ConsultationView> Consultations { get; private set; } = [];

    public string Box { get; private set; } = "inbox";

    public async Task OnGetAsync(string? box, CancellationToken ct)
    {
        Box = box is "outbox" or "all" ? box : db.Viewer.PartyCode is null ? "all" : "inbox";
        Consultations = [.. (await ConsultationRules.ListAsync(db, Box, ct)).Select(c => ConsultationView.Of(c, db.Viewer.PartyCode))];
    }
}
