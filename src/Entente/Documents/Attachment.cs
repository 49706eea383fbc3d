using Entente.Access;

namespace Entente.Documents;

/// <summary>An uploaded file (a protocol, a piece of evidence), kept in the database with its hash.</summary>
public sealed class Attachment : IVisible
{
    /// <summary>The largest file accepted, in bytes.</summary>
    public const int MaxLength = 10 * 1024 * 1024;

    public int Id { get; set; }

    public required string FileName { get; set; }

    public required string MediaType { get; set; }

    public long Length { get; set; }

    public required string Sha256 { get; set; }

    public required byte[] Content { get; set; }

    public string? OwnerPartyCode { get; set; }

    public Visibility Visibility { get; set; }

    public DateTimeOffset UploadedAt { get; set; }

    public required string UploadedBy { get; set; }
}
