namespace Entente.ActionItems;

/// <summary>An action item as the API returns it; <see cref="Clauses"/> are the <see cref="ClauseIds"/> as people write them.</summary>
public sealed record ActionItemView(
    int Id,
    string Title,
    string? Owner,
    string? Party,
    [property: Web.KeyOf(typeof(Access.Visibility))] string Visibility,
    int? RoadmapId,
    int? BodyId,
    DateOnly? DueOn,
    DateOnly? CompletedOn,
    [property: Web.KeyOf(typeof(ActionItemStatus))] string Status,
    int PercentDone,
    IReadOnlyList<int> ClauseIds,
    IReadOnlyList<string> Clauses,
    IReadOnlyList<int> DependsOn,
    int? CommissionDecisionId,
    bool Overdue,
    long Version);

/// <summary>Fields to create or change an action item; everything is optional so each missing field gets its own message.
/// <see cref="Clauses"/> are written <c>6</c> or <c>agreement-key#6</c>.</summary>
public sealed record ActionItemInput(
    string? Title = null,
    string? Owner = null,
    [property: Web.KeyOf(typeof(Access.Visibility))] string? Visibility = null,
    int? RoadmapId = null,
    int? BodyId = null,
    DateOnly? DueOn = null,
    DateOnly? CompletedOn = null,
    [property: Web.KeyOf(typeof(ActionItemStatus))] string? Status = null,
    int? PercentDone = null,
    IReadOnlyList<string>? Clauses = null,
    IReadOnlyList<int>? DependsOn = null,
    IReadOnlyList<string>? RestrictedTo = null,
    int? CommissionDecisionId = null,
    long? Version = null);

/// <summary>One action item's due date in a baseline beside its current plan and actual completion.</summary>
/// <summary>An item against a baseline; <c>Added</c> when the item was created after the baseline was frozen (it has no baseline date).</summary>
public sealed record BaselineComparisonRow(int ActionItemId, string Title, DateOnly? BaselineDueOn, DateOnly? CurrentDueOn, DateOnly? CompletedOn, int? SlipDays, bool Added = false);

public sealed record BaselineView(int Id, string Name, DateTimeOffset FrozenAt, string FrozenBy, int Items);

public sealed record BaselineInput(string? Name = null);
