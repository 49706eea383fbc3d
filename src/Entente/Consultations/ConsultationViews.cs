using Entente.Agreements;
using Entente.Storage;

namespace Entente.Consultations;

/// <summary>
/// A consultation as the API returns it; <see cref="Box"/> says whether the viewer's Party asked or is asked,
/// <see cref="Next"/> the moves the viewer's Party may make, <see cref="Clauses"/> the clauses as people write them,
/// <see cref="AcknowledgeBy"/> and <see cref="HoldBy"/> the deadlines of the configured rule.
/// </summary>
public sealed record ConsultationView(
    int Id, [property: Web.KeyOf(typeof(ConsultationKind))] string Kind, string Subject, string? RequestingParty, string AskedParty, [property: Web.KeyOf(typeof(Classification))] string Classification, [property: Web.KeyOf(typeof(Access.Visibility))] string Visibility,
    IReadOnlyList<int> ClauseIds, IReadOnlyList<string> Clauses, IReadOnlyList<DateOnly> ProposedDates, [property: Web.KeyOf(typeof(ConsultationStatus))] string Status, [property: Web.KeyOf(typeof(ConsultationStatus))] IReadOnlyList<string> Next,
    DateTimeOffset RequestedAt, string RequestedBy, DateTimeOffset AcknowledgeBy, DateTimeOffset HoldBy, DateTimeOffset? AcknowledgedAt,
    string? Reply, DateOnly? ScheduledOn, DateTimeOffset? HeldAt, DateTimeOffset? ConcludedAt, string? Outcome, string? DeclineReason,
    DateTimeOffset? AcknowledgeBreachedAt, DateTimeOffset? HoldBreachedAt, DateTimeOffset? LastReminderAt, [property: Web.KeyOf(typeof(ConsultationBox))] string Box, long Version)
{
    public static ConsultationView Of(Consultation c, string? viewerParty, ClauseReferences clauses, ConsultationDeadlineOptions deadlines) => new(
        c.Id, KebabCase.ToKey(c.Kind), c.Subject, c.OwnerPartyCode, c.CounterpartPartyCode, KebabCase.ToKey(c.Classification),
        KebabCase.ToKey(c.Visibility), c.ClauseIds, [.. c.ClauseIds.Select(clauses.Write)], c.ProposedDates, KebabCase.ToKey(c.Status),
        [.. ConsultationWorkflow.NextFor(c, viewerParty).Select(KebabCase.ToKey)], c.RequestedAt, c.RequestedBy,
        deadlines.AcknowledgeBy(c), deadlines.HoldBy(c), c.AcknowledgedAt, c.Reply,
        c.ScheduledOn, c.HeldAt, c.ConcludedAt, c.Outcome, c.DeclineReason, c.AcknowledgeBreachedAt, c.HoldBreachedAt,
        c.LastReminderAt, viewerParty == c.CounterpartPartyCode ? ConsultationBox.Inbox : viewerParty == c.OwnerPartyCode ? ConsultationBox.Outbox : ConsultationBox.Other,
        c.Version);

    /// <summary>The deadline still ahead of the asked Party: acknowledging while requested, then holding; null once held or closed.</summary>
    public DateTimeOffset? NextDeadline => Status switch
    {
        "requested" => AcknowledgeBy,
        "acknowledged" or "scheduled" => HoldBy,
        _ => null,
    };
}

/// <summary>A new request for consultations; <see cref="Clauses"/> are written <c>6</c> or <c>agreement-key#6</c>.</summary>
public sealed record ConsultationInput(
    [property: Web.KeyOf(typeof(ConsultationKind))] string? Kind = null, string? Subject = null, string? AskedParty = null, [property: Web.KeyOf(typeof(Classification))] string? Classification = null, [property: Web.KeyOf(typeof(Access.Visibility))] string? Visibility = null,
    IReadOnlyList<string>? Clauses = null, IReadOnlyList<DateOnly>? ProposedDates = null);

/// <summary>Where a consultation stands for the viewer's Party: asked (inbox), asking (outbox) or neither.</summary>
public static class ConsultationBox
{
    public const string Inbox = "inbox";
    public const string Outbox = "outbox";
    public const string Other = "other";
}

public sealed record NoteInput(string? Text = null);

public sealed record NoteView(int Id, string? Party, string Text, DateTimeOffset At, string Author);
