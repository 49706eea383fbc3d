using Entente.Access;

namespace Entente.Events;

/// <summary>A forum, culture days, business mission or youth forum held under the partnership, with the clauses it serves.</summary>
public sealed class PartnershipEvent : IVisible, IVersioned
{
    public int Id { get; set; }

    public EventKind Kind { get; set; }

    public required string Title { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public string? Place { get; set; }

    public string? OwnerPartyCode { get; set; }

    public Visibility Visibility { get; set; }

    public List<int> ClauseIds { get; set; } = [];

    public long Version { get; set; }
}

public enum EventKind
{
    Forum,
    CultureDays,
    BusinessMission,
    YouthForum,
    Other,
}
