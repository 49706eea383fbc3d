using Entente.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Entente.Duplicates;

/// <summary>
/// What near-duplicate detection keeps of a stored document: its MinHash signature, and the earlier document it is a
/// syndicated copy of, if any. A copy is stored like any document (nothing is lost); it just does not count as a
/// second independent source in the indicator series or the conflicts.
/// </summary>
public sealed class DocumentFingerprint
{
    /// <summary>The document this describes (one row per document).</summary>
    public int SourceDocumentId { get; set; }

    /// <summary>The <see cref="Entente.Text.Duplicates.TextFingerprint"/> as bytes.</summary>
    public required byte[] Signature { get; set; }

    public int ShingleCount { get; set; }

    /// <summary>The first stored copy of the same story; null for an original.</summary>
    public int? DuplicateOfId { get; set; }

    /// <summary>The estimated share of the shorter text found in the other (0–1), when this is a copy.</summary>
    public double? Containment { get; set; }

    public DateTimeOffset ComputedAt { get; set; }
}

internal sealed class DocumentFingerprintConfiguration : IEntityTypeConfiguration<DocumentFingerprint>
{
    public void Configure(EntityTypeBuilder<DocumentFingerprint> fingerprint)
    {
        fingerprint.ToTable("DocumentFingerprints");
        fingerprint.HasKey(f => f.SourceDocumentId);
        fingerprint.HasOne<SourceDocument>().WithOne().HasForeignKey<DocumentFingerprint>(f => f.SourceDocumentId).OnDelete(DeleteBehavior.Cascade);
        fingerprint.HasOne<SourceDocument>().WithMany().HasForeignKey(f => f.DuplicateOfId).OnDelete(DeleteBehavior.Restrict);
        fingerprint.HasIndex(f => f.DuplicateOfId);
    }
}
