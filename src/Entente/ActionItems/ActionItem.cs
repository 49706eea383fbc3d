using Entente.Access;

namespace Entente.ActionItems;

/// <summary>A concrete piece of work under a roadmap: who does it, by when, how far it has got, and which clauses it serves.</summary>
public sealed class ActionItem : IVisible, IVersioned
{
    public int Id { get; set; }

    public int? RoadmapId { get; set; }

    public required string Title { get; set; }

    /// <summary>The person or office answering for the item.</summary>
    public string? Owner { get; set; }

    /// <summary>The Party whose item it is.</summary>
    public string? OwnerPartyCode { get; set; }

    public Visibility Visibility { get; set; }

    public int? BodyId { get; set; }

    public DateOnly? DueOn { get; set; }

    public DateOnly? CompletedOn { get; set; }

    public ActionItemStatus Status { get; set; }

    public int PercentDone { get; set; }

    /// <summary>The commission decision the item follows up, if any.</summary>
    public int? CommissionDecisionId { get; set; }

    /// <summary>Ids of the operative provisions (clauses) the item serves.</summary>
    public List<int> ClauseIds { get; set; } = [];

    /// <summary>Ids of the items that must be done first.</summary>
    public List<int> DependsOn { get; set; } = [];

    public long Version { get; set; }

    /// <summary>Past its due date and neither done nor cancelled.</summary>
    public bool IsOverdue(DateOnly today) =>
        DueOn is { } due && due < today && Status is not (ActionItemStatus.Done or ActionItemStatus.Cancelled);
}

public enum ActionItemStatus
{
    Planned,
    InProgress,
    Done,
    Blocked,
    Cancelled,
}
