using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Agreements;

/// <summary>Read queries over the legal base, shared by the API and the pages.</summary>
public static class AgreementQueries
{
    public static async Task<List<AgreementSummary>> ListAsync(EntenteDb db, CancellationToken ct)
    {
        var rows = await db.Agreements.AsNoTracking()
            .OrderBy(a => a.SignedOn).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Id,
                a.Key,
                a.Kind,
                Title = a.Title.En,
                ShortTitle = a.ShortTitle.En,
                a.SignedOn,
                a.SigningPlace,
                a.Status,
                Parties = a.Parties.Select(p => p.PartyCode).ToList(),
                ClauseCount = a.Provisions.Count(p => p.Part == ProvisionPart.Operative),
            })
            .ToListAsync(ct);
        return [.. rows.Select(a => new AgreementSummary(
            a.Id, a.Key, KebabCase.ToKey(a.Kind), a.Title, a.ShortTitle, a.SignedOn, a.SigningPlace,
            KebabCase.ToKey(a.Status), a.Parties, a.ClauseCount))];
    }

    /// <summary>Finds an agreement by numeric id or by its key.</summary>
    public static async Task<AgreementDetail?> FindAsync(EntenteDb db, string idOrKey, CancellationToken ct)
    {
        var agreement = await ByIdOrKey(db, idOrKey)
            .Include(a => a.Parties)
            .Include(a => a.Roadmaps)
            .Include(a => a.Versions)
            .Include(a => a.Relations).ThenInclude(r => r.To)
            .AsSplitQuery()
            .SingleOrDefaultAsync(ct);
        if (agreement is null)
        {
            return null;
        }

        var counts = await db.Provisions.AsNoTracking()
            .Where(p => p.AgreementId == agreement.Id)
            .GroupBy(p => p.Part)
            .Select(g => new { Part = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var incoming = await db.AgreementRelations.AsNoTracking()
            .Where(r => r.ToAgreementId == agreement.Id)
            .Join(db.Agreements, r => r.FromAgreementId, a => a.Id, (r, a) => new { r.Kind, r.Note, a.Id, a.Key, Title = a.Title.En, a.SignedOn })
            .ToListAsync(ct);

        var relations = agreement.Relations
            .Where(r => r.To is not null)
            .Select(r => new RelationView(KebabCase.ToKey(r.Kind), RelationDirection.Outgoing, r.To!.Id, r.To.Key, r.To.Title.En, r.To.SignedOn, r.Note))
            .Concat(incoming.Select(r => new RelationView(KebabCase.ToKey(r.Kind), RelationDirection.Incoming, r.Id, r.Key, r.Title, r.SignedOn, r.Note)))
            .OrderBy(r => r.Direction, StringComparer.Ordinal).ThenBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.SignedOn)
            .ToList();

        return new AgreementDetail(
            agreement.Id,
            agreement.Key,
            KebabCase.ToKey(agreement.Kind),
            agreement.Title.En,
            agreement.Title.Ru,
            agreement.Title.Az,
            agreement.ShortTitle.En,
            agreement.SignedOn,
            agreement.SigningPlace,
            KebabCase.ToKey(agreement.Status),
            [.. agreement.Parties.Select(p => p.PartyCode)],
            agreement.AuthenticLanguages,
            agreement.Summary,
            agreement.Note,
            [.. agreement.Versions.OrderByDescending(v => v.Authentic).ThenBy(v => v.Language, StringComparer.Ordinal)
                .Select(v => new VersionView(v.Language, v.Authentic, v.SourceDocumentId))],
            counts.FirstOrDefault(c => c.Part == ProvisionPart.Preamble)?.Count ?? 0,
            counts.FirstOrDefault(c => c.Part == ProvisionPart.Operative)?.Count ?? 0,
            relations,
            [.. agreement.Roadmaps.OrderBy(r => r.Number).Select(r => new RoadmapView(r.Number, r.Title.En, r.Spheres))]);
    }

    /// <summary><see cref="ListAsync"/> through the cache (the same list for every viewer).</summary>
    public static Task<List<AgreementSummary>?> CachedListAsync(EntenteDb db, VersionedReadCache cache, CancellationToken ct) =>
        cache.GetAsync<List<AgreementSummary>>(db, "agreements", async (db, ct) => await ListAsync(db, ct), ct);

    /// <summary><see cref="FindAsync"/> through the cache; an unknown id is looked up each time, not kept.</summary>
    public static Task<AgreementDetail?> CachedFindAsync(EntenteDb db, VersionedReadCache cache, string idOrKey, CancellationToken ct) =>
        cache.GetAsync(db, "agreement:" + idOrKey, (db, ct) => FindAsync(db, idOrKey, ct), ct);

    /// <summary>An agreement's provisions in <paramref name="language"/> through the cache, or null when there is no such agreement.</summary>
    public static Task<List<ProvisionView>?> CachedProvisionsAsync(EntenteDb db, VersionedReadCache cache, string idOrKey, string language, CancellationToken ct) =>
        cache.GetAsync(db, $"provisions:{language}:{idOrKey}", async (db, ct) =>
            await ByIdOrKey(db, idOrKey).Select(a => (int?)a.Id).SingleOrDefaultAsync(ct) is { } id ? await ProvisionsAsync(db, id, language, ct) : null, ct);

    // An agreement named by its numeric id or by its key.
    private static IQueryable<Agreement> ByIdOrKey(EntenteDb db, string idOrKey) =>
        int.TryParse(idOrKey, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? db.Agreements.AsNoTracking().Where(a => a.Id == id)
            : db.Agreements.AsNoTracking().Where(a => a.Key == idOrKey);

    /// <summary>An agreement's provisions in order, each in <paramref name="language"/> where it has words in it.</summary>
    public static async Task<List<ProvisionView>> ProvisionsAsync(EntenteDb db, int agreementId, string language, CancellationToken ct)
    {
        var rows = await db.Provisions.AsNoTracking()
            .Include(p => p.Texts)
            .Where(p => p.AgreementId == agreementId)
            .OrderBy(p => p.Order)
            .ToListAsync(ct);
        return [.. rows.Select(p => ToView(p, language))];
    }

    public static ProvisionView ToView(Provision provision, string language)
    {
        var picked = ProvisionLanguages.Pick(provision.Texts, language);
        return new ProvisionView(
            provision.Id, KebabCase.ToKey(provision.Part), provision.Number, provision.Order,
            picked?.Language ?? language, picked?.Text, picked?.Summary, provision.Spheres, provision.Modality,
            [.. provision.Texts.OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => new ProvisionVersionView(t.Language, t.Text, t.Summary))]);
    }
}
