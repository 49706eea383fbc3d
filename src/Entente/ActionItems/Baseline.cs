namespace Entente.ActionItems;

/// <summary>A frozen copy of the due dates of action items, to compare later plans and actual dates against.</summary>
public sealed class Baseline
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public DateTimeOffset FrozenAt { get; set; }

    public required string FrozenBy { get; set; }

    public List<BaselineItem> Items { get; set; } = [];
}

/// <summary>One action item's due date at the moment its baseline was frozen.</summary>
public sealed class BaselineItem
{
    public int BaselineId { get; set; }

    public int ActionItemId { get; set; }

    public DateOnly? DueOn { get; set; }
}
