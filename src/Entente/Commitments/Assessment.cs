using Entente.Access;

namespace Entente.Commitments;

/// <summary>
/// One Party's status of a commitment, seen by both Parties: each Party keeps exactly one per commitment and the joint
/// status is made of them. What a Party wants to say to itself alone goes in a <see cref="PrivateComment"/> beside it.
/// </summary>
public sealed class Assessment : IVersioned
{
    public int Id { get; set; }

    public int CommitmentId { get; set; }

    /// <summary>The assessing Party.</summary>
    public string? OwnerPartyCode { get; set; }

    public AssessmentStatus Status { get; set; }

    public string? Comment { get; set; }

    /// <summary>Links to the documents that support the assessment (addresses or <c>/api/attachments/{id}</c>).</summary>
    public List<string> Evidence { get; set; } = [];

    public DateTimeOffset AssessedAt { get; set; }

    public required string AssessedBy { get; set; }

    public long Version { get; set; }
}

public enum AssessmentStatus
{
    NotStarted,
    InProgress,
    Achieved,
    Stalled,
    AtRisk,
}
