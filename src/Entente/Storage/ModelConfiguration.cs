using Entente.Agreements;
using Entente.Bodies;
using Entente.Commission;
using Entente.Documents;
using Entente.Indicators;
using Entente.Intelligence;
using Entente.Parties;
using Entente.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Entente.Storage;

internal sealed class PartyConfiguration : IEntityTypeConfiguration<Party>
{
    public void Configure(EntityTypeBuilder<Party> party)
    {
        party.HasKey(p => p.Code);
        party.Property(p => p.Code).HasMaxLength(8);
        party.ComplexProperty(p => p.Name, LocalizedTextColumns.Configure);
    }
}

internal sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<Partnership> partnership)
    {
        partnership.HasIndex(p => p.Key).IsUnique();
        partnership.Property(p => p.Key).HasMaxLength(64);
        partnership.ComplexProperty(p => p.Name, LocalizedTextColumns.Configure);
    }
}

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> agreement)
    {
        agreement.HasIndex(a => a.Key).IsUnique();
        agreement.Property(a => a.Key).HasMaxLength(128);
        agreement.ComplexProperty(a => a.Title, LocalizedTextColumns.Configure);
        agreement.ComplexProperty(a => a.ShortTitle, LocalizedTextColumns.Configure);
        agreement.Property(a => a.SigningPlace).HasMaxLength(256);
        agreement.HasIndex(a => a.SignedOn);
        agreement.HasMany(a => a.Versions).WithOne().HasForeignKey(v => v.AgreementId).OnDelete(DeleteBehavior.Cascade);
        agreement.HasMany(a => a.Parties).WithOne().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
        agreement.HasMany(a => a.Provisions).WithOne().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
        agreement.HasMany(a => a.Roadmaps).WithOne().HasForeignKey(r => r.AgreementId).OnDelete(DeleteBehavior.Cascade);
        agreement.HasMany(a => a.Relations).WithOne().HasForeignKey(r => r.FromAgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AgreementPartyConfiguration : IEntityTypeConfiguration<AgreementParty>
{
    public void Configure(EntityTypeBuilder<AgreementParty> agreementParty)
    {
        agreementParty.HasKey(p => new { p.AgreementId, p.PartyCode });
        agreementParty.HasOne<Party>().WithMany().HasForeignKey(p => p.PartyCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProvisionConfiguration : IEntityTypeConfiguration<Provision>
{
    public void Configure(EntityTypeBuilder<Provision> provision)
    {
        provision.HasIndex(p => new { p.AgreementId, p.Order }).IsUnique();
        provision.Property(p => p.Number).HasMaxLength(16);
        provision.Property(p => p.Modality).HasMaxLength(32);
        provision.HasMany(p => p.Texts).WithOne().HasForeignKey(t => t.ProvisionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProvisionTextConfiguration : IEntityTypeConfiguration<ProvisionText>
{
    public void Configure(EntityTypeBuilder<ProvisionText> text)
    {
        text.HasKey(t => new { t.ProvisionId, t.Language });
        text.Property(t => t.Language).HasMaxLength(8);
        text.Property(t => t.Summary).HasMaxLength(2000);
    }
}

internal sealed class AgreementVersionConfiguration : IEntityTypeConfiguration<AgreementVersion>
{
    public void Configure(EntityTypeBuilder<AgreementVersion> version)
    {
        version.HasKey(v => new { v.AgreementId, v.Language });
        version.Property(v => v.Language).HasMaxLength(8);
        version.HasOne(v => v.SourceDocument).WithMany().HasForeignKey(v => v.SourceDocumentId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class AgreementRelationConfiguration : IEntityTypeConfiguration<AgreementRelation>
{
    public void Configure(EntityTypeBuilder<AgreementRelation> relation)
    {
        relation.HasIndex(r => new { r.FromAgreementId, r.ToAgreementId, r.Kind }).IsUnique();
        relation.HasOne(r => r.To).WithMany().HasForeignKey(r => r.ToAgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoadmapConfiguration : IEntityTypeConfiguration<Roadmap>
{
    public void Configure(EntityTypeBuilder<Roadmap> roadmap)
    {
        roadmap.HasIndex(r => new { r.AgreementId, r.Number }).IsUnique();
        roadmap.ComplexProperty(r => r.Title, LocalizedTextColumns.Configure);
    }
}

internal sealed class SourceDocumentConfiguration : IEntityTypeConfiguration<SourceDocument>
{
    public void Configure(EntityTypeBuilder<SourceDocument> document)
    {
        document.HasIndex(d => d.Sha256).IsUnique();
        document.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        document.Property(d => d.MediaType).HasMaxLength(128);
        document.Property(d => d.Source).HasMaxLength(2048);
        document.Property(d => d.Language).HasMaxLength(8);
        document.Property(d => d.Kind).HasMaxLength(32);
        document.Property(d => d.ErrorCode).HasMaxLength(64);
        document.Property(d => d.GivenTitle).HasMaxLength(1000);
        document.Property(d => d.GivenMediaType).HasMaxLength(128);
        document.HasOne(d => d.Content).WithOne().HasForeignKey<SourceDocumentContent>(c => c.SourceDocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SourceDocumentContentConfiguration : IEntityTypeConfiguration<SourceDocumentContent>
{
    public void Configure(EntityTypeBuilder<SourceDocumentContent> content) => content.HasKey(c => c.SourceDocumentId);
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> indicator)
    {
        indicator.HasKey(i => i.Key);
        indicator.Property(i => i.Key).HasMaxLength(64);
        indicator.Property(i => i.Unit).HasMaxLength(32);
        indicator.ComplexProperty(i => i.Name, LocalizedTextColumns.Configure);
        indicator.ComplexProperty(i => i.Description, description =>
        {
            // English keeps the column it had before the description was held in three languages.
            description.Property(t => t.En).HasColumnName("Description");
            description.Property(t => t.Ru).HasMaxLength(2000);
            description.Property(t => t.Az).HasMaxLength(2000);
        });
        indicator.HasMany(i => i.Observations).WithOne().HasForeignKey(o => o.IndicatorKey).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DataChangeCounterConfiguration : IEntityTypeConfiguration<DataChangeCounter>
{
    public void Configure(EntityTypeBuilder<DataChangeCounter> counter)
    {
        counter.ToTable("DataChangeCounter");
        counter.Property(c => c.Id).ValueGeneratedNever();
        counter.Property(c => c.Stamp).HasMaxLength(32);
        counter.HasData(new DataChangeCounter { Id = DataChangeCounter.TheRow, Number = 0, Stamp = "" });
    }
}

internal sealed class StaleIndicatorConfiguration : IEntityTypeConfiguration<StaleIndicator>
{
    public void Configure(EntityTypeBuilder<StaleIndicator> stale)
    {
        stale.HasKey(s => s.IndicatorKey);
        stale.Property(s => s.IndicatorKey).HasMaxLength(64);
    }
}

internal sealed class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> observation)
    {
        observation.Property(o => o.Value).HasPrecision(28, 6);
        observation.Property(o => o.Unit).HasMaxLength(32);
        observation.Property(o => o.Qualifier).HasMaxLength(32);
        observation.Property(o => o.PeriodPrecision).HasMaxLength(16);
        observation.HasIndex(o => new { o.IndicatorKey, o.PeriodStart, o.PeriodEnd });
        observation.HasOne<SourceDocument>().WithMany().HasForeignKey(o => o.SourceDocumentId).OnDelete(DeleteBehavior.SetNull);
        observation.ComplexProperty(o => o.Citation, citation =>
        {
            citation.Property(c => c.Document).HasColumnName("CitationDocument").HasMaxLength(512);
            citation.Property(c => c.Description).HasColumnName("CitationDescription");
            citation.Property(c => c.Speaker).HasColumnName("CitationSpeaker").HasMaxLength(256);
            citation.Property(c => c.StatedOn).HasColumnName("CitationStatedOn");
        });
    }
}

internal sealed class BodyConfiguration : IEntityTypeConfiguration<Body>
{
    public void Configure(EntityTypeBuilder<Body> body)
    {
        body.HasIndex(b => b.Key).IsUnique();
        body.Property(b => b.Key).HasMaxLength(64);
        body.ComplexProperty(b => b.Name, LocalizedTextColumns.Configure);
        body.HasOne<Party>().WithMany().HasForeignKey(b => b.PartyCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CommissionSessionConfiguration : IEntityTypeConfiguration<CommissionSession>
{
    public void Configure(EntityTypeBuilder<CommissionSession> session)
    {
        session.HasIndex(s => s.Number).IsUnique();
        session.HasMany(s => s.CoChairs).WithOne().HasForeignKey(c => c.CommissionSessionId).OnDelete(DeleteBehavior.Cascade);
        session.HasOne<Attachment>().WithMany().HasForeignKey(s => s.ProtocolAttachmentId).OnDelete(DeleteBehavior.SetNull);
        session.Property(s => s.Version).IsConcurrencyToken();
    }
}

internal sealed class EntenteUserConfiguration : IEntityTypeConfiguration<EntenteUser>
{
    public void Configure(EntityTypeBuilder<EntenteUser> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(256);
        user.HasOne<Party>().WithMany().HasForeignKey(u => u.PartyCode).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>Maps a <see cref="LocalizedText"/> to three columns: <c>X_En</c>, <c>X_Ru</c>, <c>X_Az</c>.</summary>
internal static class LocalizedTextColumns
{
    public static void Configure(ComplexPropertyBuilder<LocalizedText> text)
    {
        text.Property(t => t.En).HasMaxLength(1024);
        text.Property(t => t.Ru).HasMaxLength(1024);
        text.Property(t => t.Az).HasMaxLength(1024);
    }
}

internal sealed class ClauseProfileConfiguration : IEntityTypeConfiguration<Intelligence.Profiles.ClauseProfile>
{
    public void Configure(EntityTypeBuilder<Intelligence.Profiles.ClauseProfile> profile)
    {
        profile.Property(p => p.Clause).HasMaxLength(16);
        profile.Property(p => p.PartOf).HasMaxLength(16);
        profile.Ignore(p => p.Names);
        profile.Ignore(p => p.Terms);
        profile.HasIndex(p => new { p.AgreementId, p.Clause }).IsUnique();
        profile.Property(p => p.Version).IsConcurrencyToken();
        profile.HasOne<Agreement>().WithMany().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DocumentClauseLinkConfiguration : IEntityTypeConfiguration<DocumentClauseLink>
{
    public void Configure(EntityTypeBuilder<DocumentClauseLink> link)
    {
        link.Property(l => l.Clause).HasMaxLength(16);
        link.Property(l => l.Evidence).HasMaxLength(16);
        link.Property(l => l.Kind).HasMaxLength(16);
        link.Property(l => l.ActivityPrecision).HasMaxLength(8);
        link.Property(l => l.Cue).HasMaxLength(200);
        link.Property(l => l.Passage).HasMaxLength(1000);
        link.HasIndex(l => new { l.AgreementId, l.Clause });
        link.HasIndex(l => l.SourceDocumentId);
        link.HasOne(l => l.SourceDocument).WithMany().HasForeignKey(l => l.SourceDocumentId).OnDelete(DeleteBehavior.Cascade);
        link.HasOne<Agreement>().WithMany().HasForeignKey(l => l.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}
