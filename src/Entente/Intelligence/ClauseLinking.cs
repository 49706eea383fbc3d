using Entente.Agreements;
using Entente.Documents;
using Entente.Intelligence.Profiles;
using Entente.Storage;
using Entente.Text.Analysis;
using Entente.Text.Linking;
using Entente.Text.Pipeline;
using Entente.Text.Reading;
using Microsoft.EntityFrameworkCore;

namespace Entente.Intelligence;

/// <summary>Builds the linker's candidates from the legal base and stores a document's clause links.</summary>
public static class ClauseLinking
{
    private const int PassageLength = 1000;

    private const int CueLength = 200;

    /// <summary>Every stored agreement with numbered operative clauses, as plain records for <see cref="ClauseLinker"/>.</summary>
    public static async Task<IReadOnlyList<LinkCandidate>> CandidatesAsync(EntenteDb db, CancellationToken ct)
    {
        var agreements = await db.Agreements.AsNoTracking()
            .Include(a => a.Parties)
            .Include(a => a.Provisions.Where(p => p.Part == ProvisionPart.Operative && p.Number != null)).ThenInclude(p => p.Texts)
            .Where(a => a.Provisions.Any(p => p.Part == ProvisionPart.Operative && p.Number != null))
            .OrderBy(a => a.Id)
            .ToListAsync(ct);
        var ids = agreements.Select(a => a.Id).ToList();
        var profiles = (await db.ClauseProfiles.AsNoTracking().Where(p => ids.Contains(p.AgreementId)).OrderBy(p => p.Id).ToListAsync(ct))
            .ToLookup(p => p.AgreementId);
        return [.. agreements.Select(a => Candidate(a, profiles[a.Id]))];
    }

    /// <summary>
    /// The candidate of one agreement as just saved (its provisions and their words in memory): what
    /// <see cref="CandidatesAsync(EntenteDb, CancellationToken)"/> would read back for it,
    /// without the read. Null when it has no numbered operative clause.
    /// </summary>
    public static async Task<LinkCandidate?> CandidateAsync(EntenteDb db, Agreement agreement, CancellationToken ct)
    {
        if (!agreement.Provisions.Any(IsNumberedClause))
        {
            return null;
        }

        var profiles = await db.ClauseProfiles.AsNoTracking().Where(p => p.AgreementId == agreement.Id).OrderBy(p => p.Id).ToListAsync(ct);
        return Candidate(agreement, profiles);
    }

    private static bool IsNumberedClause(Provision provision) => provision.Part == ProvisionPart.Operative && provision.Number != null;

    private static LinkCandidate Candidate(Agreement a, IEnumerable<ClauseProfile> profiles) => new(a.Id, a.Title.En, KebabCase.ToKey(a.Kind))
    {
        Date = a.SignedOn,
        Parties = [.. a.Parties.Select(p => p.PartyCode)],
        OtherTitles = new[] { a.ShortTitle.En, a.Title.Ru, a.Title.Az, a.ShortTitle.Ru }.OfType<string>().ToList(),
        Clauses = [.. a.Provisions.Where(IsNumberedClause).OrderBy(p => p.Order)
            .Select(p => new CandidateClause(p.Number!, AllWords(p), ProvisionLanguages.Summary(p.Texts)))],
        Profiles = [.. profiles.Select(p => p.ToProfile())],
    };

    // Every language's words of a clause, so that a document in any of them finds it.
    private static string? AllWords(Provision provision) =>
        string.Join('\n', ProvisionLanguages.All(provision.Texts)) is { Length: > 0 } words ? words : null;

    /// <summary>The clauses a document's text concerns among <paramref name="candidates"/>; pure, so batches run it on every core.</summary>
    public static IReadOnlyList<ClauseLink> Link(string? text, DocumentAnalysis analysis, IReadOnlyList<LinkCandidate> candidates) =>
        analysis.Error is not null || text is null || candidates.Count == 0 ? [] : ClauseLinker.Link(text, analysis, candidates);

    /// <summary>
    /// The analysed document with its clause links; a fault while linking fails this one document (code
    /// analysis-failed, its bytes kept), never the batch it is in.
    /// </summary>
    public static AnalysedDocument Linked(AnalysedDocument analysed, IReadOnlyList<LinkCandidate> candidates)
    {
        try
        {
            return analysed with { Analysis = analysed.Analysis with { ClauseLinks = Link(analysed.Original, analysed.Analysis, candidates) } };
        }
        catch (Exception fault) when (fault is not OperationCanceledException)
        {
            return analysed with { Analysis = analysed.Analysis with { ClauseLinks = [], Error = IngestionErrors.AnalysisFailedOn(fault) } };
        }
    }

    /// <summary>
    /// Links a stored document to the clauses of the given candidates (the legal base, read once per batch) and replaces
    /// its stored links. The caller writes the links into the analysis it stores and saves (inside its transaction).
    /// </summary>
    public static Task<IReadOnlyList<ClauseLink>> LinkAsync(EntenteDb db, SourceDocument document, DocumentAnalysis analysis, IReadOnlyList<LinkCandidate> candidates, CancellationToken ct) =>
        StoreAsync(db, document, Link(document.Text, analysis, candidates), ct);

    /// <summary>Replaces a stored document's links with <paramref name="links"/> (found by <see cref="Link"/>); the caller saves.</summary>
    public static async Task<IReadOnlyList<ClauseLink>> StoreAsync(EntenteDb db, SourceDocument document, IReadOnlyList<ClauseLink> links, CancellationToken ct)
    {
        await db.ClauseLinks.Where(l => l.SourceDocumentId == document.Id).ExecuteDeleteAsync(ct);
        if (document.Text is not { } text)
        {
            return [];
        }

        db.ClauseLinks.AddRange(links.Select(l => new DocumentClauseLink
        {
            SourceDocumentId = document.Id,
            AgreementId = l.Agreement.Id,
            Clause = l.Clause,
            Kind = l.Kind,
            Evidence = l.Evidence,
            Cue = l.Cue is { Length: > CueLength } cue ? cue[..CueLength] : l.Cue,
            ActivityDate = l.ActivityDate,
            ActivityPrecision = l.ActivityPrecision,
            Baseline = l.Baseline,
            Score = l.Score,
            SpanStart = l.Span.Start,
            SpanEnd = l.Span.End,
            Passage = Passage(text, l),
        }));
        return links;
    }

    private static string Passage(string text, ClauseLink link)
    {
        var passage = link.Span.Of(text);
        return passage.Length <= PassageLength ? passage : passage[..(PassageLength - 1)] + "…";
    }
}
