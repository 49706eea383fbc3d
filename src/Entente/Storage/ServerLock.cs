using Microsoft.EntityFrameworkCore;

namespace Entente.Storage;

/// <summary>
/// Lets one server at a time do a periodic job when several share PostgreSQL: PostgreSQL's transaction-scoped advisory
/// lock, taken without waiting inside the caller's transaction and released when it ends. On SQLite one process is
/// assumed and the lock is always granted.
/// </summary>
public static class ServerLock
{
    /// <summary>The fixed keys of the jobs that take the lock (arbitrary numbers, one per job).</summary>
    public const long ConsultationDeadlines = 7401302;

    public const long SourcePolling = 7401303;

    public const long Notifications = 7401304;

    public const long ProfileRelinking = 7401305;

    /// <summary>True when this server holds <paramref name="key"/> until the current transaction ends (always on SQLite).</summary>
    public static async Task<bool> TryTakeAsync(EntenteDb db, long key, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            return true;
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("The server lock is held for a transaction: begin one first.");
        }

        return await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({key}) AS \"Value\"").SingleAsync(ct);
    }
}
