using Entente.Access;

namespace Entente.Commitments;

/// <summary>An operative clause seen as something the Parties undertook to do, with the bodies responsible for it.</summary>
public sealed class Commitment : IVersioned
{
    public int Id { get; set; }

    public int ProvisionId { get; set; }

    public int AgreementId { get; set; }

    /// <summary>The clause number, copied from the provision so lists need no join.</summary>
    public string? Number { get; set; }

    public List<CommitmentBody> Bodies { get; set; } = [];

    public long Version { get; set; }
}

/// <summary>A body (of either Party, or joint) responsible for a commitment.</summary>
public sealed class CommitmentBody
{
    public int CommitmentId { get; set; }

    public int BodyId { get; set; }
}
