using Entente.Commitments;
using Entente.Sample;
using Entente.Search;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Entente.Storage;

/// <summary>
/// Opens a database safely before use: refuses a file that is not SQLite, refuses a schema newer than
/// this program, applies pending migrations, and loads the built-in sample into an empty database.
/// </summary>
public static class DatabaseBootstrapper
{
    private static readonly byte[] s_sqliteHeader = "SQLite format 3\0"u8.ToArray();

    /// <summary>Brings the database to this program's schema; loads the sample when asked and the database holds no agreements.</summary>
    public static async Task<BootstrapResult> PrepareAsync(DatabaseTarget target, bool loadSampleIfEmpty, CancellationToken cancellationToken)
    {
        try
        {
            EnsureSqliteFileIsUsable(target);
            await EnsurePostgresIsReachableAsync(target, cancellationToken);
            await using var db = EntenteDatabase.CreateContext(target);
            var applied = await MigrateAsync(db, target, cancellationToken);

            SampleLoadResult? sample = null;
            if (loadSampleIfEmpty && !await db.Agreements.AnyAsync(cancellationToken))
            {
                sample = await SampleLoader.LoadAsync(db, cancellationToken);
            }
            else if (applied.Count > 0)
            {
                // A database upgraded from before commitments existed gets one for each operative clause, and one
                // loaded from an older built-in sample gets the languages the sample has gained (never replacing an edit).
                await CommitmentSeeder.AddMissingAsync(db, cancellationToken);
                await SampleTranslations.AddMissingAsync(db, SampleLoader.ReadBuiltIn(), cancellationToken);
            }

            // Profiles the sample gave and nobody has saved follow this release's sample.
            var profilesUpdated = sample is null ? await SampleProfiles.FollowAsync(db, SampleLoader.ReadBuiltIn(), cancellationToken) : 0;

            await RefreshPlannerStatisticsAsync(db, target, cancellationToken);
            return new BootstrapResult(applied, sample) { ProfilesUpdated = profilesUpdated };
        }
        catch (Exception e) when (DatabaseErrors.Describe(e, target) is { } described && described != e)
        {
            throw described;
        }
    }

    /// <summary>Applies pending migrations after checking the database was not written by a newer Entente.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(EntenteDb db, DatabaseTarget target, CancellationToken cancellationToken)
    {
        var status = await ReadStatusAsync(db, cancellationToken);
        if (status.Unknown.Count > 0)
        {
            throw new EntenteException(
                $"The database {target.Description} has a newer schema ({status.Unknown[^1]}) than this version of Entente knows " +
                $"(up to {status.Known[^1]}); upgrade Entente — it never downgrades a database.");
        }

        if (status.Pending.Count > 0)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (target.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers go on while one writer writes; the setting is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }

        // The search index's engine structures sit beside the migrated tables; records that predate them are indexed now.
        await SearchIndex.EnsureReadyAsync(db, cancellationToken);
        return status.Pending;
    }

    /// <summary>
    /// Gives SQLite's query planner statistics of the tables (PostgreSQL's autovacuum keeps its own). Without them
    /// it scanned every search entry of a type instead of looking up the few hundred ids the engine matched: 50 ms
    /// against 1 ms at 100,000 documents. <c>analysis_limit</c> keeps the run short on a large file.
    /// </summary>
    public static async Task RefreshPlannerStatisticsAsync(EntenteDb db, DatabaseTarget target, CancellationToken cancellationToken)
    {
        if (target.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA analysis_limit = 1000; ANALYZE;", cancellationToken);
        }
    }

    /// <summary>Which migrations this program knows, which the database has, and which it lacks.</summary>
    public static async Task<MigrationStatus> ReadStatusAsync(EntenteDb db, CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToList();
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var unknown = applied.Except(known, StringComparer.Ordinal).ToList();
        var pending = known.Except(applied, StringComparer.Ordinal).ToList();
        return new MigrationStatus(known, applied, pending, unknown);
    }

    /// <summary>
    /// Opens one connection without the retrying strategy, so an unreachable server is reported at once
    /// rather than after the retries meant for a server that restarts under load.
    /// </summary>
    public static async Task EnsurePostgresIsReachableAsync(DatabaseTarget target, CancellationToken cancellationToken)
    {
        if (target.Provider != DatabaseProvider.Postgres)
        {
            return;
        }

        var builder = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Pooling = false, Timeout = 10 };
        await using var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);
    }

    /// <summary>Refuses, without writing to it, a file that exists but does not start with the SQLite header.</summary>
    public static void EnsureSqliteFileIsUsable(DatabaseTarget target)
    {
        if (target.SqlitePath is not { } path)
        {
            return;
        }

        var file = new FileInfo(path);
        if (!file.Exists)
        {
            var directory = file.Directory ?? throw new EntenteException($"The SQLite path {path} has no folder.");
            directory.Create();
            return;
        }

        if (file.Length == 0)
        {
            return;
        }

        Span<byte> header = stackalloc byte[16];
        using (var stream = file.OpenRead())
        {
            if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length
                || !header.SequenceEqual(s_sqliteHeader))
            {
                throw new EntenteException(
                    $"The file {path} is not an SQLite database (it may be corrupt or another kind of file); Entente has left it untouched.");
            }
        }
    }
}

/// <summary>What preparing a database did.</summary>
public sealed record BootstrapResult(IReadOnlyList<string> AppliedMigrations, SampleLoadResult? Sample)
{
    /// <summary>How many commitment profiles took this release's sample cues (none had been saved by anyone).</summary>
    public int ProfilesUpdated { get; init; }

    /// <summary>What to tell the user when profiles changed: the server links stored documents again, or a refresh does now.</summary>
    public string? ProfilesMessage => ProfilesUpdated == 0 ? null
        : $"{ProfilesUpdated} commitment profile(s) took this release's cues; `entente serve` links the stored documents with them in the background (or run `entente documents refresh`).";
}

/// <summary>Migrations known to the program, applied in the database, pending, and unknown to the program.</summary>
public sealed record MigrationStatus(
    IReadOnlyList<string> Known,
    IReadOnlyList<string> Applied,
    IReadOnlyList<string> Pending,
    IReadOnlyList<string> Unknown);
