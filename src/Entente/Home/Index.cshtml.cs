using Entente.ActionItems;
using Entente.Agreements;
using Entente.Consultations;
using Entente.Indicators;
using Entente.Parties;
using Entente.Storage;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Entente.Home;

/// <summary>The partnership at a glance: its Parties, its legal base on a timeline, and its figures.</summary>
[AllowAnonymous]
public sealed class IndexModel(EntenteDb db, IOptions<ConsultationDeadlineOptions> deadlines) : PageModel
{
    public Partnership? Partnership { get; private set; }

    public IReadOnlyList<Party> Parties { get; private set; } = [];

    public IReadOnlyList<AgreementSummary> Agreements { get; private set; } = [];

    public IReadOnlyList<IndicatorView> Indicators { get; private set; } = [];

    public Timeline? Timeline { get; private set; }

    public int ClauseCount { get; private set; }

    public int RoadmapCount { get; private set; }

    public int ObservationCount { get; private set; }

    /// <summary>For a signed-in user: the overdue action items they can see.</summary>
    public IReadOnlyList<ActionItemView> OverdueItems { get; private set; } = [];

    /// <summary>For a member of a Party: consultations asked of that Party that still wait for its next step.</summary>
    public IReadOnlyList<ConsultationView> AwaitingMyParty { get; private set; } = [];

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Partnership = await db.Partnerships.AsNoTracking().OrderBy(p => p.Id).FirstOrDefaultAsync(ct);
        var codes = Partnership?.PartyCodes ?? [];
        Parties = [.. (await db.Parties.AsNoTracking().Where(p => codes.Contains(p.Code)).ToListAsync(ct))
            .OrderBy(p => codes.IndexOf(p.Code))];
        Agreements = await AgreementQueries.ListAsync(db, ct);
        Indicators = await IndicatorQueries.ListAsync(db, ct);
        ClauseCount = await db.Provisions.CountAsync(p => p.Part == ProvisionPart.Operative, ct);
        RoadmapCount = await db.Roadmaps.CountAsync(ct);
        ObservationCount = await db.Observations.CountAsync(ct);
        // The timeline shows the partnership's own instruments; a 1945 charter would squeeze thirty years into a corner.
        Timeline = Timeline.Lay([.. Agreements.Where(a => a.Parties.Any(codes.Contains))]);
        if (SignedIn)
        {
            await LoadAttentionAsync(ct);
        }
    }

    private static readonly ConsultationStatus[] s_waiting = [ConsultationStatus.Requested, ConsultationStatus.Acknowledged, ConsultationStatus.Scheduled];

    /// <summary>What needs the viewer's attention, through the same access filters as the lists it links to.</summary>
    private async Task LoadAttentionAsync(CancellationToken ct)
    {
        var today = ActionItemRules.Today(db);
        var late = await db.ActionItems.AsNoTracking()
            .Where(i => i.DueOn < today && i.Status != ActionItemStatus.Done && i.Status != ActionItemStatus.Cancelled)
            .OrderBy(i => i.DueOn).ThenBy(i => i.Id).ToListAsync(ct);
        var clauses = await ClauseReferences.LoadAsync(db, ct);
        OverdueItems = [.. late.Select(i => ActionItemRules.ToView(i, today, clauses)).Where(i => i.Overdue)];
        if (db.Viewer.PartyCode is not null)
        {
            AwaitingMyParty = [.. (await ConsultationRules.ListAsync(db, "inbox", ct))
                .Where(c => s_waiting.Contains(c.Status))
                .Select(c => ConsultationView.Of(c, db.Viewer.PartyCode, clauses, deadlines.Value))];
        }
    }
}
