using Entente.Agreements;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Intelligence;

/// <summary>A document that concerns a clause, with the passage that supports the link.</summary>
public sealed record ClauseLinkView(
    int DocumentId,
    string? DocumentTitle,
    string? DocumentKind,
    DateOnly? DocumentDate,
    string Source,
    int AgreementId,
    string Clause,
    string Evidence,
    double Score,
    int[] Span,
    string Passage);

/// <summary>One clause of an agreement with what it says and the documents that concern it, newest first.</summary>
/// <summary>A clause in the reader's language (<see cref="Clause"/> holds every language's words) and the documents linked to it.</summary>
public sealed record ClauseView(int AgreementId, string AgreementKey, string AgreementTitle, string Number, ProvisionView Clause, IReadOnlyList<ClauseLinkView> Documents);

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
            l.AgreementId, l.Clause, l.Evidence, l.Score, l.SpanStart, l.SpanEnd, l.Passage,
        }).ToListAsync(ct);
        return [.. rows.Select(l => new ClauseLinkView(l.SourceDocumentId, l.Title, l.Kind, l.DocumentDate, l.Source,
            l.AgreementId, l.Clause, l.Evidence, l.Score, [l.SpanStart, l.SpanEnd], l.Passage))];
    }

    // Undated documents go last; among equals, the later-stored first.
    private static List<ClauseLinkView> Newest(List<ClauseLinkView> links) =>
        [.. links.OrderByDescending(l => l.DocumentDate.HasValue).ThenByDescending(l => l.DocumentDate).ThenByDescending(l => l.DocumentId)];
}
