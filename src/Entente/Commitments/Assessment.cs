using Entente.Access;

namespace Entente.Commitments;

/// <summary>
/// One Party's own view of how a commitment stands. Each Party keeps exactly one per commitment; marked
/// <see cref="Visibility.Party"/>, it never reaches the other Party.
/// </summary>
public sealed class Assessment : IVisible, IVersioned
{
    public int Id { get; set; }

    public int CommitmentId { get; set; }

    /// <summary>The assessing Party.</summary>
    public string? OwnerPartyCode { get; set; }

    public Visibility Visibility { get; set; }

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
