using Entente.Storage;

namespace Entente.Tests.Support;

/// <summary>Fresh databases for one test: a SQLite file in a temporary folder, or a new PostgreSQL database.</summary>
public static class TestDatabase
{
    /// <summary>The providers every storage test runs on.</summary>
    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    public static async Task<DatabaseTarget> CreateAsync(string provider, PostgresServer postgres) => provider switch
    {
        "sqlite" => NewSqlite(),
        "postgres" => await postgres.CreateDatabaseAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    public static DatabaseTarget NewSqlite() => DatabaseTarget.Parse("sqlite:" + NewSqlitePath());

    public static string NewSqlitePath()
    {
        var folder = Path.Combine(Path.GetTempPath(), "entente-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "entente.db");
    }

    /// <summary>A migrated database with the built-in sample.</summary>
    public static async Task<DatabaseTarget> CreateWithSampleAsync(string provider, PostgresServer postgres)
    {
        var target = await CreateAsync(provider, postgres);
        await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: true, TestContext.Current.CancellationToken);
        return target;
    }
}
