using Entente.Storage;

namespace Entente.Consultations;

/// <summary>A consultation as the API returns it; <see cref="Box"/> says whether the viewer's Party asked or is asked.</summary>
public sealed record ConsultationView(
    int Id, string Kind, string Subject, string? RequestingParty, string AskedParty, string Classification, string Visibility,
    IReadOnlyList<int> ClauseIds, IReadOnlyList<DateOnly> ProposedDates, string Status, IReadOnlyList<string> Next,
    DateTimeOffset RequestedAt, string RequestedBy, DateTimeOffset? AcknowledgedAt, DateOnly? ScheduledOn, DateTimeOffset? HeldAt,
    DateTimeOffset? ConcludedAt, string? Outcome, string? DeclineReason, DateTimeOffset? AcknowledgeBreachedAt, DateTimeOffset? HoldBreachedAt,
    DateTimeOffset? LastReminderAt, string Box, long Version)
{
    public static ConsultationView Of(Consultation c, string? viewerParty) => new(
        c.Id, KebabCase.ToKey(c.Kind), c.Subject, c.OwnerPartyCode, c.CounterpartPartyCode, KebabCase.ToKey(c.Classification),
        KebabCase.ToKey(c.Visibility), c.ClauseIds, c.ProposedDates, KebabCase.ToKey(c.Status),
        [.. ConsultationWorkflow.NextFrom(c.Status).Select(KebabCase.ToKey)], c.RequestedAt, c.RequestedBy, c.AcknowledgedAt,
        c.ScheduledOn, c.HeldAt, c.ConcludedAt, c.Outcome, c.DeclineReason, c.AcknowledgeBreachedAt, c.HoldBreachedAt,
        c.LastReminderAt, viewerParty == c.CounterpartPartyCode ? "inbox" : viewerParty == c.OwnerPartyCode ? "outbox" : "other",
        c.Version);
}

/// <summary>A new request for consultations.</summary>
public sealed record ConsultationInput(
    string? Kind = null, string? Subject = null, string? AskedParty = null, string? Classification = null, string? Visibility = null,
    IReadOnlyList<int>? ClauseIds = null, IReadOnlyList<DateOnly>? ProposedDates = null);

public sealed record NoteInput(string? Text = null);

public sealed record NoteView(int Id, string? Party, string Text, DateTimeOffset At, string Author);
