namespace Entente.Commission;

/// <summary>A numbered decision of a commission session; follow-up action items point to it.</summary>
public sealed class CommissionDecision
{
    public int Id { get; set; }

    public int CommissionSessionId { get; set; }

    public int Number { get; set; }

    public required string Text { get; set; }
}
