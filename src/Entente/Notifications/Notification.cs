using Entente.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Entente.Notifications;

/// <summary>
/// Something new for one Party's inbox, derived from what that Party may see (<see cref="NotificationDeriver"/>). It is
/// itself a record of that Party only (<see cref="Visibility.Party"/>), so the access filters keep every other
/// viewer from it exactly as they keep them from the Party's own records.
/// </summary>
public sealed class Notification : IVisible
{
    public const int SubjectLength = 1000;

    public int Id { get; set; }

    /// <summary>The Party whose inbox this is.</summary>
    public required string OwnerPartyCode { get; set; }

    /// <summary>Always <see cref="Visibility.Party"/>: an inbox is its Party's alone.</summary>
    public Visibility Visibility { get; set; } = Visibility.Party;

    /// <summary>One of <see cref="NotificationKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>What caused it, unique in the Party's inbox, so deriving the same news again adds nothing.</summary>
    public required string Key { get; set; }

    /// <summary>What it is about, as its record names it (a document's title, a consultation's subject, a conflict's series).</summary>
    public required string Subject { get; set; }

    /// <summary>The page that shows it, as a path (<c>/documents/12</c>).</summary>
    public required string Link { get; set; }

    /// <summary>The clause it concerns, as <c>agreementId:number</c> (what a user follows), if any.</summary>
    public string? ClauseKey { get; set; }

    /// <summary>The clause number as the agreement writes it, for the text.</summary>
    public string? Clause { get; set; }

    public string? IndicatorKey { get; set; }

    /// <summary>The watched source it came from, as its id in text (what a user follows), if any.</summary>
    public string? SourceKey { get; set; }

    /// <summary>A deadline or due date it announces, if any.</summary>
    public DateTimeOffset? Due { get; set; }

    /// <summary>
    /// True when it concerns the Party as such (its bodies' clauses, conflicts, its consultations, follow-ups): every user
    /// of the Party sees it and the Party's webhooks send it. False when it is there only for users following its subject.
    /// </summary>
    public bool ForParty { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>The kinds of news an inbox holds.</summary>
public static class NotificationKinds
{
    /// <summary>A document was linked to a clause as evidence or citation.</summary>
    public const string Evidence = "evidence";

    /// <summary>A document arrived from a followed source.</summary>
    public const string Document = "document";

    /// <summary>A figure arrived in a followed indicator's series.</summary>
    public const string Figure = "figure";

    public const string ConflictNew = "conflict-new";

    public const string ConflictResolved = "conflict-resolved";

    /// <summary>A consultation's deadline is near (the deadline service's reminder).</summary>
    public const string DeadlineComing = "deadline-coming";

    public const string DeadlineMissed = "deadline-missed";

    /// <summary>A commission decision's action item is due soon.</summary>
    public const string FollowUpDue = "follow-up-due";

    public const string FollowUpOverdue = "follow-up-overdue";
}

/// <summary>A subject a user follows beyond their Party's own: a clause, an indicator or a watched source.</summary>
public sealed class NotificationFollow
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    /// <summary><c>clause</c>, <c>indicator</c> or <c>source</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>The same key the notifications carry (<see cref="Notification.ClauseKey"/>, indicator key, source id).</summary>
    public required string Key { get; set; }
}

/// <summary>A user has read a notification.</summary>
public sealed class NotificationRead
{
    public required string UserId { get; set; }

    public int NotificationId { get; set; }

    public DateTimeOffset ReadAt { get; set; }
}

/// <summary>How far a Party's inbox has looked at a stream of records (links, documents, figures, conflicts), and since when.</summary>
public sealed class NotificationCursor
{
    public required string PartyCode { get; set; }

    public required string Stream { get; set; }

    /// <summary>The last record id looked at.</summary>
    public int Position { get; set; }

    /// <summary>When the inbox began: changes before it are history, not news.</summary>
    public DateTimeOffset StartedAt { get; set; }
}

internal sealed class NotificationConfiguration :
    IEntityTypeConfiguration<Notification>, IEntityTypeConfiguration<NotificationFollow>, IEntityTypeConfiguration<NotificationRead>, IEntityTypeConfiguration<NotificationCursor>
{
    public void Configure(EntityTypeBuilder<Notification> notification)
    {
        notification.ToTable("Notifications");
        notification.Property(n => n.OwnerPartyCode).HasMaxLength(16);
        notification.Property(n => n.Kind).HasMaxLength(32);
        notification.Property(n => n.Key).HasMaxLength(200);
        notification.Property(n => n.Subject).HasMaxLength(Notification.SubjectLength);
        notification.Property(n => n.Link).HasMaxLength(300);
        notification.Property(n => n.ClauseKey).HasMaxLength(64);
        notification.Property(n => n.Clause).HasMaxLength(32);
        notification.Property(n => n.IndicatorKey).HasMaxLength(128);
        notification.Property(n => n.SourceKey).HasMaxLength(16);
        notification.HasIndex(n => new { n.OwnerPartyCode, n.Key }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<NotificationFollow> follow)
    {
        follow.ToTable("NotificationFollows");
        follow.Property(f => f.UserId).HasMaxLength(450);
        follow.Property(f => f.Kind).HasMaxLength(16);
        follow.Property(f => f.Key).HasMaxLength(128);
        follow.HasOne<Users.EntenteUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
        follow.HasIndex(f => new { f.UserId, f.Kind, f.Key }).IsUnique();
    }

    public void Configure(EntityTypeBuilder<NotificationRead> read)
    {
        read.ToTable("NotificationReads");
        read.HasKey(r => new { r.UserId, r.NotificationId });
        read.Property(r => r.UserId).HasMaxLength(450);
        read.HasOne<Users.EntenteUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        read.HasOne<Notification>().WithMany().HasForeignKey(r => r.NotificationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<NotificationCursor> cursor)
    {
        cursor.ToTable("NotificationCursors");
        cursor.HasKey(c => new { c.PartyCode, c.Stream });
        cursor.Property(c => c.PartyCode).HasMaxLength(16);
        cursor.Property(c => c.Stream).HasMaxLength(32);
    }
}
