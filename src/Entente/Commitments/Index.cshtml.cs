using Entente.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Entente.Commitments;

/// <summary>Every commitment with where the Parties stand, filterable by agreement and by joint, disagreement or pending.</summary>
public sealed class IndexModel(EntenteDb db) : PageModel
{
    public IReadOnlyList<CommitmentSummary> Commitments { get; private set; } = [];

    public IReadOnlyList<(int Id, string Title)> Agreements { get; private set; } = [];

    public int? Agreement { get; private set; }

    public string? State { get; private set; }

    public async Task OnGetAsync(int? agreement, string? state, CancellationToken ct)
    {
        Agreements = [.. (await db.Agreements.AsNoTracking().Where(a => db.Commitments.Any(c => c.AgreementId == a.Id))
            .OrderBy(a => a.SignedOn).Select(a => new { a.Id, a.ShortTitle.En }).ToListAsync(ct)).Select(a => (a.Id, a.En))];
        Agreement = Agreements.Any(a => a.Id == agreement) ? agreement : null;
        State = state is JointStatus.Joint or JointStatus.Disagreement or JointStatus.Pending ? state : null;
        var all = await CommitmentQueries.ListAsync(db, Agreement, ct);
        Commitments = State is null ? all : [.. all.Where(c => c.Status.State == State)];
    }
}
