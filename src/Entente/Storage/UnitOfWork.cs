using Microsoft.EntityFrameworkCore;

namespace Entente.Storage;

/// <summary>Several saves that must land together or not at all (a record, then the grants or items naming its new id).</summary>
public static class UnitOfWork
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction, retried as a whole on a transient PostgreSQL failure;
    /// inside a transaction already open, it simply joins it.
    /// </summary>
    public static async Task InOneTransactionAsync(this EntenteDb db, Func<CancellationToken, Task> work, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await work(ct);
            return;
        }

        await db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            await work(token);
            await transaction.CommitAsync(token);
        }, ct);
    }
}
