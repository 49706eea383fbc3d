using Entente.Access;
using Entente.ActionItems;
using Entente.Agreements;
using Entente.Audit;
using Entente.Bodies;
using Entente.Commission;
using Entente.Commitments;
using Entente.Consultations;
using Entente.Documents;
using Entente.Events;
using Entente.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Entente.Storage;

internal sealed class AccessGrantConfiguration : IEntityTypeConfiguration<AccessGrant>
{
    public void Configure(EntityTypeBuilder<AccessGrant> grant)
    {
        grant.Property(g => g.RecordKind).HasMaxLength(64);
        grant.HasIndex(g => new { g.RecordKind, g.RecordId, g.UserId }).IsUnique();
        grant.HasOne<EntenteUser>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> token)
    {
        token.Property(t => t.Name).HasMaxLength(128);
        token.Property(t => t.Hash).HasMaxLength(64).IsFixedLength();
        token.HasIndex(t => t.Hash).IsUnique();
        token.HasOne<EntenteUser>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> commitment)
    {
        commitment.HasIndex(c => c.ProvisionId).IsUnique();
        commitment.Property(c => c.Number).HasMaxLength(16);
        commitment.Property(c => c.Version).IsConcurrencyToken();
        commitment.HasOne<Provision>().WithMany().HasForeignKey(c => c.ProvisionId).OnDelete(DeleteBehavior.Cascade);
        commitment.HasOne<Agreement>().WithMany().HasForeignKey(c => c.AgreementId).OnDelete(DeleteBehavior.Cascade);
        commitment.HasMany(c => c.Bodies).WithOne().HasForeignKey(b => b.CommitmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CommitmentBodyConfiguration : IEntityTypeConfiguration<CommitmentBody>
{
    public void Configure(EntityTypeBuilder<CommitmentBody> body)
    {
        body.HasKey(b => new { b.CommitmentId, b.BodyId });
        body.HasOne<Body>().WithMany().HasForeignKey(b => b.BodyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> assessment)
    {
        assessment.HasIndex(a => new { a.CommitmentId, a.OwnerPartyCode }).IsUnique();
        assessment.Property(a => a.OwnerPartyCode).HasMaxLength(8);
        assessment.Property(a => a.Comment).HasMaxLength(4000);
        assessment.Property(a => a.AssessedBy).HasMaxLength(256);
        assessment.Property(a => a.Version).IsConcurrencyToken();
        assessment.HasOne<Commitment>().WithMany().HasForeignKey(a => a.CommitmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PrivateCommentConfiguration : IEntityTypeConfiguration<PrivateComment>
{
    public void Configure(EntityTypeBuilder<PrivateComment> comment)
    {
        comment.HasIndex(c => new { c.CommitmentId, c.OwnerPartyCode });
        comment.Property(c => c.OwnerPartyCode).HasMaxLength(8);
        comment.Property(c => c.Text).HasMaxLength(PrivateComment.MaxLength);
        comment.Property(c => c.WrittenBy).HasMaxLength(256);
        comment.HasOne<Commitment>().WithMany().HasForeignKey(c => c.CommitmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> item)
    {
        item.Property(i => i.Title).HasMaxLength(512);
        item.Property(i => i.Owner).HasMaxLength(256);
        item.Property(i => i.OwnerPartyCode).HasMaxLength(8);
        item.Property(i => i.Version).IsConcurrencyToken();
        item.HasIndex(i => i.DueOn);
        item.HasOne<Roadmap>().WithMany().HasForeignKey(i => i.RoadmapId).OnDelete(DeleteBehavior.SetNull);
        item.HasOne<Body>().WithMany().HasForeignKey(i => i.BodyId).OnDelete(DeleteBehavior.SetNull);
        item.HasOne<CommissionDecision>().WithMany().HasForeignKey(i => i.CommissionDecisionId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class BaselineConfiguration : IEntityTypeConfiguration<Baseline>
{
    public void Configure(EntityTypeBuilder<Baseline> baseline)
    {
        baseline.Property(b => b.Name).HasMaxLength(128);
        baseline.Property(b => b.FrozenBy).HasMaxLength(256);
        baseline.HasMany(b => b.Items).WithOne().HasForeignKey(i => i.BaselineId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BaselineItemConfiguration : IEntityTypeConfiguration<BaselineItem>
{
    public void Configure(EntityTypeBuilder<BaselineItem> item)
    {
        item.HasKey(i => new { i.BaselineId, i.ActionItemId });
        item.HasOne<ActionItem>().WithMany().HasForeignKey(i => i.ActionItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> consultation)
    {
        consultation.Property(c => c.Subject).HasMaxLength(512);
        consultation.Property(c => c.OwnerPartyCode).HasMaxLength(8);
        consultation.Property(c => c.CounterpartPartyCode).HasMaxLength(8);
        consultation.Property(c => c.RequestedBy).HasMaxLength(256);
        consultation.Property(c => c.Outcome).HasMaxLength(4000);
        consultation.Property(c => c.DeclineReason).HasMaxLength(4000);
        consultation.Property(c => c.Reply).HasMaxLength(4000);
        consultation.Property(c => c.Version).IsConcurrencyToken();
        consultation.HasIndex(c => c.Status);
    }
}

internal sealed class ConsultationNoteConfiguration : IEntityTypeConfiguration<ConsultationNote>
{
    public void Configure(EntityTypeBuilder<ConsultationNote> note)
    {
        note.Property(n => n.OwnerPartyCode).HasMaxLength(8);
        note.Property(n => n.Text).HasMaxLength(4000);
        note.Property(n => n.Author).HasMaxLength(256);
        note.HasOne<Consultation>().WithMany().HasForeignKey(n => n.ConsultationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PartnershipEventConfiguration : IEntityTypeConfiguration<PartnershipEvent>
{
    public void Configure(EntityTypeBuilder<PartnershipEvent> partnershipEvent)
    {
        partnershipEvent.ToTable("Events");
        partnershipEvent.Property(e => e.Title).HasMaxLength(512);
        partnershipEvent.Property(e => e.Place).HasMaxLength(256);
        partnershipEvent.Property(e => e.OwnerPartyCode).HasMaxLength(8);
        partnershipEvent.Property(e => e.Version).IsConcurrencyToken();
        partnershipEvent.HasIndex(e => e.StartsOn);
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> attachment)
    {
        attachment.Property(a => a.FileName).HasMaxLength(256);
        attachment.Property(a => a.MediaType).HasMaxLength(128);
        attachment.Property(a => a.Sha256).HasMaxLength(64).IsFixedLength();
        attachment.Property(a => a.OwnerPartyCode).HasMaxLength(8);
        attachment.Property(a => a.UploadedBy).HasMaxLength(256);
    }
}

internal sealed class CommissionDecisionConfiguration : IEntityTypeConfiguration<CommissionDecision>
{
    public void Configure(EntityTypeBuilder<CommissionDecision> decision)
    {
        decision.HasIndex(d => new { d.CommissionSessionId, d.Number }).IsUnique();
        decision.Property(d => d.Text).HasMaxLength(4000);
        decision.HasOne<CommissionSession>().WithMany(s => s.Decisions).HasForeignKey(d => d.CommissionSessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.HasKey(e => e.Sequence);
        entry.Property(e => e.Sequence).ValueGeneratedNever();
        entry.Property(e => e.Actor).HasMaxLength(256);
        entry.Property(e => e.Action).HasMaxLength(16);
        entry.Property(e => e.Entity).HasMaxLength(128);
        entry.Property(e => e.EntityId).HasMaxLength(256);
        entry.Property(e => e.OwnerPartyCode).HasMaxLength(8);
        entry.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength();
        entry.Property(e => e.Hash).HasMaxLength(64).IsFixedLength();
        entry.HasIndex(e => new { e.Entity, e.EntityId });
    }
}
