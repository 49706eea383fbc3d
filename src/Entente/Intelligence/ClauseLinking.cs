using Entente.Agreements;
using Entente.Documents;
using Entente.Storage;
using Entente.Text.Analysis;
using Entente.Text.Linking;
using Microsoft.EntityFrameworkCore;

namespace Entente.Intelligence;

/// <summary>Builds the linker's candidates from the legal base and stores a document's clause links.</summary>
public static class ClauseLinking
{
    private const int PassageLength = 1000;

    /// <summary>Every stored agreement with numbered operative clauses, as plain records for <see cref="ClauseLinker"/>.</summary>
    public static async Task<IReadOnlyList<LinkCandidate>> CandidatesAsync(EntenteDb db, CancellationToken ct)
    {
        var agreements = await db.Agreements.AsNoTracking()
            .Include(a => a.Parties)
            .Include(a => a.Provisions.Where(p => p.Part == ProvisionPart.Operative && p.Number != null)).ThenInclude(p => p.Texts)
            .Where(a => a.Provisions.Any(p => p.Part == ProvisionPart.Operative && p.Number != null))
            .OrderBy(a => a.Id)
            .ToListAsync(ct);
        return [.. agreements.Select(a => new LinkCandidate(a.Id, a.Title.En, KebabCase.ToKey(a.Kind))
        {
            Date = a.SignedOn,
            Parties = [.. a.Parties.Select(p => p.PartyCode)],
            OtherTitles = new[] { a.ShortTitle.En, a.Title.Ru, a.Title.Az, a.ShortTitle.Ru }.OfType<string>().ToList(),
            Clauses = [.. a.Provisions.OrderBy(p => p.Order).Select(p => new CandidateClause(p.Number!, AllWords(p), ProvisionLanguages.Summary(p.Texts)))],
        })];
    }

    // Every language's words of a clause, so that a document in any of them finds it.
    private static string? AllWords(Provision provision) =>
        string.Join('\n', ProvisionLanguages.All(provision.Texts)) is { Length: > 0 } words ? words : null;

    /// <summary>
    /// Links a stored document to the clauses of every stored agreement: replaces its stored links and writes them into
    /// its analysis JSON. The caller saves the changes (inside its transaction).
    /// </summary>
    public static async Task<IReadOnlyList<ClauseLink>> LinkAsync(EntenteDb db, SourceDocument document, DocumentAnalysis analysis, CancellationToken ct)
    {
        if (analysis.Error is not null || document.Text is null)
        {
            return [];
        }

        var links = ClauseLinker.Link(document.Text, analysis, await CandidatesAsync(db, ct));
        await db.ClauseLinks.Where(l => l.SourceDocumentId == document.Id).ExecuteDeleteAsync(ct);
        db.ClauseLinks.AddRange(links.Select(l => new DocumentClauseLink
        {
            SourceDocumentId = document.Id,
            AgreementId = l.Agreement.Id,
            Clause = l.Clause,
            Evidence = l.Evidence,
            Score = l.Score,
            SpanStart = l.Span.Start,
            SpanEnd = l.Span.End,
            Passage = Passage(document.Text, l),
        }));
        document.AnalysisJson = new AnalysisReport([analysis with { ClauseLinks = links }]).ToJson();
        return links;
    }

    private static string Passage(string text, ClauseLink link)
    {
        var passage = link.Span.Of(text);
        return passage.Length <= PassageLength ? passage : passage[..(PassageLength - 1)] + "…";
    }
}
