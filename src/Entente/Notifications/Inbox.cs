using System.Globalization;
using Entente.Sources;
using Entente.Storage;
using Entente.Web;
using Microsoft.EntityFrameworkCore;

namespace Entente.Notifications;

/// <summary>A notification as a user's inbox lists it; <see cref="Kind"/> is one of <see cref="NotificationKinds"/>.</summary>
public sealed record InboxItem(int Id, [property: KeyOf(typeof(NotificationKinds))] string Kind, string Subject, string Link, string? Clause, string? IndicatorKey, DateTimeOffset? Due, DateTimeOffset At, bool Read);

/// <summary>A subject a user follows, as the inbox page lists it.</summary>
public sealed record FollowView(int Id, [property: KeyOf(typeof(FollowKind))] string Kind, string Key);

/// <summary>The kinds of subject a user may follow beyond their Party's own news.</summary>
public enum FollowKind
{
    Clause,
    Indicator,
    Source,
}

/// <summary>
/// A signed-in user's inbox: their Party's notifications (the access filters show a viewer only their own Party's)
/// that concern the Party as such or a subject the user follows, with what they have read.
/// </summary>
public static class Inbox
{
    /// <summary>The kinds of subject a user may follow.</summary>
    public static readonly IReadOnlyCollection<string> FollowKinds = KebabCase.KeysOf<FollowKind>();

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

    /// <summary>How many notifications the inbox holds, read or not.</summary>
    public static Task<int> CountAsync(EntenteDb db, string userId, CancellationToken ct) => Of(db, userId).CountAsync(ct);

    /// <summary>Whether a notification is in the user's inbox (their Party's, for them).</summary>
    public static Task<bool> HoldsAsync(EntenteDb db, string userId, int notificationId, CancellationToken ct) =>
        Of(db, userId).AnyAsync(n => n.Id == notificationId, ct);

    /// <summary>The notifications newest first, <paramref name="take"/> of them after the first <paramref name="skip"/>.</summary>
    public static async Task<List<InboxItem>> ListAsync(EntenteDb db, string userId, int skip, int take, CancellationToken ct) =>
        await Of(db, userId).OrderByDescending(n => n.Id).Skip(skip).Take(take)
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

    /// <summary>
    /// What may be followed, by kind: the key stored and the label shown (clauses through <paramref name="clauseLabel"/>,
    /// indicators named in <paramref name="language"/>). Only what the viewer may see is offered.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<(string Key, string Label)>>> ChoicesAsync(
        EntenteDb db, Func<string, string> clauseLabel, string language, CancellationToken ct)
    {
        var clauses = (await db.Commitments.AsNoTracking().Where(c => c.Number != null).Select(c => new { c.AgreementId, c.Number, c.ProvisionId }).ToListAsync(ct))
            .OrderBy(c => c.AgreementId).ThenBy(c => c.ProvisionId)
            .Select(c => (NotificationDeriver.ClauseKey(c.AgreementId, c.Number!), clauseLabel(c.Number!))).ToList();
        var indicators = (await db.Indicators.AsNoTracking().OrderBy(i => i.Key).Select(i => new { i.Key, i.Name }).ToListAsync(ct))
            .Select(i => (i.Key, i.Name.In(language))).ToList();
        var sources = (await db.Set<WatchedSource>().AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct))
            .Select(s => (s.Id.ToString(CultureInfo.InvariantCulture), s.Name)).ToList();
        return new Dictionary<string, IReadOnlyList<(string Key, string Label)>>(StringComparer.Ordinal)
        {
            [KebabCase.ToKey(FollowKind.Clause)] = clauses,
            [KebabCase.ToKey(FollowKind.Indicator)] = indicators,
            [KebabCase.ToKey(FollowKind.Source)] = sources,
        };
    }

    /// <summary>Stops following one of the user's subjects; false when the user follows nothing with this id.</summary>
    public static async Task<bool> UnfollowAsync(EntenteDb db, string userId, int followId, CancellationToken ct) =>
        await db.Set<NotificationFollow>().Where(f => f.UserId == userId && f.Id == followId).ExecuteDeleteAsync(ct) > 0;
}
