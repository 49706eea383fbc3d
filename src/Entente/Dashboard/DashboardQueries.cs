using System.Globalization;
using Entente.Agreements;
using Entente.Commitments;
using Entente.Consultations;
using Entente.Reports;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Dashboard;

/// <summary>Reads the dashboard through the viewer's access filters; the counting rules are the report's, so both agree.</summary>
public static class DashboardQueries
{
    public const string JointView = "joint";

    public static async Task<DashboardData> LoadAsync(EntenteDb db, ConsultationDeadlineOptions deadlines, bool showMechanisms, CancellationToken ct)
    {
        var now = db.Time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var parties = await CommitmentQueries.PartiesAsync(db, ct);
        var agreements = await AgreementQueries.ListAsync(db, ct);
        var indicators = await IndicatorsAsync(db, ct);
        var graph = await GraphAsync(db, agreements, ct);
        var timeline = agreements.Where(a => a.SignedOn is not null)
            .Select(a => new TimelineEntry(a.SignedOn!.Value, TimelineEntry.Agreement, a.ShortTitle, $"/agreements/{a.Id}")).ToList();
        var view = showMechanisms ? ReportLoader.ViewLabel(db.Viewer) : "the public view";
        if (!showMechanisms)
        {
            return new DashboardData(now, view, parties, null, null, null, null, null, indicators, graph, timeline);
        }

        var events = await db.Events.AsNoTracking().OrderBy(e => e.StartsOn).ToListAsync(ct);
        var sessions = await db.CommissionSessions.AsNoTracking().Where(s => s.HeldOn != null).OrderBy(s => s.HeldOn).ToListAsync(ct);
        timeline.AddRange(events.Select(e => new TimelineEntry(e.StartsOn, TimelineEntry.Event, e.Title, "/events")));
        timeline.AddRange(sessions.Select(s => new TimelineEntry(s.HeldOn!.Value, TimelineEntry.Session, $"Commission session {s.Number.ToString(CultureInfo.InvariantCulture)}", "/commission")));

        var (progress, baseline, overdue) = await ItemsAsync(db, today, ct);
        return new DashboardData(
            now, view, parties,
            await CommitmentCountsAsync(db, parties, ct),
            progress, baseline, overdue,
            await OpenConsultationsAsync(db, deadlines, now, ct),
            indicators, graph, [.. timeline.OrderBy(t => t.Date)]);
    }

    private static async Task<List<SphereStatusCount>> CommitmentCountsAsync(EntenteDb db, List<string> parties, CancellationToken ct)
    {
        var commitments = await CommitmentQueries.ListAsync(db, null, ct);
        var counts = new Dictionary<(string View, string Sphere, string Status), int>();
        foreach (var commitment in commitments)
        {
            var report = new ReportCommitment(commitment.Id, string.Empty, commitment.Number, commitment.Summary, commitment.Spheres, commitment.Status.ByParty);
            foreach (var sphere in commitment.Spheres.Count == 0 ? ["other"] : commitment.Spheres)
            {
                Add((JointView, sphere, ReportBuilder.JointOf(parties, report)));
                foreach (var party in parties)
                {
                    Add((party, sphere, commitment.Status.ByParty.GetValueOrDefault(party) ?? ReportBuilder.Pending));
                }
            }
        }

        return [.. counts.OrderBy(c => c.Key.View, StringComparer.Ordinal).ThenBy(c => c.Key.Sphere, StringComparer.Ordinal)
            .Select(c => new SphereStatusCount(c.Key.View, c.Key.Sphere, c.Key.Status, c.Value))];

        void Add((string, string, string) key) => counts[key] = counts.GetValueOrDefault(key) + 1;
    }

    private static async Task<(List<RoadmapProgress>, string?, List<OverdueItem>)> ItemsAsync(EntenteDb db, DateOnly today, CancellationToken ct)
    {
        var items = await db.ActionItems.AsNoTracking().OrderBy(i => i.Id).ToListAsync(ct);
        var baselines = await db.Baselines.AsNoTracking().Include(b => b.Items).ToListAsync(ct);
        var baseline = baselines.MaxBy(b => b.FrozenAt);
        var planned = baseline?.Items.ToDictionary(i => i.ActionItemId, i => i.DueOn) ?? [];
        var roadmaps = await db.Roadmaps.AsNoTracking().Join(db.Agreements, r => r.AgreementId, a => a.Id, (r, a) => new { r.Id, r.Number, Title = r.Title.En, Agreement = a.ShortTitle.En })
            .ToListAsync(ct);
        var titles = roadmaps.ToDictionary(r => r.Id, r => $"{r.Agreement} · {r.Number.ToString(CultureInfo.InvariantCulture)}. {r.Title}");
        var reportItems = items.Select(i => new ReportItem(
            i.Id, i.Title, i.OwnerPartyCode, i.RoadmapId, i.DueOn, planned.GetValueOrDefault(i.Id, i.DueOn), i.CompletedOn, KebabCase.ToKey(i.Status), i.PercentDone)).ToList();
        var progress = reportItems.GroupBy(i => i.RoadmapId is { } id && titles.ContainsKey(id) ? id : (int?)null)
            .OrderBy(g => g.Key is null).ThenBy(g => g.Key)
            .Select(g => new RoadmapProgress(
                g.Key, g.Key is { } id ? titles[id] : null, g.Count(),
                g.Count(i => (i.BaselineDueOn ?? i.DueOn) is { } due && due <= today),
                g.Count(i => ReportBuilder.IsFinished(i, today) && i.Status != "cancelled"),
                g.Count(i => ReportBuilder.IsOverdue(i, today))))
            .ToList();
        var overdue = reportItems.Where(i => ReportBuilder.IsOverdue(i, today)).OrderBy(i => i.DueOn).ThenBy(i => i.Id)
            .Select(i => new OverdueItem(i.Id, i.Title, i.Party, i.DueOn!.Value, today.DayNumber - i.DueOn.Value.DayNumber, $"/action-items/{i.Id}"))
            .ToList();
        return (progress, baseline?.Name, overdue);
    }

    private static async Task<List<OpenConsultation>> OpenConsultationsAsync(EntenteDb db, ConsultationDeadlineOptions options, DateTimeOffset now, CancellationToken ct)
    {
        var open = await db.Consultations.AsNoTracking()
            .Where(c => c.Status == ConsultationStatus.Requested || c.Status == ConsultationStatus.Acknowledged || c.Status == ConsultationStatus.Scheduled)
            .OrderBy(c => c.Id).ToListAsync(ct);
        return [.. open.Select(c =>
        {
            DateTimeOffset? acknowledgeBy = c.Status == ConsultationStatus.Requested ? options.AcknowledgeBy(c) : null;
            var holdBy = options.HoldBy(c);
            // The next deadline still to meet: acknowledging while it is ahead, then holding.
            var next = acknowledgeBy is { } ack && ack > now ? ack : holdBy;
            var breached = c.AcknowledgeBreachedAt is not null || c.HoldBreachedAt is not null || acknowledgeBy < now || holdBy < now;
            return new OpenConsultation(
                c.Id, c.Subject, KebabCase.ToKey(c.Kind), KebabCase.ToKey(c.Status), c.OwnerPartyCode, c.CounterpartPartyCode, c.RequestedAt,
                acknowledgeBy, holdBy, Math.Round((next - now).TotalHours, 1), breached, $"/consultations/{c.Id}");
        })];
    }

    private static async Task<List<IndicatorSeries>> IndicatorsAsync(EntenteDb db, CancellationToken ct)
    {
        var indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.Key).ToListAsync(ct);
        var observations = (await db.Observations.AsNoTracking().ToListAsync(ct)).ToLookup(o => o.IndicatorKey, StringComparer.Ordinal);
        return [.. indicators.Select(i => new IndicatorSeries(i.Key, i.Name.En, i.Unit,
            [.. observations[i.Key].OrderBy(o => o.PeriodEnd).ThenBy(o => o.PeriodStart).ThenBy(o => o.Id)
                .Select(o => new SeriesPoint(o.PeriodStart, o.PeriodEnd, o.Value / 1.0000000000000000000000000000m, o.Qualifier, ReportLoader.SourceOf(o), o.Derived))]))];
    }

    private static async Task<LegalBaseGraph> GraphAsync(EntenteDb db, List<AgreementSummary> agreements, CancellationToken ct)
    {
        var relations = await db.AgreementRelations.AsNoTracking().OrderBy(r => r.Id).ToListAsync(ct);
        var known = agreements.Select(a => a.Id).ToHashSet();
        return new LegalBaseGraph(
            [.. agreements.Select(a => new GraphNode(a.Id, a.Key, a.ShortTitle, a.Kind, a.SignedOn, $"/agreements/{a.Id}"))],
            [.. relations.Where(r => known.Contains(r.FromAgreementId) && known.Contains(r.ToAgreementId))
                .Select(r => new GraphLink(r.FromAgreementId, r.ToAgreementId, KebabCase.ToKey(r.Kind)))]);
    }
}
