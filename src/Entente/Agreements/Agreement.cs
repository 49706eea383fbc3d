using Entente.Storage;

namespace Entente.Agreements;

/// <summary>An instrument of the legal base: a treaty, declaration, joint statement, convention, action plan…</summary>
public sealed class Agreement
{
    public int Id { get; set; }

    /// <summary>A stable slug, e.g. <c>ru-az-allied-interaction-2022</c>.</summary>
    public required string Key { get; set; }

    public AgreementKind Kind { get; set; }

    public required LocalizedText Title { get; set; }

    public required LocalizedText ShortTitle { get; set; }

    public DateOnly? SignedOn { get; set; }

    public string? SigningPlace { get; set; }

    public AgreementStatus Status { get; set; }

    /// <summary>ISO 639-1 codes of the languages whose texts are authentic.</summary>
    public List<string> AuthenticLanguages { get; set; } = [];

    public string? Summary { get; set; }

    /// <summary>A remark on the record itself: an uncertain date, why the parties list is empty…</summary>
    public string? Note { get; set; }

    /// <summary>Its texts by language, each from the stored document it was ingested from.</summary>
    public List<AgreementVersion> Versions { get; set; } = [];

    public List<AgreementParty> Parties { get; set; } = [];

    public List<Provision> Provisions { get; set; } = [];

    public List<AgreementRelation> Relations { get; set; } = [];

    public List<Roadmap> Roadmaps { get; set; } = [];
}

/// <summary>A Party to an agreement.</summary>
public sealed class AgreementParty
{
    public int AgreementId { get; set; }

    public required string PartyCode { get; set; }
}

public enum AgreementKind
{
    Declaration,
    Treaty,
    Agreement,
    Convention,
    JointStatement,
    Statement,
    Protocol,
    Memorandum,
    ActionPlan,
    Roadmap,
    Other,
}

public enum AgreementStatus
{
    InForce,
    Signed,
    Superseded,
    Terminated,
    Unknown,
}
