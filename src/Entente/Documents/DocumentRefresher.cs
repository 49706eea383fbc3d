using Entente.Conflicts;
using Entente.Indicators;
using Entente.Intelligence;
using Entente.Storage;
using Entente.Text.Analysis;
using Entente.Text.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Entente.Documents;

/// <summary>What refreshing one document found.</summary>
public sealed record RefreshedDocument(int Id, string? Title, int ClauseLinks, int Claims);

/// <summary>
/// Reads stored documents again from their original bytes: with today's pipeline, against today's legal base. Each
/// document is one transaction (analysis, clause links, its sources in the series); conflicts are refreshed once at the end.
/// </summary>
public sealed class DocumentRefresher(EntenteDb db, DocumentPipeline pipeline)
{
    /// <summary>The documents that were read successfully when stored, in the order they were stored.</summary>
    public Task<List<int>> DocumentIdsAsync(CancellationToken ct) =>
        db.SourceDocuments.AsNoTracking().Where(d => d.Status == IngestionStatus.Analysed).OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(ct);

    public async Task<RefreshedDocument> RefreshAsync(int id, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var document = await db.SourceDocuments.Include(d => d.Content).SingleAsync(d => d.Id == id, ct);
            var analysed = pipeline.Analyse(document.Content!.Bytes, document.Source, document.MediaType);
            var analysis = analysed.Analysis;
            if (analysis.Error is not null)
            {
                // Read before, unreadable now: keep what was stored rather than lose it.
                return new RefreshedDocument(id, document.Title, 0, 0);
            }

            document.Text = analysed.Original;
            document.Language = analysis.Language;
            document.Kind = analysis.Kind;
            document.DocumentDate = analysis.Date;
            document.AnalysisJson = new AnalysisReport([analysis]).ToJson();
            var links = await ClauseLinking.LinkAsync(db, document, analysis, ct);
            await db.SaveChangesAsync(ct);
            var claims = await SeriesUpdate.ApplyAsync(db, document, analysis, ct);
            await transaction.CommitAsync(ct);
            return new RefreshedDocument(id, document.Title, links.Count, claims);
        }, cancellationToken);
    }

    /// <summary>
    /// Drops points whose documents are gone, fills the period precision of points stored before it was recorded, then
    /// refreshes the conflicts; returns how many are detected.
    /// </summary>
    public async Task<int> RefreshConflictsAsync(CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await SeriesUpdate.RemoveOrphansAsync(db, ct);
            var unknown = await db.Observations.Where(o => o.PeriodPrecision == "").ToListAsync(ct);
            foreach (var point in unknown)
            {
                point.PeriodPrecision = Text.Series.PeriodPrecision.Of(new Period(point.PeriodStart, point.PeriodEnd));
            }

            await db.SaveChangesAsync(ct);
            var detected = await ConflictRefresh.RefreshAsync(db, ct);
            await transaction.CommitAsync(ct);
            return detected;
        }, cancellationToken);
    }
}
