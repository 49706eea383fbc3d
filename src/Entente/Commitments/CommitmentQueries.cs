using Entente.ActionItems;
using Entente.Agreements;
using Entente.Audit;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Commitments;

/// <summary>Read queries over commitments, shared by the API and the pages.</summary>
public static class CommitmentQueries
{
    /// <summary>Commitments in clause order, each summarised in <paramref name="language"/> (the request's by default).</summary>
    public static async Task<List<CommitmentSummary>> ListAsync(EntenteDb db, int? agreementId, CancellationToken ct, string? language = null)
    {
        language ??= Web.Localization.Language;
        var parties = await PartiesAsync(db, ct);
        var query = db.Commitments.AsNoTracking();
        if (agreementId is { } agreement)
        {
            query = query.Where(c => c.AgreementId == agreement);
        }

        var rows = await query
            .Join(db.Provisions, c => c.ProvisionId, p => p.Id, (c, p) => new { c.Id, c.AgreementId, c.ProvisionId, p.Order, c.Number, p.Texts, p.Spheres, Bodies = c.Bodies.Select(b => b.BodyId).ToList() })
            .OrderBy(r => r.AgreementId).ThenBy(r => r.Order)
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var assessments = (await db.Assessments.AsNoTracking().Where(a => ids.Contains(a.CommitmentId)).ToListAsync(ct)).ToLookup(a => a.CommitmentId);
        var today = DateOnly.FromDateTime(db.Time.GetUtcNow().UtcDateTime);
        var overdue = (await db.ActionItems.AsNoTracking()
                .Where(i => i.DueOn < today && i.Status != ActionItemStatus.Done && i.Status != ActionItemStatus.Cancelled)
                .Select(i => i.ClauseIds).ToListAsync(ct))
            .SelectMany(c => c).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        return [.. rows.Select(r => new CommitmentSummary(
            r.Id, r.AgreementId, r.Number, ProvisionLanguages.Words(r.Texts, language), r.Spheres, JointStatus.Of(parties, assessments[r.Id]), r.Bodies, overdue.GetValueOrDefault(r.ProvisionId)))];
    }

    public static async Task<CommitmentDetail?> FindAsync(EntenteDb db, int id, CancellationToken ct)
    {
        var commitment = await db.Commitments.AsNoTracking().Include(c => c.Bodies).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (commitment is null)
        {
            return null;
        }

        var provision = await db.Provisions.AsNoTracking().Include(p => p.Texts).SingleAsync(p => p.Id == commitment.ProvisionId, ct);
        var clause = AgreementQueries.ToView(provision, Web.Localization.Language);
        var bodyIds = commitment.Bodies.Select(b => b.BodyId).ToList();
        var bodies = await db.Bodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id))
            .Select(b => new { b.Id, b.Key, b.Name, b.PartyCode }).ToListAsync(ct);
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.CommitmentId == id).OrderBy(a => a.OwnerPartyCode).ToListAsync(ct);
        return new CommitmentDetail(
            commitment.Id, commitment.AgreementId, commitment.ProvisionId, commitment.Number, clause.Words, provision.Spheres,
            JointStatus.Of(await PartiesAsync(db, ct), assessments),
            [.. bodies.Select(b => new BodyRef(b.Id, b.Key, b.Name.In(Web.Localization.Language), b.PartyCode))],
            [.. assessments.Select(ToView)], commitment.Version, clause, await PrivateComments.ListAsync(db, id, ct));
    }

    public static AssessmentView ToView(Assessment a) => new(
        a.Id, a.OwnerPartyCode, KebabCase.ToKey(a.Status), a.Comment, a.Evidence, a.AssessedAt, a.AssessedBy, a.Version);

    /// <summary>Changes to the commitment's assessments and to the private comments the viewer may see, oldest first.</summary>
    public static async Task<List<AuditEntryView>> HistoryOfAssessmentsAsync(EntenteDb db, int commitmentId, CancellationToken ct)
    {
        var history = new List<AuditEntryView>();
        foreach (var assessment in await db.Assessments.Where(a => a.CommitmentId == commitmentId).Select(a => a.Id).ToListAsync(ct))
        {
            history.AddRange(await AuditQueries.HistoryAsync(db, nameof(Assessment), assessment, ct));
        }

        foreach (var comment in await db.PrivateComments.Where(c => c.CommitmentId == commitmentId).Select(c => c.Id).ToListAsync(ct))
        {
            history.AddRange(await AuditQueries.HistoryAsync(db, nameof(PrivateComment), comment, ct));
        }
        return [.. history.OrderBy(h => h.Sequence)];
    }

    /// <summary>The Parties of the partnership: the ones whose assessments make a status joint.</summary>
    public static async Task<List<string>> PartiesAsync(EntenteDb db, CancellationToken ct) =>
        (await db.Partnerships.AsNoTracking().OrderBy(p => p.Id).Select(p => p.PartyCodes).FirstOrDefaultAsync(ct)) ?? [];
}
