using System.Globalization;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.ActionItems;

/// <summary>Freezes due dates into a <see cref="Baseline"/> and compares them with what happened.</summary>
public static class Baselines
{
    public static async Task<Baseline> FreezeAsync(EntenteDb db, string name, CancellationToken ct)
    {
        var items = await db.ActionItems.AsNoTracking().Select(i => new { i.Id, i.DueOn }).ToListAsync(ct);
        var baseline = new Baseline
        {
            Name = name,
            FrozenAt = db.Time.GetUtcNow(),
            FrozenBy = db.Viewer.Actor,
            Items = [.. items.Select(i => new BaselineItem { ActionItemId = i.Id, DueOn = i.DueOn })],
        };
        db.Baselines.Add(baseline);
        await db.SaveChangesAsync(ct);
        return baseline;
    }

    /// <summary>
    /// The baselines, newest first, each with the number of its items the viewer can see: an item kept to another
    /// Party is neither shown nor counted, so the count does not tell that it exists.
    /// </summary>
    public static async Task<List<BaselineView>> ListAsync(EntenteDb db, CancellationToken ct) =>
        await db.Baselines.AsNoTracking().OrderByDescending(b => b.Id)
            .Select(b => new BaselineView(b.Id, b.Name, b.FrozenAt, b.FrozenBy, b.Items.Count(i => db.ActionItems.Any(a => a.Id == i.ActionItemId))))
            .ToListAsync(ct);

    /// <summary>
    /// Rows for the items the viewer can see: those frozen in the baseline, then those added since (marked added); null when
    /// there is no such baseline.
    /// </summary>
    public static async Task<List<BaselineComparisonRow>?> CompareAsync(EntenteDb db, int id, CancellationToken ct)
    {
        if (await db.Baselines.Where(b => b.Id == id).Select(b => (DateTimeOffset?)b.FrozenAt).SingleOrDefaultAsync(ct) is not { } frozenAt)
        {
            return null;
        }

        var rows = await db.Set<BaselineItem>().AsNoTracking()
            .Where(b => b.BaselineId == id)
            .Join(db.ActionItems, b => b.ActionItemId, i => i.Id, (b, i) => new { i.Id, i.Title, Baseline = b.DueOn, i.DueOn, i.CompletedOn })
            .OrderBy(r => r.Id)
            .ToListAsync(ct);
        // Added: created after the freeze, as the trail records it. An item that existed then but was not the freezer's
        // to see (the other Party's own) was not added since, and is not part of this baseline at all.
        var frozen = db.Set<BaselineItem>().Where(b => b.BaselineId == id).Select(b => b.ActionItemId);
        // The trail's order says what came after the freeze, even when both happened in the same clock tick.
        var key = id.ToString(CultureInfo.InvariantCulture);
        var frozenIn = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Entity == nameof(Baseline) && a.Action == "added" && a.EntityId == key)
            .Select(a => (long?)a.Sequence).FirstOrDefaultAsync(ct);
        var creations = db.AuditEntries.AsNoTracking().Where(a => a.Entity == nameof(ActionItem) && a.Action == "added");
        // A baseline frozen before the trail recorded it has no sequence: the clock decides, read here because SQLite
        // cannot compare DateTimeOffset values in SQL.
        var createdSinceIds = frozenIn is { } sequence
            ? await creations.Where(a => a.Sequence > sequence).Select(a => a.EntityId).ToListAsync(ct)
            : [.. (await creations.Select(a => new { a.EntityId, a.At }).ToListAsync(ct)).Where(c => c.At > frozenAt).Select(c => c.EntityId)];
        var createdSince = createdSinceIds
            .Select(entityId => int.TryParse(entityId, NumberStyles.None, CultureInfo.InvariantCulture, out var itemId) ? itemId : 0)
            .Where(itemId => itemId > 0).ToList();
        var added = await db.ActionItems.AsNoTracking().Where(i => !frozen.Contains(i.Id) && createdSince.Contains(i.Id)).OrderBy(i => i.Id)
            .Select(i => new BaselineComparisonRow(i.Id, i.Title, null, i.DueOn, i.CompletedOn, null, true))
            .ToListAsync(ct);
        return [.. rows.Select(r => new BaselineComparisonRow(
            r.Id, r.Title, r.Baseline, r.DueOn, r.CompletedOn,
            r.Baseline is { } planned && (r.CompletedOn ?? r.DueOn) is { } actual ? actual.DayNumber - planned.DayNumber : null)), .. added];
    }
}
