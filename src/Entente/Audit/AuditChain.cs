using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Audit;

/// <summary>Appends to the hash chain and verifies it from the first entry to the last.</summary>
public static class AuditChain
{
    /// <summary>Takes PostgreSQL's transaction-scoped advisory lock with an arbitrary, fixed key.</summary>
    internal const string AppendLockSql = "SELECT pg_advisory_xact_lock(7401301)";

    /// <summary>Numbers, timestamps and chains the entries, then adds them to the context (the caller saves).</summary>
    public static async Task AppendAsync(EntenteDb db, IReadOnlyList<AuditEntry> entries, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            // Two servers appending at once would both read the same last entry; the lock makes them take turns.
            await db.Database.ExecuteSqlRawAsync(AppendLockSql, ct);
        }

        var last = await db.AuditEntries.IgnoreQueryFilters().AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(ct);
        var sequence = last?.Sequence ?? 0;
        var previous = last?.Hash ?? AuditEntry.GenesisHash;
        var now = db.Time.GetUtcNow();
        var at = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % 10), TimeSpan.Zero);
        foreach (var entry in entries)
        {
            entry.Sequence = ++sequence;
            entry.At = at;
            entry.PreviousHash = previous;
            entry.Hash = entry.ComputeHash();
            previous = entry.Hash;
            db.AuditEntries.Add(entry);
        }
    }

    /// <summary>Reads the whole chain in order, streaming, and names the first entry that does not fit.</summary>
    public static async Task<AuditVerification> VerifyAsync(EntenteDb db, CancellationToken ct)
    {
        long expected = 1;
        var previous = AuditEntry.GenesisHash;
        var entries = db.AuditEntries.IgnoreQueryFilters().AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable();
        await foreach (var entry in entries.WithCancellation(ct))
        {
            if (entry.Sequence != expected)
            {
                return new AuditVerification(expected - 1, expected, $"entry {expected} is missing (the next entry is {entry.Sequence})", previous);
            }

            if (entry.PreviousHash != previous)
            {
                return new AuditVerification(expected - 1, entry.Sequence, $"entry {entry.Sequence} does not point to the hash of entry {entry.Sequence - 1}", previous);
            }

            if (entry.ComputeHash() != entry.Hash)
            {
                return new AuditVerification(expected - 1, entry.Sequence, $"entry {entry.Sequence} ({entry.Action} {entry.Entity} {entry.EntityId}) was changed after it was written", previous);
            }

            previous = entry.Hash;
            expected++;
        }

        return new AuditVerification(expected - 1, null, null, previous);
    }
}

/// <summary>The result of checking the chain: how many entries held, and the first broken one if any.</summary>
public sealed record AuditVerification(long Verified, long? FirstBroken, string? Problem, string LastHash)
{
    public bool IsIntact => FirstBroken is null;
}
