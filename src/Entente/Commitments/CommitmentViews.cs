namespace Entente.Commitments;

/// <summary>A commitment in a list: its clause, where the Parties stand, who is responsible, and how many visible overdue items serve it.</summary>
public sealed record CommitmentSummary(int Id, int AgreementId, string? Number, string? Summary, IReadOnlyList<string> Spheres, JointStatus Status, IReadOnlyList<int> BodyIds, int OverdueItems);

/// <summary>A commitment with every assessment the viewer may see.</summary>
public sealed record CommitmentDetail(
    int Id, int AgreementId, int ProvisionId, string? Number, string? Summary, IReadOnlyList<string> Spheres,
    JointStatus Status, IReadOnlyList<BodyRef> Bodies, IReadOnlyList<AssessmentView> Assessments, long Version,
    Agreements.ProvisionView Clause);

public sealed record BodyRef(int Id, string Key, string Name, string? Party);

public sealed record AssessmentView(int Id, string? Party, string Status, string? Comment, IReadOnlyList<string> Evidence, string Visibility, DateTimeOffset AssessedAt, string AssessedBy, long Version);

/// <summary>A Party's assessment as sent by its staff; <c>version</c> is required when changing an existing one.</summary>
public sealed record AssessmentInput(string? Status = null, string? Comment = null, IReadOnlyList<string>? Evidence = null, string? Visibility = null, long? Version = null);

public sealed record BodiesInput(IReadOnlyList<int>? BodyIds = null, long? Version = null);
