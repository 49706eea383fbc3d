using Entente.Agreements;
using Entente.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Entente.Consultations;

/// <summary>The viewer's Party's inbox (requests asked of it), outbox (its own requests), or every consultation it can see.</summary>
public sealed class IndexModel(EntenteDb db, IOptions<ConsultationDeadlineOptions> deadlines) : PageModel
{
    public IReadOnlyList<ConsultationView> Consultations { get; private set; } = [];

    public string Box { get; private set; } = "inbox";

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(string? box, CancellationToken ct)
    {
        Box = box is "outbox" or "all" ? box : db.Viewer.PartyCode is null ? "all" : "inbox";
        Now = db.Time.GetUtcNow();
        var clauses = await ClauseReferences.LoadAsync(db, ct);
        Consultations = [.. (await ConsultationRules.ListAsync(db, Box, ct)).Select(c => ConsultationView.Of(c, db.Viewer.PartyCode, clauses, deadlines.Value))];
    }
}
