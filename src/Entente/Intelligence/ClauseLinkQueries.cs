using Entente.Agreements;
using Entente.Storage;
using Entente.Text.Linking;
using Microsoft.EntityFrameworkCore;

namespace Entente.Intelligence;

/// <summary>A document that concerns a clause, with the passage that supports the link.</summary>
public sealed record ClauseLinkView(
    int DocumentId,
    string? DocumentTitle,
    [property: Web.KeyOf(typeof(Text.Vocabulary.DocumentKinds))] string? DocumentKind,
    DateOnly? DocumentDate,
    string Source,
    int AgreementId,
    string Clause,
    [property: Web.KeyOf(typeof(ClauseLinkKinds))] string Kind,
    [property: Web.KeyOf(typeof(ClauseEvidence), typeof(ProfileEvidence))] string Evidence,
    double Score,
    string? Cue,
    DateOnly? ActivityDate,
    [property: Web.KeyOf(typeof(Text.Analysis.DatePrecision))] string? ActivityPrecision,
    bool Baseline,
    int[] Span,
    string Passage)
{
    /// <summary>When it happened: the activity's date, else the document's.</summary>
    public DateOnly? When => ActivityDate ?? DocumentDate;

    /// <summary>How precisely <see cref="When"/> is known: the activity's precision, a day for the document's date.</summary>
    public string WhenPrecision => ActivityDate is not null ? ActivityPrecision ?? Text.Analysis.DatePrecision.Day : Text.Analysis.DatePrecision.Day;
}

/// <summary>
/// One clause of an agreement in the reader's language (<see cref="Clause"/> holds every language's words) and the documents that concern it, newest first: all of them
/// (<see cref="Documents"/>), the evidence of its implementation and the citations apart, and their counts per year.
/// </summary>
public sealed record ClauseView(int AgreementId, string AgreementKey, string AgreementTitle, string Number, ProvisionView Clause, IReadOnlyList<ClauseLinkView> Documents)
{
    public IReadOnlyList<ClauseLinkView> Evidence => [.. Documents.Where(d => d.Kind == ClauseLinkKinds.Evidences)];

    public IReadOnlyList<ClauseLinkView> Citations => [.. Documents.Where(d => d.Kind != ClauseLinkKinds.Evidences)];

    /// <summary>Links per year of the activity (else of the document), newest year first; undated links are not counted.</summary>
    public IReadOnlyList<YearCount> PerYear =>
        [.. Documents.Where(d => d.When is not null).GroupBy(d => d.When!.Value.Year).OrderByDescending(g => g.Key)
            .Select(g => new YearCount(g.Key, g.Count(d => d.Kind == ClauseLinkKinds.Evidences), g.Count(d => d.Kind != ClauseLinkKinds.Evidences)))];
}

/// <summary>How many evidence links and citations a clause has in one year.</summary>
public sealed record YearCount(int Year, int Evidence, int Citations);

/// <summary>A clause with no evidence of implementation in the last twelve months, and when it last had some.</summary>
public sealed record QuietClause(int AgreementId, string AgreementKey, string AgreementTitle, string Number, string? Summary, DateOnly? LastEvidence);

/// <summary>Reads of stored clause links.</summary>
public static class ClauseLinkQueries
{
    public static async Task<ClauseView?> ClauseAsync(EntenteDb db, int agreementId, string number, CancellationToken ct)
    {
        var agreement = await db.Agreements.AsNoTracking().Where(a => a.Id == agreementId)
            .Select(a => new { a.Id, a.Key, a.Title }).FirstOrDefaultAsync(ct);
        var provision = await db.Provisions.AsNoTracking()
            .Include(p => p.Texts)
            .Where(p => p.AgreementId == agreementId && p.Part == ProvisionPart.Operative && p.Number == number)
            .FirstOrDefaultAsync(ct);
        if (agreement is null || provision is null)
        {
            return null;
        }

        var links = await ToViewsAsync(db.ClauseLinks.Where(l => l.AgreementId == agreementId && l.Clause == number), ct);
        var language = Web.Localization.Language;
        return new ClauseView(agreement.Id, agreement.Key, agreement.Title.In(language), number, AgreementQueries.ToView(provision, language), Newest(links));
    }

    public static async Task<IReadOnlyList<ClauseLinkView>?> OfDocumentAsync(EntenteDb db, int documentId, CancellationToken ct)
    {
        if (!await db.SourceDocuments.AnyAsync(d => d.Id == documentId, ct))
        {
            return null;
        }

        var links = await ToViewsAsync(db.ClauseLinks.Where(l => l.SourceDocumentId == documentId), ct);
        return [.. links.OrderBy(l => l.Span[0]).ThenBy(l => l.Clause, StringComparer.Ordinal)];
    }

    private static async Task<List<ClauseLinkView>> ToViewsAsync(IQueryable<DocumentClauseLink> links, CancellationToken ct)
    {
        var rows = await links.AsNoTracking().Select(l => new
        {
            l.SourceDocumentId, l.SourceDocument!.Title, l.SourceDocument.Kind, l.SourceDocument.DocumentDate, l.SourceDocument.Source,
            l.AgreementId, l.Clause, LinkKind = l.Kind, l.Evidence, l.Score, l.Cue, l.ActivityDate, l.ActivityPrecision, l.Baseline, l.SpanStart, l.SpanEnd, l.Passage,
        }).ToListAsync(ct);
        return [.. rows.Select(l => new ClauseLinkView(l.SourceDocumentId, l.Title, l.Kind, l.DocumentDate, l.Source,
            l.AgreementId, l.Clause, l.LinkKind, l.Evidence, l.Score, l.Cue, l.ActivityDate, l.ActivityPrecision, l.Baseline, [l.SpanStart, l.SpanEnd], l.Passage))];
    }

    // By the activity's date (else the document's); undated links go last; among equals, the later-stored first.
    private static List<ClauseLinkView> Newest(List<ClauseLinkView> links) =>
        [.. links.OrderByDescending(l => l.When.HasValue).ThenByDescending(l => l.When).ThenByDescending(l => l.DocumentId)];

    /// <summary>
    /// The operative clauses with a commitment profile that have no evidence dated within the twelve months before
    /// <paramref name="today"/>, each with its latest evidence date (null: never), longest quiet first.
    /// </summary>
    public static async Task<IReadOnlyList<QuietClause>> QuietAsync(EntenteDb db, DateOnly today, CancellationToken ct)
    {
        var since = today.AddMonths(-12);
        var profiled = await db.ClauseProfiles.AsNoTracking().Select(p => new { p.AgreementId, p.Clause }).ToListAsync(ct);
        var agreements = await db.Agreements.AsNoTracking().Select(a => new { a.Id, a.Key, a.Title }).ToDictionaryAsync(a => a.Id, ct);
        var language = Web.Localization.Language;
        var provisions = (await db.Provisions.AsNoTracking().Include(p => p.Texts).Where(p => p.Part == ProvisionPart.Operative && p.Number != null)
            .ToListAsync(ct))
            .Select(p => new { p.AgreementId, p.Number, Summary = ProvisionLanguages.Summary(p.Texts, language), p.Order })
            .ToDictionary(p => (p.AgreementId, p.Number!));
        var latest = (await db.ClauseLinks.AsNoTracking().Where(l => l.Kind == ClauseLinkKinds.Evidences)
            .Select(l => new { l.AgreementId, l.Clause, When = l.ActivityDate ?? l.SourceDocument!.DocumentDate }).ToListAsync(ct))
            .GroupBy(l => (l.AgreementId, l.Clause)).ToDictionary(g => g.Key, g => g.Max(l => l.When));
        return [.. profiled
            .Where(p => provisions.ContainsKey((p.AgreementId, p.Clause)) && agreements.ContainsKey(p.AgreementId))
            .Select(p => (Profile: p, Last: latest.GetValueOrDefault((p.AgreementId, p.Clause))))
            .Where(p => p.Last is null || p.Last < since)
            .Select(p => new QuietClause(p.Profile.AgreementId, agreements[p.Profile.AgreementId].Key, agreements[p.Profile.AgreementId].Title.In(language),
                p.Profile.Clause, provisions[(p.Profile.AgreementId, p.Profile.Clause)].Summary, p.Last))
            .OrderBy(q => q.LastEvidence.HasValue).ThenBy(q => q.LastEvidence).ThenBy(q => q.AgreementId)
            .ThenBy(q => provisions[(q.AgreementId, q.Number)].Order)];
    }
}
