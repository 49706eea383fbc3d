using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Entente.Notifications;

/// <summary>
/// An outgoing webhook an administrator set up for a Party: each of the Party's notifications is posted to
/// <see cref="Url"/> as JSON, signed with an HMAC-SHA256 of the body under its shared secret (<see cref="ProtectedSecret"/>), in order.
/// </summary>
public sealed class Webhook
{
    public const int UrlLength = 2048;

    public int Id { get; set; }

    public required string PartyCode { get; set; }

    public required string Url { get; set; }

    /// <summary>
    /// The shared secret the receiver checks the signature with, as stored: encrypted by <see cref="WebhookSecrets"/>
    /// (read and written only through it).
    /// </summary>
    public required string ProtectedSecret { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    /// <summary>The last notification handled (delivered, or given up after the last attempt); the next one goes after it.</summary>
    public int DeliveredUpTo { get; set; }
}

/// <summary>One attempt to deliver a notification to a webhook, kept for the administrators' page.</summary>
public sealed class WebhookAttempt
{
    public const int ErrorLength = 500;

    public int Id { get; set; }

    public int WebhookId { get; set; }

    public int NotificationId { get; set; }

    /// <summary>1 for the first try, 2 for the first retry…</summary>
    public int Attempt { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The receiver's HTTP status; null when no answer came.</summary>
    public int? Status { get; set; }

    public bool Succeeded { get; set; }

    public string? Error { get; set; }
}

internal sealed class WebhookConfiguration : IEntityTypeConfiguration<Webhook>, IEntityTypeConfiguration<WebhookAttempt>
{
    public void Configure(EntityTypeBuilder<Webhook> webhook)
    {
        webhook.ToTable("Webhooks");
        webhook.Property(w => w.PartyCode).HasMaxLength(16);
        webhook.Property(w => w.Url).HasMaxLength(Webhook.UrlLength);
        webhook.Property(w => w.ProtectedSecret).HasColumnName("Secret").HasMaxLength(WebhookSecrets.StoredLength);
    }

    public void Configure(EntityTypeBuilder<WebhookAttempt> attempt)
    {
        attempt.ToTable("WebhookAttempts");
        attempt.Property(a => a.Error).HasMaxLength(WebhookAttempt.ErrorLength);
        attempt.HasOne<Webhook>().WithMany().HasForeignKey(a => a.WebhookId).OnDelete(DeleteBehavior.Cascade);
        attempt.HasIndex(a => new { a.WebhookId, a.NotificationId });
    }
}
