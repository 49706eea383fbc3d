using Entente.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Entente.Storage;

/// <summary>Creates <see cref="EntenteDb"/> contexts for a <see cref="DatabaseTarget"/>, on either provider.</summary>
public static class EntenteDatabase
{
    /// <summary>Registers <see cref="EntenteDb"/> (resolving to the provider's subclass) for dependency injection.</summary>
    /// <remarks>The <see cref="Viewer"/> defaults to anonymous: a host that forgets to set it shows only shared records.</remarks>
    public static IServiceCollection AddEntenteDatabase(this IServiceCollection services, DatabaseTarget target)
    {
        services.TryAddScoped(_ => Viewer.Anonymous());
        services.TryAddSingleton(TimeProvider.System);
        return target.Provider switch
        {
            DatabaseProvider.Sqlite => services.AddDbContext<EntenteDb, SqliteEntenteDb>(options => ConfigureSqlite(options, target)),
            DatabaseProvider.Postgres => services.AddDbContext<EntenteDb, PostgresEntenteDb>(options => ConfigurePostgres(options, target)),
            _ => throw new ArgumentOutOfRangeException(nameof(target)),
        };
    }

    /// <summary>A context for one unit of work from the command line, acting as the system; the caller disposes it.</summary>
    public static EntenteDb CreateContext(DatabaseTarget target, params IInterceptor[] interceptors) =>
        CreateContext(target, Viewer.System(), TimeProvider.System, interceptors);

    /// <summary>A context reading and writing for <paramref name="viewer"/> with the given clock; the caller disposes it.</summary>
    public static EntenteDb CreateContext(DatabaseTarget target, Viewer viewer, TimeProvider time, params IInterceptor[] interceptors)
    {
        switch (target.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = new DbContextOptionsBuilder<SqliteEntenteDb>();
                ConfigureSqlite(sqlite, target);
                return new SqliteEntenteDb(sqlite.AddInterceptors(interceptors).Options, viewer, time);
            case DatabaseProvider.Postgres:
                var postgres = new DbContextOptionsBuilder<PostgresEntenteDb>();
                ConfigurePostgres(postgres, target);
                return new PostgresEntenteDb(postgres.AddInterceptors(interceptors).Options, viewer, time);
            default:
                throw new ArgumentOutOfRangeException(nameof(target));
        }
    }

    internal static void ConfigureSqlite(DbContextOptionsBuilder options, DatabaseTarget target) =>
        options
            .UseSqlite(target.ConnectionString, sqlite => sqlite.MigrationsHistoryTable("__EFMigrationsHistory"))
            .AddInterceptors(SqliteConnectionSetup.Instance);

    internal static void ConfigurePostgres(DbContextOptionsBuilder options, DatabaseTarget target) =>
        // A few quick retries ride out a server restart; an outage is reported within seconds, not minutes.
        options.UseNpgsql(target.ConnectionString, postgres => postgres.EnableRetryOnFailure(3, TimeSpan.FromSeconds(2), null));
}
