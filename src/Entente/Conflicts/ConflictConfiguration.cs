using Entente.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Entente.Conflicts;

internal sealed class ConflictRecordConfiguration : IEntityTypeConfiguration<ConflictRecord>
{
    public void Configure(EntityTypeBuilder<ConflictRecord> conflict)
    {
        conflict.ToTable("Conflicts");
        conflict.HasIndex(c => c.Identity).IsUnique();
        conflict.Property(c => c.Identity).HasMaxLength(64);
        conflict.Property(c => c.Kind).HasMaxLength(32);
        conflict.Property(c => c.Severity).HasMaxLength(16);
        conflict.Property(c => c.IndicatorKey).HasMaxLength(64);
        conflict.Property(c => c.ResolvedBy).HasMaxLength(256);
        conflict.Property(c => c.ResolutionNote).HasMaxLength(ConflictRules.NoteLength);
        conflict.Ignore(c => c.IsResolved);
        conflict.ComplexProperty(c => c.First, side => Side(side, "First"));
        conflict.ComplexProperty(c => c.Second, side => Side(side, "Second"));
    }

    private static void Side(ComplexPropertyBuilder<ConflictSide> side, string prefix)
    {
        side.Property(s => s.Label).HasColumnName(prefix + "Label").HasMaxLength(ConflictSide.LabelLength);
        side.Property(s => s.DocumentId).HasColumnName(prefix + "DocumentId");
        side.Property(s => s.SpanStart).HasColumnName(prefix + "SpanStart");
        side.Property(s => s.SpanEnd).HasColumnName(prefix + "SpanEnd");
        side.Property(s => s.Quote).HasColumnName(prefix + "Quote").HasMaxLength(ObservationSource.QuoteLength);
        side.Property(s => s.ObservationId).HasColumnName(prefix + "ObservationId");
        side.Property(s => s.Value).HasColumnName(prefix + "Value").HasPrecision(28, 6);
        side.Property(s => s.Unit).HasColumnName(prefix + "Unit").HasMaxLength(32);
        side.Property(s => s.Qualifier).HasColumnName(prefix + "Qualifier").HasMaxLength(32);
        side.Property(s => s.PeriodStart).HasColumnName(prefix + "PeriodStart");
        side.Property(s => s.PeriodEnd).HasColumnName(prefix + "PeriodEnd");
    }
}
