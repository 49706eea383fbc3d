namespace Entente.Access;

/// <summary>Names one user who may see one <see cref="Visibility.Restricted"/> record.</summary>
public sealed class AccessGrant
{
    public int Id { get; set; }

    /// <summary>The record's entity name, e.g. <c>ActionItem</c>.</summary>
    public required string RecordKind { get; set; }

    public int RecordId { get; set; }

    public required string UserId { get; set; }
}
