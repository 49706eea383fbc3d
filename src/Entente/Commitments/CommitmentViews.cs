namespace Entente.Commitments;

/// <summary>A commitment in a list: its clause, where the Parties stand, who is responsible, and how many visible overdue items serve it.</summary>
public sealed record CommitmentSummary(int Id, int AgreementId, string? Number, string? Summary, IReadOnlyList<string> Spheres, JointStatus Status, IReadOnlyList<int> BodyIds, int OverdueItems);

/// <summary>A commitment with each Party's shared assessment and the private comments of the viewer's own Party.</summary>
public sealed record CommitmentDetail(
    int Id, int AgreementId, int ProvisionId, string? Number, string? Summary, IReadOnlyList<string> Spheres,
    JointStatus Status, IReadOnlyList<BodyRef> Bodies, IReadOnlyList<AssessmentView> Assessments, long Version,
    Agreements.ProvisionView Clause, IReadOnlyList<PrivateCommentView> PrivateComments);

public sealed record BodyRef(int Id, string Key, string Name, string? Party);

/// <summary>A Party's shared assessment: both Parties and observers read it.</summary>
public sealed record AssessmentView(int Id, string? Party, [property: Web.KeyOf(typeof(AssessmentStatus))] string Status, string? Comment, IReadOnlyList<string> Evidence, DateTimeOffset AssessedAt, string AssessedBy, long Version);

/// <summary>A comment only the writer's Party reads.</summary>
public sealed record PrivateCommentView(int Id, string Party, string Text, DateTimeOffset WrittenAt, string WrittenBy);

/// <summary>A private comment as sent by a Party's staff.</summary>
public sealed record PrivateCommentInput(string? Text = null);

/// <summary>
/// A Party's assessment as sent by its staff; <c>version</c> is required when changing an existing one. An assessment
/// is always shared: <c>visibility</c> is accepted only as "shared" (older clients send it).
/// </summary>
public sealed record AssessmentInput([property: Web.KeyOf(typeof(AssessmentStatus))] string? Status = null, string? Comment = null, IReadOnlyList<string>? Evidence = null, [property: Web.KeyOf(typeof(Access.Visibility))] string? Visibility = null, long? Version = null);

public sealed record BodiesInput(IReadOnlyList<int>? BodyIds = null, long? Version = null);
