using System.Text.Json;
using Entente.Access;
using Entente.Audit;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Search;

/// <summary>Building the whole index: after the migrations (for records that predate it) and on request.</summary>
public static class SearchIndex
{
    private const int BatchSize = 500;

    /// <summary>Creates the engine's structures and builds the index when it is new or empty while records exist.</summary>
    public static async Task EnsureReadyAsync(EntenteDb db, CancellationToken ct)
    {
        var created = await SearchSchema.EnsureAsync(db, ct);
        var empty = !await db.SearchEntries.AnyAsync(ct);
        if (created || empty)
        {
            var hasRecords = await db.Agreements.IgnoreQueryFilters().AnyAsync(ct)
                || await db.SourceDocuments.IgnoreQueryFilters().AnyAsync(ct)
                || await db.ActionItems.IgnoreQueryFilters().AnyAsync(ct)
                || await db.Consultations.IgnoreQueryFilters().AnyAsync(ct);
            if (hasRecords)
            {
                await RebuildAsync(db, ct);
            }
        }
    }

    /// <summary>Replaces every entry in one transaction, so searches see the old index until the new one is whole.</summary>
    /// <returns>How many entries the index now holds.</returns>
    public static async Task<int> RebuildAsync(EntenteDb db, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            await db.SearchEntries.ExecuteDeleteAsync(token);
            var builder = new SearchEntryBuilder(db);
            var count = 0;
            count += await AddAllAsync(db, db.Agreements.IgnoreQueryFilters().Select(a => a.Id), builder.AgreementsAsync, token);
            count += await AddAllAsync(db, db.SourceDocuments.IgnoreQueryFilters().Select(d => d.Id), builder.DocumentsAsync, token);
            count += await AddAllAsync(db, db.ActionItems.IgnoreQueryFilters().Select(i => i.Id), builder.ActionItemsAsync, token);
            count += await AddAllAsync(db, db.Consultations.IgnoreQueryFilters().Select(c => c.Id), builder.ConsultationsAsync, token);
            await DataVersion.BumpAsync(db, token);
            await RecordRebuildAsync(db, count, token);
            await transaction.CommitAsync(token);
            return count;
        }, ct);
    }

    /// <summary>
    /// Writes the rebuild into the audit trail: who rebuilt the index and how many entries it got. (The rebuild moves
    /// the <see cref="DataVersion"/> itself, which is how servers' in-memory copies, <see cref="SearchReplica"/>,
    /// learn that every entry was replaced.)
    /// </summary>
    private static async Task RecordRebuildAsync(EntenteDb db, int entries, CancellationToken ct)
    {
        await AuditChain.AppendAsync(db, [new AuditEntry
        {
            Actor = db.Viewer.Actor,
            Action = "rebuilt",
            Entity = "search-index",
            EntityId = "all",
            After = JsonSerializer.Serialize(new { entries }),
            Visibility = Visibility.Shared,
            PreviousHash = AuditEntry.GenesisHash,
            Hash = AuditEntry.GenesisHash,
        }], ct);
        await db.SaveChangesAsync(ct);
    }

    private static async Task<int> AddAllAsync(
        EntenteDb db, IQueryable<int> ids, Func<IReadOnlyCollection<int>, CancellationToken, Task<List<SearchEntry>>> build, CancellationToken ct)
    {
        var all = await ids.OrderBy(id => id).ToListAsync(ct);
        var count = 0;
        foreach (var batch in all.Chunk(BatchSize))
        {
            var entries = await build(batch, ct);
            db.SearchEntries.AddRange(entries);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            count += entries.Count;
        }

        return count;
    }
}
