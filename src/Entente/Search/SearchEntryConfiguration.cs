using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Entente.Search;

/// <summary>
/// The index table both providers share. The full-text structures over its term columns differ by engine
/// and are created beside it by <see cref="SearchSchema"/>.
/// </summary>
internal sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> entry)
    {
        entry.ToTable("SearchEntries");
        entry.HasIndex(e => new { e.RecordType, e.RecordId }).IsUnique();
        entry.Property(e => e.RecordType).HasMaxLength(32);
        entry.Property(e => e.Kind).HasMaxLength(32);
        entry.Property(e => e.Url).HasMaxLength(256);
        entry.Property(e => e.Title).HasMaxLength(1000);
        entry.Property(e => e.Spheres).HasMaxLength(1000);
        entry.Property(e => e.Parties).HasMaxLength(200);
        entry.Property(e => e.Agreements).HasMaxLength(1000);
        entry.HasIndex(e => e.On);
    }
}
