using Microsoft.EntityFrameworkCore;

namespace Entente.Storage;

/// <summary>
/// Which state of the data a reader sees: the one row of <see cref="DataChangeCounter"/>, moved in the same
/// transaction as every write that changes what the caches (<see cref="VersionedReadCache"/>) and the search copies
/// (<see cref="Search.SearchReplica"/>) show. It is the data's own counter, not the audit trail's last entry: an entry
/// that changes no data (a rebuild's record, an act) leaves it alone, and a write leaves it moved even when it is not
/// audited. Each move also draws a new random stamp, so a database restored from an older backup and written to again
/// cannot come back to a number it had with other contents.
/// </summary>
public readonly record struct DataVersion(long Number, string Stamp)
{
    /// <summary>One primary-key lookup; a database without the row reads as number 0.</summary>
    /// <remarks>
    /// Not a compiled query: one of those is bound to the first model it meets, and a process may hold several
    /// (SQLite and PostgreSQL, or contexts built with other interceptors); EF's own query cache serves this as well.
    /// </remarks>
    public static async Task<DataVersion> ReadAsync(EntenteDb db, CancellationToken ct)
    {
        var version = await db.DataChangeCounters.AsNoTracking()
            .Where(c => c.Id == DataChangeCounter.TheRow)
            .Select(c => new DataVersion(c.Number, c.Stamp))
            .FirstOrDefaultAsync(ct);
        return version.Stamp is null ? new DataVersion(0, "") : version;
    }

    /// <summary>Moves the counter inside the caller's transaction (the row lock makes concurrent writers take turns).</summary>
    internal static async Task BumpAsync(EntenteDb db, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            // The audit trail's lock first, always: a writer never holds this row while waiting for that lock.
            await db.Database.ExecuteSqlRawAsync(Audit.AuditChain.AppendLockSql, ct);
        }

        var stamp = Guid.NewGuid().ToString("N");
        var moved = await db.DataChangeCounters.Where(c => c.Id == DataChangeCounter.TheRow)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Number, c => c.Number + 1).SetProperty(c => c.Stamp, stamp), ct);
        if (moved == 0)
        {
            // A database made before the counter had no row (the migration adds it; this keeps older test files working).
            db.DataChangeCounters.Add(new DataChangeCounter { Id = DataChangeCounter.TheRow, Number = 1, Stamp = stamp });
        }
    }
}

/// <summary>The data's change counter: one row, see <see cref="DataVersion"/>.</summary>
public sealed class DataChangeCounter
{
    public const int TheRow = 1;

    public int Id { get; set; }

    public long Number { get; set; }

    public required string Stamp { get; set; }
}
