using Entente.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Entente.Commission;

/// <summary>The commission's sessions: co-chairs, agenda, decisions, the follow-up items of each decision, and the protocol.</summary>
public sealed class IndexModel(EntenteDb db) : PageModel
{
    public IReadOnlyList<SessionView> Sessions { get; private set; } = [];

    /// <summary>Follow-up items the viewer can see, by decision id.</summary>
    public ILookup<int, (int Id, string Title)> FollowUps { get; private set; } = Array.Empty<(int, int, string)>().ToLookup(x => x.Item1, x => (x.Item2, x.Item3));

    public async Task OnGetAsync(CancellationToken ct)
    {
        Sessions = [.. (await db.CommissionSessions.AsNoTracking().Include(s => s.CoChairs).Include(s => s.Decisions).OrderByDescending(s => s.Number).ToListAsync(ct))
            .Select(SessionView.Of)];
        FollowUps = (await db.ActionItems.AsNoTracking().Where(i => i.CommissionDecisionId != null)
            .Select(i => new { Decision = i.CommissionDecisionId!.Value, i.Id, i.Title }).ToListAsync(ct))
            .ToLookup(i => i.Decision, i => (i.Id, i.Title));
    }
}
