namespace Entente.Agreements;

/// <summary>How one agreement stands to another: it proceeds from, implements, references… the other.</summary>
public sealed class AgreementRelation
{
    public int Id { get; set; }

    public int FromAgreementId { get; set; }

    public int ToAgreementId { get; set; }

    public Agreement? To { get; set; }

    public RelationKind Kind { get; set; }

    public string? Note { get; set; }
}

public enum RelationKind
{
    ProceedsFrom,
    Implements,
    References,
    Supersedes,
    Amends,
    Promotes,
}
