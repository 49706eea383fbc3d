using Entente.Conflicts;
using Entente.Indicators;
using Entente.Intelligence.Profiles;
using Entente.Storage;
using Entente.Text.Pipeline;
using Entente.Text.Reading;
using Microsoft.EntityFrameworkCore;

namespace Entente.Documents;

/// <summary>What a refresh did.</summary>
public sealed record RefreshSummary(int Documents, int Changed, int ClauseLinks, int Claims, int ConflictsDetected, int ConflictsOpen);

/// <summary>
/// Reads every stored document again through the one analyse-and-store path (<see cref="DocumentStore"/>), with the
/// date and source it arrived with: clause links against the legal base and profiles as they are now, claims into the
/// series, then the conflicts. Used by <c>entente documents refresh</c> and by the server when profiles change
/// (<see cref="ProfileRelinkService"/>); afterwards the stored links are those of the profiles read at its start.
/// </summary>
public static class DocumentRefresh
{
    /// <param name="db">The context the store writes through.</param>
    /// <param name="reader">A second context that loads the stored bytes (the store's writes are on the other).</param>
    /// <param name="advance">Told after each document.</param>
    /// <param name="ct">Stops between documents; what was stored stays stored.</param>
    public static async Task<RefreshSummary> RunAsync(EntenteDb db, EntenteDb reader, Action? advance, CancellationToken ct)
    {
        var profiles = await ProfileLinkState.FingerprintAsync(db, ct);
        var ids = await db.SourceDocuments.AsNoTracking().Where(d => d.Status == IngestionStatus.Analysed).OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(ct);
        var items = ids.Select(id => new BatchItem($"#{id}", token => OpenStoredAsync(reader, id, token))).ToList();
        var store = new DocumentStore(db, DocumentPipeline.Default, TimeProvider.System) { KeepsAnalyses = false };
        var (links, claims) = (0, 0);
        var done = await store.StoreAsync(items, outcome =>
        {
            links += outcome.Analysis?.ClauseLinks.Count ?? 0;
            claims += outcome.Analysis?.Claims.Count ?? 0;
            advance?.Invoke();
        }, ct);

        var detected = await TidySeriesAsync(db, ct);
        var open = await db.Conflicts.CountAsync(c => c.StillDetected && c.ResolvedAt == null, ct);
        await ProfileLinkState.RecordLinkedAsync(db, profiles, ct);
        return new RefreshSummary(done.Count, done.Count(d => d.Result == IngestResult.Updated), links, claims, detected, open);
    }

    /// <summary>A stored document as the store reads it again: its bytes with the hints it arrived with.</summary>
    private static async Task<OpenedDocument> OpenStoredAsync(EntenteDb reader, int id, CancellationToken ct)
    {
        var stored = await reader.SourceDocuments.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new { d.Source, d.GivenDate, d.GivenTitle, d.GivenMediaType, d.Content!.Bytes })
            .SingleAsync(ct);
        var input = new DocumentInput(stored.Source, stored.Bytes, stored.GivenMediaType)
        {
            Hints = new DocumentHints { Date = stored.GivenDate, Title = stored.GivenTitle },
        };
        return new OpenedDocument(input, StoredId: id);
    }

    /// <summary>
    /// Drops points whose documents are gone, fills the period precision of points stored before it was recorded, then
    /// refreshes every conflict; returns how many are detected.
    /// </summary>
    private static async Task<int> TidySeriesAsync(EntenteDb db, CancellationToken cancellationToken)
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
                point.PeriodPrecision = Text.Series.PeriodPrecision.Of(new Text.Analysis.Period(point.PeriodStart, point.PeriodEnd));
            }

            await db.SaveChangesAsync(ct);
            var detected = await ConflictRefresh.RefreshAsync(db, ct);
            await transaction.CommitAsync(ct);
            return detected;
        }, cancellationToken);
    }
}
