using Entente.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Entente.Storage;

/// <summary>Creates <see cref="EntenteDb"/> contexts for a <see cref="DatabaseTarget"/>, on either provider.</summary>
public static class EntenteDatabase
{
    /// <summary>Registers <see cref="EntenteDb"/> (resolving to the provider's subclass) for dependency injection.</summary>
    /// <remarks>
    /// Contexts come from a pool (building one, with the Identity model and its services, cost more than the query
    /// of a simple read) and are handed to each scope set up for that scope's <see cref="Viewer"/>. The viewer
    /// defaults to anonymous: a host that forgets to set it shows only shared records.
    /// </remarks>
    public static IServiceCollection AddEntenteDatabase(this IServiceCollection services, DatabaseTarget target)
    {
        services.TryAddScoped(_ => Viewer.Anonymous());
        services.TryAddSingleton(TimeProvider.System);
        switch (target.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddPooledDbContextFactory<SqliteEntenteDb>(options => ConfigureSqlite(options, target));
                services.AddScoped<EntenteDb>(scope => Lease<SqliteEntenteDb>(scope));
                break;
            case DatabaseProvider.Postgres:
                services.AddPooledDbContextFactory<PostgresEntenteDb>(options => ConfigurePostgres(options, target));
                services.AddScoped<EntenteDb>(scope => Lease<PostgresEntenteDb>(scope));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(target));
        }

        return services;
    }

    // The scope disposes the context, which returns it to the pool.
    private static EntenteDb Lease<TContext>(IServiceProvider scope)
        where TContext : EntenteDb =>
        scope.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext()
            .ActFor(scope.GetRequiredService<Viewer>(), scope.GetRequiredService<TimeProvider>());

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
                return new SqliteEntenteDb(sqlite.AddInterceptors(interceptors).Options).ActFor(viewer, time);
            case DatabaseProvider.Postgres:
                var postgres = new DbContextOptionsBuilder<PostgresEntenteDb>();
                ConfigurePostgres(postgres, target);
                return new PostgresEntenteDb(postgres.AddInterceptors(interceptors).Options).ActFor(viewer, time);
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
