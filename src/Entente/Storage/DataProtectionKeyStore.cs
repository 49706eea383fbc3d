using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Entente.Storage;

/// <summary>
/// The data protection key ring in the database, so every server of one installation signs and reads the same
/// cookies and antiforgery tokens. The table belongs to <see cref="EntenteDb"/>'s model (its migrations create it);
/// this small context only reads and writes it, outside the audit trail, because the rows are secret key material.
/// </summary>
public sealed class DataProtectionKeyStore(DbContextOptions<DataProtectionKeyStore> options) : DbContext(options), IDataProtectionKeyContext
{
    public const string TableName = "DataProtectionKeys";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<DataProtectionKey>().ToTable(TableName, table => table.ExcludeFromMigrations());
}

/// <summary>The key ring's table in <see cref="EntenteDb"/>'s model, so each provider's migrations create it.</summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<DataProtectionKey> builder) =>
        builder.ToTable(DataProtectionKeyStore.TableName);
}
