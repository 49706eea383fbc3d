using Microsoft.EntityFrameworkCore;

namespace Entente.Storage;

/// <summary>
/// Which state of the data a reader sees: the last entry of the audit trail. Every write appends to the trail in its
/// own transaction, entries are numbered in commit order (PostgreSQL appends under a transaction lock), and each
/// entry's hash chains all before it — so the pair changes with every write, from any server or command, and a
/// database restored from an older backup cannot come back to an old number with other contents.
/// </summary>
public readonly record struct DataVersion(long Sequence, string Hash)
{
    /// <summary>One primary-key lookup; an empty trail reads as sequence 0.</summary>
    /// <remarks>
    /// Not a compiled query: one of those is bound to the first model it meets, and a process may hold several
    /// (SQLite and PostgreSQL, or contexts built with other interceptors); EF's own query cache serves this as well.
    /// </remarks>
    public static async Task<DataVersion> ReadAsync(EntenteDb db, CancellationToken ct)
    {
        var version = await db.AuditEntries
            .IgnoreQueryFilters()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new DataVersion(e.Sequence, e.Hash))
            .FirstOrDefaultAsync(ct);
        return version.Hash is null ? new DataVersion(0, "") : version;
    }
}
