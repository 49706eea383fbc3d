using Entente.Access;

namespace Entente.Consultations;

/// <summary>
/// A request by one Party for consultations (regular, or urgent under the Declaration's clause 6) and its way
/// through <see cref="ConsultationStatus"/>; the other Party finds it in its inbox.
/// </summary>
public sealed class Consultation : IVisible, IVersioned
{
    public int Id { get; set; }

    public ConsultationKind Kind { get; set; }

    public required string Subject { get; set; }

    /// <summary>The requesting Party.</summary>
    public string? OwnerPartyCode { get; set; }

    /// <summary>The Party asked to consult.</summary>
    public required string CounterpartPartyCode { get; set; }

    public Visibility Visibility { get; set; }

    public Classification Classification { get; set; }

    public List<int> ClauseIds { get; set; } = [];

    public List<DateOnly> ProposedDates { get; set; } = [];

    public ConsultationStatus Status { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public required string RequestedBy { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public DateOnly? ScheduledOn { get; set; }

    public DateTimeOffset? HeldAt { get; set; }

    public DateTimeOffset? ConcludedAt { get; set; }

    public string? Outcome { get; set; }

    public string? DeclineReason { get; set; }

    /// <summary>The asked Party's answer to the request, given when it acknowledges.</summary>
    public string? Reply { get; set; }

    /// <summary>When the deadline to acknowledge passed unmet; set once by the deadline service.</summary>
    public DateTimeOffset? AcknowledgeBreachedAt { get; set; }

    /// <summary>When the deadline to hold the consultations passed unmet.</summary>
    public DateTimeOffset? HoldBreachedAt { get; set; }

    public DateTimeOffset? LastReminderAt { get; set; }

    public long Version { get; set; }
}

public enum ConsultationKind
{
    Regular,
    Urgent,
}

/// <summary>How sensitive the subject is; it labels the request, while <see cref="Visibility"/> decides who reads it.</summary>
public enum Classification
{
    Unclassified,
    Official,
    Confidential,
}

public enum ConsultationStatus
{
    Requested,
    Acknowledged,
    Scheduled,
    Held,
    Concluded,
    Declined,
}
