using Entente.ActionItems;
using Entente.Consultations;
using Entente.Duplicates;
using Entente.Sources;
using Entente.Storage;
using Microsoft.EntityFrameworkCore;

namespace Entente.Notifications;

/// <summary>
/// Finds what is new for one Party and puts it in the Party's inbox. It reads through a context acting for that Party
/// (<see cref="Access.Viewer.OfParty"/>): the access filters that guard every page guard this too, so another Party's
/// own records and restricted ones never become anyone's news. Deriving is idempotent (each notification has a key
/// unique in the inbox) and resumes from a cursor per stream; an inbox starts empty, at the moment it is first derived.
/// </summary>
public sealed class NotificationDeriver(EntenteDb db, ConsultationDeadlineOptions deadlines, NotificationOptions options)
{
    private const int Batch = 2000;

    /// <summary>Adds the Party's new notifications; returns how many.</summary>
    public async Task<int> DeriveAsync(CancellationToken ct)
    {
        var party = db.Viewer.PartyCode ?? throw new InvalidOperationException("Notifications are derived for a Party: act for one first.");
        var now = db.Time.GetUtcNow();
        var found = new List<Notification>();
        var follows = await db.Set<NotificationFollow>().AsNoTracking()
            .Where(f => db.Users.Any(u => u.Id == f.UserId && u.PartyCode == party))
            .Select(f => new { f.Kind, f.Key }).ToListAsync(ct);
        var followed = follows.ToLookup(f => f.Kind, f => f.Key, StringComparer.Ordinal);
        var started = await CursorAsync(party, "inbox", now, () => Task.FromResult(0), ct);

        await EvidenceAsync(party, followed["clause"].ToHashSet(StringComparer.Ordinal), now, found, ct);
        await DocumentsAsync(party, followed["source"].ToHashSet(StringComparer.Ordinal), now, found, ct);
        await FiguresAsync(party, followed["indicator"].ToHashSet(StringComparer.Ordinal), now, found, ct);
        await ConflictsAsync(party, started, now, found, ct);
        await ConsultationsAsync(party, started, now, found, ct);
        await FollowUpsAsync(party, now, found, ct);

        var keys = found.Select(n => n.Key).Distinct(StringComparer.Ordinal).ToList();
        var known = (await db.Set<Notification>().Where(n => n.OwnerPartyCode == party && keys.Contains(n.Key)).Select(n => n.Key).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var fresh = found.Where(n => known.Add(n.Key)).ToList();
        foreach (var notification in fresh)
        {
            notification.OwnerPartyCode = party;
            notification.At = now;
            notification.Subject = notification.Subject.Length > Notification.SubjectLength ? notification.Subject[..Notification.SubjectLength] : notification.Subject;
        }

        db.AddRange(fresh);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return fresh.Count;
    }

    // Evidence on the clauses the Party's bodies (or joint bodies) are responsible for, and on the clauses its users follow.
    private async Task EvidenceAsync(string party, HashSet<string> followedClauses, DateTimeOffset now, List<Notification> found, CancellationToken ct)
    {
        var cursor = await CursorAsync(party, "evidence", now, async () => await db.ClauseLinks.MaxAsync(l => (int?)l.Id, ct) ?? 0, ct);
        var links = await db.ClauseLinks.AsNoTracking().Where(l => l.Id > cursor.Position).OrderBy(l => l.Id).Take(Batch)
            .Select(l => new
            {
                l.Id, l.AgreementId, l.Clause, l.SourceDocumentId,
                Title = l.SourceDocument!.Title ?? l.SourceDocument.Source,
                // A syndicated copy is not new evidence: its first copy was.
                IsCopy = db.Set<DocumentFingerprint>().Any(f => f.SourceDocumentId == l.SourceDocumentId && f.DuplicateOfId != null),
            })
            .ToListAsync(ct);
        if (links.Count == 0)
        {
            return;
        }

        var responsible = (await db.Commitments.AsNoTracking()
            .Where(c => c.Bodies.Any(b => db.Bodies.Any(body => body.Id == b.BodyId && (body.PartyCode == party || body.PartyCode == null))))
            .Select(c => new { c.AgreementId, c.Number }).ToListAsync(ct))
            .Select(c => ClauseKey(c.AgreementId, c.Number ?? string.Empty)).ToHashSet(StringComparer.Ordinal);
        foreach (var link in links.Where(l => !l.IsCopy))
        {
            var clause = ClauseKey(link.AgreementId, link.Clause);
            var forParty = responsible.Contains(clause);
            if (forParty || followedClauses.Contains(clause))
            {
                found.Add(New(NotificationKinds.Evidence, $"evidence:{link.SourceDocumentId}:{clause}", link.Title, $"/documents/{link.SourceDocumentId}", forParty,
                    clauseKey: clause, clause: link.Clause));
            }
        }

        cursor.Position = links[^1].Id;
    }

    // Documents taken from the watched sources the Party's users follow.
    private async Task DocumentsAsync(string party, HashSet<string> followedSources, DateTimeOffset now, List<Notification> found, CancellationToken ct)
    {
        var cursor = await CursorAsync(party, "documents", now, async () => await db.SourceDocuments.MaxAsync(d => (int?)d.Id, ct) ?? 0, ct);
        var documents = await db.SourceDocuments.AsNoTracking().Where(d => d.Id > cursor.Position).OrderBy(d => d.Id).Take(Batch)
            .Select(d => new { d.Id, Title = d.Title ?? d.Source })
            .ToListAsync(ct);
        if (documents.Count == 0)
        {
            return;
        }

        var ids = documents.Select(d => d.Id).ToList();
        var sourceOf = await db.Set<FeedItem>().AsNoTracking().Where(f => f.SourceDocumentId != null && ids.Contains(f.SourceDocumentId.Value))
            .Select(f => new { Document = f.SourceDocumentId!.Value, f.WatchedSourceId }).ToListAsync(ct);
        foreach (var document in documents)
        {
            foreach (var source in sourceOf.Where(s => s.Document == document.Id).Select(s => s.WatchedSourceId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Distinct())
            {
                if (followedSources.Contains(source))
                {
                    found.Add(New(NotificationKinds.Document, $"document:{document.Id}", document.Title, $"/documents/{document.Id}", false, source: source));
                }
            }
        }

        cursor.Position = documents[^1].Id;
    }

    // Figures read into the series of the indicators the Party's users follow.
    private async Task FiguresAsync(string party, HashSet<string> followedIndicators, DateTimeOffset now, List<Notification> found, CancellationToken ct)
    {
        var cursor = await CursorAsync(party, "figures", now, async () => await db.ObservationSources.MaxAsync(s => (int?)s.Id, ct) ?? 0, ct);
        var figures = await db.ObservationSources.AsNoTracking().Where(s => s.Id > cursor.Position).OrderBy(s => s.Id).Take(Batch)
            .Join(db.Observations, s => s.ObservationId, o => o.Id, (s, o) => new { s.Id, s.SourceDocumentId, o.IndicatorKey })
            .ToListAsync(ct);
        if (figures.Count == 0)
        {
            return;
        }

        foreach (var figure in figures.Where(f => followedIndicators.Contains(f.IndicatorKey)))
        {
            found.Add(New(NotificationKinds.Figure, $"figure:{figure.SourceDocumentId}:{figure.IndicatorKey}", figure.IndicatorKey, $"/documents/{figure.SourceDocumentId}", false,
                indicator: figure.IndicatorKey));
        }

        cursor.Position = figures.Max(f => f.Id);
    }

    // New conflicts and conflicts resolved since the inbox began (both Parties watch every conflict).
    private async Task ConflictsAsync(string party, NotificationCursor started, DateTimeOffset now, List<Notification> found, CancellationToken ct)
    {
        var cursor = await CursorAsync(party, "conflicts", now, async () => await db.Conflicts.MaxAsync(c => (int?)c.Id, ct) ?? 0, ct);
        // Read whole (conflicts are few); SQLite cannot compare DateTimeOffset values in SQL.
        var conflicts = await db.Conflicts.AsNoTracking().Select(c => new { c.Id, c.IndicatorKey, c.PeriodStart, c.PeriodEnd, c.ResolvedAt }).ToListAsync(ct);
        foreach (var conflict in conflicts)
        {
            var subject = $"{conflict.IndicatorKey}, {Iso(conflict.PeriodStart)} – {Iso(conflict.PeriodEnd)}";
            if (conflict.Id > cursor.Position)
            {
                found.Add(New(NotificationKinds.ConflictNew, $"conflict:{conflict.Id}:new", subject, $"/conflicts/{conflict.Id}", true, indicator: conflict.IndicatorKey));
            }

            if (conflict.ResolvedAt > started.StartedAt)
            {
                found.Add(New(NotificationKinds.ConflictResolved, $"conflict:{conflict.Id}:resolved", subject, $"/conflicts/{conflict.Id}", true, indicator: conflict.IndicatorKey));
            }
        }

        cursor.Position = Math.Max(cursor.Position, conflicts.Count == 0 ? 0 : conflicts.Max(c => c.Id));
    }

    // The deadline service's reminders and breaches, on the consultations the Party may see.
    private async Task ConsultationsAsync(string party, NotificationCursor started, DateTimeOffset now, List<Notification> found, CancellationToken ct)
    {
        var marked = await db.Consultations.AsNoTracking()
            .Where(c => c.LastReminderAt != null || c.AcknowledgeBreachedAt != null || c.HoldBreachedAt != null)
            .ToListAsync(ct);
        foreach (var c in marked)
        {
            var link = $"/consultations/{c.Id}";
            if (c.LastReminderAt is { } reminded && reminded > started.StartedAt)
            {
                var due = c.AcknowledgedAt is null ? deadlines.AcknowledgeBy(c) : deadlines.HoldBy(c);
                found.Add(New(NotificationKinds.DeadlineComing, $"consultation:{c.Id}:reminder:{reminded.UtcTicks}", c.Subject, link, true, due: due));
            }

            if (c.AcknowledgeBreachedAt is { } ackMissed && ackMissed > started.StartedAt)
            {
                found.Add(New(NotificationKinds.DeadlineMissed, $"consultation:{c.Id}:acknowledge-missed", c.Subject, link, true, due: deadlines.AcknowledgeBy(c)));
            }

            if (c.HoldBreachedAt is { } holdMissed && holdMissed > started.StartedAt)
            {
                found.Add(New(NotificationKinds.DeadlineMissed, $"consultation:{c.Id}:hold-missed", c.Subject, link, true, due: deadlines.HoldBy(c)));
            }
        }
    }

    // Action items that follow a commission decision, due within the notice period or overdue.
    private async Task FollowUpsAsync(string party, DateTimeOffset now, List<Notification> found, CancellationToken ct)
    {
        var today = ActionItemRules.Today(db);
        var horizon = today.AddDays(options.FollowUpNoticeDays);
        var items = await db.ActionItems.AsNoTracking()
            .Where(i => i.CommissionDecisionId != null && i.CompletedOn == null && i.DueOn != null && i.DueOn <= horizon)
            .ToListAsync(ct);
        foreach (var item in items.Where(i => i.Status is not (ActionItemStatus.Done or ActionItemStatus.Cancelled)))
        {
            var due = new DateTimeOffset(item.DueOn!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var (kind, state) = item.IsOverdue(today) ? (NotificationKinds.FollowUpOverdue, "overdue") : (NotificationKinds.FollowUpDue, "due");
            if (kind == NotificationKinds.FollowUpDue && item.DueOn < today)
            {
                continue;
            }

            found.Add(New(kind, $"follow-up:{item.Id}:{state}:{Iso(item.DueOn.Value)}", item.Title, $"/action-items/{item.Id}", true, due: due));
        }
    }

    /// <summary>The stream's cursor; a new one starts at the stream's end (<paramref name="end"/>), since what came before is not news.</summary>
    private async Task<NotificationCursor> CursorAsync(string party, string stream, DateTimeOffset now, Func<Task<int>> end, CancellationToken ct)
    {
        if (await db.Set<NotificationCursor>().FindAsync([party, stream], ct) is { } cursor)
        {
            return cursor;
        }

        cursor = new NotificationCursor { PartyCode = party, Stream = stream, Position = await end(), StartedAt = now };
        db.Add(cursor);
        return cursor;
    }

    public static string ClauseKey(int agreementId, string clause) => $"{agreementId.ToString(System.Globalization.CultureInfo.InvariantCulture)}:{clause}";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Notification New(
        string kind, string key, string subject, string link, bool forParty,
        string? clauseKey = null, string? clause = null, string? indicator = null, string? source = null, DateTimeOffset? due = null) => new()
    {
        OwnerPartyCode = string.Empty, Kind = kind, Key = key, Subject = subject, Link = link, ForParty = forParty,
        ClauseKey = clauseKey, Clause = clause, IndicatorKey = indicator, SourceKey = source, Due = due,
    };
}
