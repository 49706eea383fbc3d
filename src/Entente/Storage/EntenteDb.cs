using Entente.Access;
using Entente.ActionItems;
using Entente.Agreements;
using Entente.Audit;
using Entente.Bodies;
using Entente.Commission;
using Entente.Commitments;
using Entente.Conflicts;
using Entente.Consultations;
using Entente.Documents;
using Entente.Events;
using Entente.Indicators;
using Entente.Intelligence;
using Entente.Parties;
using Entente.Search;
using Entente.Users;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Entente.Storage;

/// <summary>
/// The one model of Entente's data. Each database provider has its own subclass so that each keeps
/// its own migrations (<see cref="SqliteEntenteDb"/>, <see cref="PostgresEntenteDb"/>).
/// Every query is filtered by the <see cref="Viewer"/> and every save appends to the audit trail.
/// </summary>
public abstract partial class EntenteDb(DbContextOptions options) : IdentityDbContext<EntenteUser>(options)
{
    /// <summary>Who this unit of work reads and writes for; the access filters and the audit trail use it.</summary>
    /// <remarks>Anonymous until <see cref="ActFor"/> says otherwise: a context nobody set up shows only shared records.</remarks>
    public Viewer Viewer { get; private set; } = Viewer.Anonymous();

    public TimeProvider Time { get; private set; } = TimeProvider.System;

    /// <summary>
    /// Sets who this context works for and its clock. Contexts are pooled and reused between requests, so whoever
    /// hands one out calls this every time (<see cref="EntenteDatabase"/> does).
    /// </summary>
    internal EntenteDb ActFor(Viewer viewer, TimeProvider time)
    {
        Viewer = viewer;
        Time = time;
        return this;
    }

    // A pooled context goes back to the pool on dispose: it must not keep the last request's viewer.
    public override void Dispose()
    {
        Viewer = Viewer.Anonymous();
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        Viewer = Viewer.Anonymous();
        return base.DisposeAsync();
    }

    public DbSet<Partnership> Partnerships => Set<Partnership>();

    public DbSet<Party> Parties => Set<Party>();

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<Provision> Provisions => Set<Provision>();

    public DbSet<ProvisionText> ProvisionTexts => Set<ProvisionText>();

    public DbSet<AgreementVersion> AgreementVersions => Set<AgreementVersion>();

    public DbSet<AgreementRelation> AgreementRelations => Set<AgreementRelation>();

    public DbSet<Roadmap> Roadmaps => Set<Roadmap>();

    public DbSet<SourceDocument> SourceDocuments => Set<SourceDocument>();

    public DbSet<SourceDocumentContent> SourceDocumentContents => Set<SourceDocumentContent>();

    public DbSet<DocumentClauseLink> ClauseLinks => Set<DocumentClauseLink>();

    public DbSet<Intelligence.Profiles.ClauseProfile> ClauseProfiles => Set<Intelligence.Profiles.ClauseProfile>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<Observation> Observations => Set<Observation>();

    public DbSet<ObservationSource> ObservationSources => Set<ObservationSource>();

    public DbSet<StaleIndicator> StaleIndicators => Set<StaleIndicator>();

    /// <summary>One row: the data's change counter (<see cref="DataVersion"/>).</summary>
    public DbSet<DataChangeCounter> DataChangeCounters => Set<DataChangeCounter>();

    public DbSet<ConflictRecord> Conflicts => Set<ConflictRecord>();

    public DbSet<Body> Bodies => Set<Body>();

    public DbSet<CommissionSession> CommissionSessions => Set<CommissionSession>();

    public DbSet<CommissionDecision> CommissionDecisions => Set<CommissionDecision>();

    public DbSet<AccessGrant> AccessGrants => Set<AccessGrant>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<Commitment> Commitments => Set<Commitment>();

    public DbSet<CommitmentBody> CommitmentBodies => Set<CommitmentBody>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<PrivateComment> PrivateComments => Set<PrivateComment>();

    public DbSet<ActionItem> ActionItems => Set<ActionItem>();

    public DbSet<Baseline> Baselines => Set<Baseline>();

    public DbSet<Consultation> Consultations => Set<Consultation>();

    public DbSet<ConsultationNote> ConsultationNotes => Set<ConsultationNote>();

    public DbSet<PartnershipEvent> Events => Set<PartnershipEvent>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>The data protection key ring shared by every server; read and written through <see cref="DataProtectionKeyStore"/>.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    /// <summary>The search index: derived from the records above and kept in step by every save.</summary>
    public DbSet<SearchEntry> SearchEntries => Set<SearchEntry>();

    /// <summary>
    /// While set, saves note the records to re-index here instead of re-indexing them at once: a batch of documents
    /// builds the search entries of the whole group together before it commits (<see cref="SearchIndexer"/>).
    /// </summary>
    internal PendingReindex? DeferredReindex { get; set; }

    /// <summary>
    /// While set, the next save records its changes to records of <see cref="Audit.AuditAct.Covers"/> as this one act
    /// instead of one entry per record (a recomputation of derived records), and clears it.
    /// </summary>
    internal Audit.AuditAct? PendingAct { get; set; }

    // Flat members the query filters read; EF Core re-evaluates them for each context instance.
    internal bool ViewerIsSystem => Viewer.IsSystem;

    internal string? ViewerPartyCode => Viewer.PartyCode;

    internal string? ViewerUserId => Viewer.UserId;

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Entente saves asynchronously so that every save is audited in one transaction.");

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        AuditedSave.SaveAsync(this, () => base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken), cancellationToken);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as the same kebab-case keys the API and the sample file use.
        configurationBuilder.Properties<PartyKind>().HaveConversion<KebabCaseConverter<PartyKind>>().HaveMaxLength(32);
        configurationBuilder.Properties<AgreementKind>().HaveConversion<KebabCaseConverter<AgreementKind>>().HaveMaxLength(32);
        configurationBuilder.Properties<AgreementStatus>().HaveConversion<KebabCaseConverter<AgreementStatus>>().HaveMaxLength(32);
        configurationBuilder.Properties<ProvisionPart>().HaveConversion<KebabCaseConverter<ProvisionPart>>().HaveMaxLength(32);
        configurationBuilder.Properties<RelationKind>().HaveConversion<KebabCaseConverter<RelationKind>>().HaveMaxLength(32);
        configurationBuilder.Properties<IngestionStatus>().HaveConversion<KebabCaseConverter<IngestionStatus>>().HaveMaxLength(32);
        configurationBuilder.Properties<BodyKind>().HaveConversion<KebabCaseConverter<BodyKind>>().HaveMaxLength(32);
        configurationBuilder.Properties<UserRole>().HaveConversion<KebabCaseConverter<UserRole>>().HaveMaxLength(32);
        configurationBuilder.Properties<Visibility>().HaveConversion<KebabCaseConverter<Visibility>>().HaveMaxLength(32);
        configurationBuilder.Properties<TokenScope>().HaveConversion<KebabCaseConverter<TokenScope>>().HaveMaxLength(32);
        configurationBuilder.Properties<AssessmentStatus>().HaveConversion<KebabCaseConverter<AssessmentStatus>>().HaveMaxLength(32);
        configurationBuilder.Properties<ActionItemStatus>().HaveConversion<KebabCaseConverter<ActionItemStatus>>().HaveMaxLength(32);
        configurationBuilder.Properties<ConsultationKind>().HaveConversion<KebabCaseConverter<ConsultationKind>>().HaveMaxLength(32);
        configurationBuilder.Properties<ConsultationStatus>().HaveConversion<KebabCaseConverter<ConsultationStatus>>().HaveMaxLength(32);
        configurationBuilder.Properties<Classification>().HaveConversion<KebabCaseConverter<Classification>>().HaveMaxLength(32);
        configurationBuilder.Properties<EventKind>().HaveConversion<KebabCaseConverter<EventKind>>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(EntenteDb).Assembly);
        StoredCompression.Apply(builder, postgres: Database.IsNpgsql());

        ApplyAccessFilters(builder);
    }
}
