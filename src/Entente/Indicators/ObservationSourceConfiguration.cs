using Entente.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Entente.Indicators;

internal sealed class ObservationSourceConfiguration : IEntityTypeConfiguration<ObservationSource>
{
    public void Configure(EntityTypeBuilder<ObservationSource> source)
    {
        source.ToTable("ObservationSources");
        source.Property(s => s.Qualifier).HasMaxLength(32);
        source.Property(s => s.Quote).HasMaxLength(ObservationSource.QuoteLength);
        source.Property(s => s.Passage).HasMaxLength(ObservationSource.PassageLength);
        source.Property(s => s.ChangePercent).HasPrecision(18, 6);
        source.HasOne<Observation>().WithMany(o => o.Sources).HasForeignKey(s => s.ObservationId).OnDelete(DeleteBehavior.Cascade);
        source.HasOne<SourceDocument>().WithMany().HasForeignKey(s => s.SourceDocumentId).OnDelete(DeleteBehavior.Cascade);
        source.HasIndex(s => s.SourceDocumentId);
    }
}
