using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Audit;

/// <summary>Reads the trail as the history of one record; the trail's own filter hides entries the viewer may not see.</summary>
public static class AuditQueries
{
    public static async Task<List<AuditEntryView>> HistoryAsync(EntenteDb db, string entity, int id, CancellationToken ct)
    {
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await db.AuditEntries.AsNoTracking()
            .Where(e => e.Entity == entity && e.EntityId == key)
            .OrderBy(e => e.Sequence)
            .Select(e => new AuditEntryView(e.Sequence, e.At, e.Actor, e.Action, e.Before, e.After))
            .ToListAsync(ct);
    }

    /// <summary>The history of the rows that belong to a record by a composite key starting with its id ("5,12" for body 12 of commitment 5).</summary>
    public static async Task<List<AuditEntryView>> HistoryOfPartsAsync(EntenteDb db, string entity, int ownerId, CancellationToken ct)
    {
        var prefix = ownerId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",";
        return await db.AuditEntries.AsNoTracking()
            .Where(e => e.Entity == entity && e.EntityId.StartsWith(prefix))
            .OrderBy(e => e.Sequence)
            .Select(e => new AuditEntryView(e.Sequence, e.At, e.Actor, e.Action, e.Before, e.After))
            .ToListAsync(ct);
    }
}

/// <summary>One change as the history shows it.</summary>
public sealed record AuditEntryView(long Sequence, DateTimeOffset At, string Actor, string Action, string? Before, string? After);
