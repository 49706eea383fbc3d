using Entente.Agreements;
using Entente.Bodies;
using Entente.Commission;
using Entente.Documents;
using Entente.Indicators;
using Entente.Intelligence;
using Entente.Parties;
using Entente.Users;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Entente.Storage;

/// <summary>
/// The one model of Entente's data. Each database provider has its own subclass so that each keeps
/// its own migrations (<see cref="SqliteEntenteDb"/>, <see cref="PostgresEntenteDb"/>).
/// </summary>
public abstract class EntenteDb(DbContextOptions options) : IdentityDbContext<EntenteUser>(options)
{
    public DbSet<Partnership> Partnerships => Set<Partnership>();

    public DbSet<Party> Parties => Set<Party>();

    public DbSet<Agreement> Agreements => Set<Agreement>();

    public DbSet<Provision> Provisions => Set<Provision>();

    public DbSet<AgreementRelation> AgreementRelations => Set<AgreementRelation>();

    public DbSet<Roadmap> Roadmaps => Set<Roadmap>();

    public DbSet<SourceDocument> SourceDocuments => Set<SourceDocument>();

    public DbSet<SourceDocumentContent> SourceDocumentContents => Set<SourceDocumentContent>();

    public DbSet<DocumentClauseLink> ClauseLinks => Set<DocumentClauseLink>();

    public DbSet<Indicator> Indicators => Set<Indicator>();

    public DbSet<Observation> Observations => Set<Observation>();

    public DbSet<Body> Bodies => Set<Body>();

    public DbSet<CommissionSession> CommissionSessions => Set<CommissionSession>();

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
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(EntenteDb).Assembly);
    }
}
