using Entente.ActionItems;
using Entente.Agreements;
using Entente.Commission;
using Entente.Commitments;
using Entente.Consultations;
using Entente.Events;
using Entente.Indicators;
using Entente.Reports;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Exports;

/// <summary>Collects an <see cref="ExportDocument"/> through the viewer's access filters, with the same views the API returns.</summary>
public static class ExportBuilder
{
    /// <remarks>
    /// <c>includeTracking</c> says whether the mechanisms' records are included: on the web only for signed-in users
    /// (they are not public), from the command line always, in the view asked for.
    /// </remarks>
    public static async Task<ExportDocument> BuildAsync(EntenteDb db, bool includeTracking, ConsultationDeadlineOptions deadlines, CancellationToken ct)
    {
        var partnership = await db.Partnerships.AsNoTracking().OrderBy(p => p.Id).FirstOrDefaultAsync(ct);
        var codes = partnership?.PartyCodes ?? [];
        var parties = (await db.Parties.AsNoTracking().Where(p => codes.Contains(p.Code)).ToListAsync(ct)).OrderBy(p => codes.IndexOf(p.Code))
            .Select(p => new ExportParty(p.Code, KebabCase.ToKey(p.Kind), p.Name.En, p.Name.Ru, p.Name.Az)).ToList();

        var agreements = new List<ExportAgreement>();
        foreach (var summary in await AgreementQueries.ListAsync(db, ct))
        {
            var detail = await AgreementQueries.FindAsync(db, summary.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
            if (detail is not null)
            {
                agreements.Add(new ExportAgreement(detail, await AgreementQueries.ProvisionsAsync(db, summary.Id, ProvisionLanguages.Fallback, ct)));
            }
        }

        var indicators = new List<ExportIndicator>();
        foreach (var indicator in await IndicatorQueries.ListAsync(db, ct))
        {
            indicators.Add(new ExportIndicator(indicator, await IndicatorQueries.ObservationsAsync(db, indicator.Key, ct) ?? []));
        }

        return new ExportDocument(
            ExportDocument.CurrentSchema,
            db.Time.GetUtcNow(),
            includeTracking ? ReportLoader.ViewLabel(db.Viewer) : "the public view",
            partnership is null ? null : new ExportPartnership(partnership.Key, partnership.Name.En, parties),
            agreements,
            indicators,
            includeTracking ? await TrackingAsync(db, deadlines, ct) : null);
    }

    private static async Task<ExportTracking> TrackingAsync(EntenteDb db, ConsultationDeadlineOptions deadlines, CancellationToken ct)
    {
        var commitments = new List<CommitmentDetail>();
        foreach (var id in await db.Commitments.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(ct))
        {
            if (await CommitmentQueries.FindAsync(db, id, ct) is { } detail)
            {
                commitments.Add(detail);
            }
        }

        var today = ActionItemRules.Today(db);
        var clauses = await ClauseReferences.LoadAsync(db, ct);
        var items = await db.ActionItems.AsNoTracking().OrderBy(i => i.Id).ToListAsync(ct);
        var baselines = (await Baselines.ListAsync(db, ct)).OrderBy(b => b.Id).ToList();
        var consultations = await db.Consultations.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);
        var sessions = await db.CommissionSessions.AsNoTracking().Include(s => s.CoChairs).Include(s => s.Decisions).AsSplitQuery().OrderBy(s => s.Number).ToListAsync(ct);
        var events = await db.Events.AsNoTracking().OrderBy(e => e.StartsOn).ThenBy(e => e.Id).ToListAsync(ct);
        var followUps = await SessionView.FollowUpsAsync(db, ct);
        return new ExportTracking(
            commitments,
            [.. items.Select(i => ActionItemRules.ToView(i, today, clauses))],
            baselines,
            [.. consultations.Select(c => ConsultationView.Of(c, db.Viewer.PartyCode, clauses, deadlines))],
            [.. sessions.Select(SessionView.With(followUps))],
            [.. events.Select(EventView.Of)]);
    }
}
