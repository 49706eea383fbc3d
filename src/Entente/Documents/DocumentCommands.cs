using System.CommandLine;
using Entente.Cli;
using Entente.Conflicts;
using Entente.Indicators;
using Entente.Storage;
using Entente.Text.Pipeline;
using Entente.Text.Reading;
using Microsoft.EntityFrameworkCore;

namespace Entente.Documents;

/// <summary><c>entente documents refresh</c>: reads stored documents again (clause links, claims into series, conflicts).</summary>
public static class DocumentCommands
{
    public static Command Create(CommonOptions common, ConsoleOutput output)
    {
        var documents = new Command("documents", "Stored documents.");
        var refresh = new Command("refresh",
            "Read every stored document again from its original bytes, with the date and source it arrived with: link it to " +
            "the clauses of the legal base as it is now, put its claims into the indicator series (replacing what it gave " +
            "before) and refresh the conflicts. A document whose reading does not change is left as it is.");
        refresh.SetAction(async (parseResult, ct) =>
        {
            var target = common.ResolveDatabase(parseResult);
            await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, ct);
            try
            {
                await using var db = EntenteDatabase.CreateContext(target);
                // The stored bytes are loaded by a context of their own: the store's writes are on the other.
                await using var reader = EntenteDatabase.CreateContext(target);
                var ids = await db.SourceDocuments.AsNoTracking().Where(d => d.Status == IngestionStatus.Analysed).OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(ct);
                var items = ids.Select(id => new BatchItem($"#{id}", token => OpenStoredAsync(reader, id, token))).ToList();
                var store = new DocumentStore(db, DocumentPipeline.Default, TimeProvider.System) { KeepsAnalyses = false };
                IReadOnlyList<IngestOutcome> done = [];
                var (links, claims) = (0, 0);
                await BatchProgress.RunAsync(output, "Refreshing documents", items.Count, show: true, async advance =>
                    done = await store.StoreAsync(items, outcome =>
                    {
                        links += outcome.Analysis?.ClauseLinks.Count ?? 0;
                        claims += outcome.Analysis?.Claims.Count ?? 0;
                        advance();
                    }, ct));

                var conflicts = await TidySeriesAsync(db, ct);
                var open = await db.Conflicts.CountAsync(c => c.StillDetected && c.ResolvedAt == null, ct);
                output.Line($"Refreshed {done.Count} document(s), {done.Count(d => d.Result == IngestResult.Updated)} changed: " +
                    $"{links} clause links, {claims} claims; {conflicts} conflict(s) detected, {open} open.");
                return ExitCodes.Success;
            }
            catch (Exception e) when (DatabaseErrors.Describe(e, target) is { } described && described != e)
            {
                throw described;
            }
        });
        documents.Subcommands.Add(refresh);
        return documents;
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
