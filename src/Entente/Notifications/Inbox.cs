using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Notifications;

/// <summary>A notification as a user's inbox lists it.</summary>
public sealed record InboxItem(int Id, string Kind, string Subject, string Link, string? Clause, string? IndicatorKey, DateTimeOffset? Due, DateTimeOffset At, bool Read);

/// <summary>A subject a user follows, as the inbox page lists it.</summary>
public sealed record FollowView(int Id, string Kind, string Key);

/// <summary>
/// A signed-in user's inbox: their Party's notifications (the access filters show a viewer only their own Party's)
/// that concern the Party as such or a subject the user follows, with what they have read.
/// </summary>
public static class Inbox
{
    /// <summary>The kinds of subject a user may follow.</summary>
    public static readonly string[] FollowKinds = ["clause", "indicator", "source"];

    public const int PageSize = 100;

    private static IQueryable<Notification> Of(EntenteDb db, string userId) =>
        db.Set<Notification>().Where(n => n.ForParty || db.Set<NotificationFollow>().Any(f => f.UserId == userId && (
            (f.Kind == "clause" && f.Key == n.ClauseKey)
            || (f.Kind == "indicator" && f.Key == n.IndicatorKey)
            || (f.Kind == "source" && f.Key == n.SourceKey))));

    private static IQueryable<Notification> Unread(EntenteDb db, string userId) =>
        Of(db, userId).Where(n => !db.Set<NotificationRead>().Any(r => r.UserId == userId && r.NotificationId == n.Id));

    /// <summary>The count the header shows.</summary>
    public static Task<int> UnreadCountAsync(EntenteDb db, string userId, CancellationToken ct) => Unread(db, userId).CountAsync(ct);

    /// <summary>The latest notifications, newest first.</summary>
    public static async Task<List<InboxItem>> ListAsync(EntenteDb db, string userId, CancellationToken ct) =>
        await Of(db, userId).OrderByDescending(n => n.Id).Take(PageSize)
            .Select(n => new InboxItem(n.Id, n.Kind, n.Subject, n.Link, n.Clause, n.IndicatorKey, n.Due, n.At,
                db.Set<NotificationRead>().Any(r => r.UserId == userId && r.NotificationId == n.Id)))
            .ToListAsync(ct);

    /// <summary>Marks one notification read, or all unread ones when <paramref name="notificationId"/> is null; returns how many.</summary>
    public static async Task<int> MarkReadAsync(EntenteDb db, string userId, int? notificationId, CancellationToken ct)
    {
        var ids = await Unread(db, userId).Where(n => notificationId == null || n.Id == notificationId).Select(n => n.Id).ToListAsync(ct);
        var now = db.Time.GetUtcNow();
        db.AddRange(ids.Select(id => new NotificationRead { UserId = userId, NotificationId = id, ReadAt = now }));
        await db.SaveChangesAsync(ct);
        return ids.Count;
    }

    public static async Task<List<FollowView>> FollowsAsync(EntenteDb db, string userId, CancellationToken ct) =>
        await db.Set<NotificationFollow>().AsNoTracking().Where(f => f.UserId == userId).OrderBy(f => f.Kind).ThenBy(f => f.Key)
            .Select(f => new FollowView(f.Id, f.Kind, f.Key)).ToListAsync(ct);

    /// <summary>Follows a subject (once); false when the kind is not one of <see cref="FollowKinds"/> or the key is empty.</summary>
    public static async Task<bool> FollowAsync(EntenteDb db, string userId, string kind, string key, CancellationToken ct)
    {
        key = key.Trim();
        if (!FollowKinds.Contains(kind, StringComparer.Ordinal) || key.Length is 0 or > 128)
        {
            return false;
        }

        if (!await db.Set<NotificationFollow>().AnyAsync(f => f.UserId == userId && f.Kind == kind && f.Key == key, ct))
        {
            db.Add(new NotificationFollow { UserId = userId, Kind = kind, Key = key });
            await db.SaveChangesAsync(ct);
        }

        return true;
    }

    public static async Task UnfollowAsync(EntenteDb db, string userId, int followId, CancellationToken ct) =>
        await db.Set<NotificationFollow>().Where(f => f.UserId == userId && f.Id == followId).ExecuteDeleteAsync(ct);
}
