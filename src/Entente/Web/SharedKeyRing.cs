using Entente.Storage;
using Microsoft.AspNetCore.DataProtection;

namespace Entente.Web;

/// <summary>
/// Data protection for several servers on one database: the keys live in the database under one fixed
/// application name, so a cookie issued by one server is accepted by every other.
/// </summary>
public static class SharedKeyRing
{
    /// <summary>The application name every Entente server protects its payloads under, whatever folder it runs from.</summary>
    public const string ApplicationName = "Entente";

    public static IServiceCollection AddSharedKeyRing(this IServiceCollection services, DatabaseTarget target)
    {
        services.AddDbContext<DataProtectionKeyStore>(options =>
        {
            switch (target.Provider)
            {
                case DatabaseProvider.Sqlite:
                    EntenteDatabase.ConfigureSqlite(options, target);
                    break;
                case DatabaseProvider.Postgres:
                    EntenteDatabase.ConfigurePostgres(options, target);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(target));
            }
        });
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<DataProtectionKeyStore>();
        return services;
    }
}
