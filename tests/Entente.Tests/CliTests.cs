using System.Net;
using System.Net.Sockets;
using Entente.Storage;
using Entente.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests;

/// <summary>The <c>entente</c> command's verbs, messages and exit codes.</summary>
public class CliTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnknownVerbPrintsUsageAndExitsWithTwo()
    {
        var run = await CliRun.RunAsync("frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("frobnicate", run.Error, StringComparison.Ordinal);
        Assert.Contains("Usage:", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task UnknownOptionPrintsUsageAndExitsWithTwo()
    {
        var run = await CliRun.RunAsync("db", "migrate", "--colour", "blue");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--colour", run.Error, StringComparison.Ordinal);
        Assert.Contains("migrate", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoVerbAtAllIsAUsageError()
    {
        var run = await CliRun.RunAsync();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("serve", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("serve", "--help")]
    [InlineData("db", "migrate", "--help")]
    [InlineData("db", "info", "--help")]
    [InlineData("users", "add", "--help")]
    [InlineData("sample", "load", "--help")]
    public async Task EveryVerbHasHelp(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
        Assert.Contains("--db", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedDatabaseOptionIsAUsageError()
    {
        var run = await CliRun.RunAsync("db", "info", "--db", "mysql://somewhere");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task MigrateCreatesTheDatabaseAndLoadsTheSampleUnlessAskedNotTo()
    {
        var withSample = TestDatabase.NewSqlitePath();
        var withoutSample = TestDatabase.NewSqlitePath();

        var first = await CliRun.RunAsync("db", "migrate", "--db", "sqlite:" + withSample);
        var second = await CliRun.RunAsync("db", "migrate", "--db", "sqlite:" + withoutSample, "--no-sample");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Loaded the built-in sample", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.DoesNotContain("sample", second.Output, StringComparison.OrdinalIgnoreCase);
        await using var db = EntenteDatabase.CreateContext(DatabaseTarget.Parse("sqlite:" + withoutSample));
        Assert.Equal(0, await db.Agreements.CountAsync(Ct));
    }

    [Fact]
    public async Task InfoNamesTheDatabaseAndItsSchema()
    {
        var path = TestDatabase.NewSqlitePath();
        await CliRun.RunAsync("db", "migrate", "--db", "sqlite:" + path);

        var run = await CliRun.RunAsync("db", "info", "--db", "sqlite:" + path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(path, run.Output, StringComparison.Ordinal);
        // The schema version is the newest migration, whichever that is.
        await using var db = EntenteDatabase.CreateContext(DatabaseTarget.Parse("sqlite:" + path));
        Assert.Contains(db.Database.GetMigrations().Last(), run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnvironmentVariableChoosesTheDatabaseWhenNoOptionIsGiven()
    {
        var path = TestDatabase.NewSqlitePath();
        var previous = Environment.GetEnvironmentVariable(DatabaseTarget.EnvironmentVariable);
        Environment.SetEnvironmentVariable(DatabaseTarget.EnvironmentVariable, "sqlite:" + path);
        try
        {
            var run = await CliRun.RunAsync("db", "migrate", "--no-sample");
            Assert.Equal(0, run.ExitCode);
            Assert.Contains(path, run.Output, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(DatabaseTarget.EnvironmentVariable, previous);
        }
    }

    [Fact]
    public async Task CorruptSqliteFileIsNamedAndLeftUntouched()
    {
        var path = TestDatabase.NewSqlitePath();
        var garbage = "this is not a database, it is a shopping list\n"u8.ToArray();
        await File.WriteAllBytesAsync(path, garbage, Ct);

        var run = await CliRun.RunAsync("db", "migrate", "--db", "sqlite:" + path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(path, run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.Equal(garbage, await File.ReadAllBytesAsync(path, Ct));
    }

    [Fact]
    public async Task SqliteFileDamagedInsideIsReportedAsCorrupt()
    {
        var path = TestDatabase.NewSqlitePath();
        await CliRun.RunAsync("db", "migrate", "--db", "sqlite:" + path);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        // Keep the header, overwrite the pages behind it.
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            file.Seek(100, SeekOrigin.Begin);
            await file.WriteAsync(new byte[8192], Ct);
        }

        var damaged = await File.ReadAllBytesAsync(path, Ct);
        var run = await CliRun.RunAsync("db", "info", "--db", "sqlite:" + path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(path, run.Error, StringComparison.Ordinal);
        Assert.Contains("corrupt", run.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(damaged, await File.ReadAllBytesAsync(path, Ct));
    }

    [Fact]
    public async Task UnreachablePostgresIsOneLineNamingHostAndPort()
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var run = await CliRun.RunAsync("db", "migrate", "--db", $"postgres://entente:pw@127.0.0.1:{port}/entente");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"127.0.0.1:{port}", run.Error, StringComparison.Ordinal);
        Assert.Single(run.Error.Trim().Split('\n'));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task DatabaseFromANewerEntenteIsRefusedNotDowngraded(string provider)
    {
        var target = await TestDatabase.CreateAsync(provider, postgres);
        await DatabaseBootstrapper.PrepareAsync(target, loadSampleIfEmpty: false, Ct);
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('29991231000000_FromTheFuture', '99.0.0')", Ct);
        }

        var run = await CliRun.RunAsync("db", "migrate", "--db", target.ConnectionString.StartsWith("Data Source", StringComparison.Ordinal) ? "sqlite:" + target.SqlitePath : target.ConnectionString);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("29991231000000_FromTheFuture", run.Error, StringComparison.Ordinal);
        Assert.Contains("never downgrades", run.Error, StringComparison.Ordinal);
        await using var check = EntenteDatabase.CreateContext(target);
        Assert.Contains("29991231000000_FromTheFuture", await check.Database.GetAppliedMigrationsAsync(Ct));
    }

    [Fact]
    public async Task UsersAddCreatesAUserOfAPartyWithARole()
    {
        var path = TestDatabase.NewSqlitePath();
        await CliRun.RunAsync("db", "migrate", "--db", "sqlite:" + path);

        var run = await CliRun.RunAsync("users", "add", "desk.officer", "--party", "az", "--role", "coordinator", "--name", "Desk Officer", "--db", "sqlite:" + path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Password:", run.Output, StringComparison.Ordinal);
        await using var db = EntenteDatabase.CreateContext(DatabaseTarget.Parse("sqlite:" + path));
        var user = await db.Users.SingleAsync(Ct);
        Assert.Equal("AZ", user.PartyCode);
        Assert.Equal(Users.UserRole.Coordinator, user.Role);
        Assert.NotNull(user.PasswordHash);
        Assert.DoesNotContain(user.PasswordHash, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAddRefusesAnUnknownPartyAndAnUnknownRole()
    {
        var path = TestDatabase.NewSqlitePath();
        await CliRun.RunAsync("db", "migrate", "--db", "sqlite:" + path);

        var party = await CliRun.RunAsync("users", "add", "someone", "--party", "XX", "--db", "sqlite:" + path);
        var role = await CliRun.RunAsync("users", "add", "someone", "--role", "emperor", "--db", "sqlite:" + path);

        Assert.Equal(2, party.ExitCode);
        Assert.Contains("XX", party.Error, StringComparison.Ordinal);
        Assert.Equal(2, role.ExitCode);
        Assert.Contains("emperor", role.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SampleLoadTwiceReportsNothingChanged()
    {
        var path = TestDatabase.NewSqlitePath();

        var first = await CliRun.RunAsync("sample", "load", "--db", "sqlite:" + path);
        var second = await CliRun.RunAsync("sample", "load", "--db", "sqlite:" + path);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("agreements", first.Output, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("nothing changed", second.Output, StringComparison.Ordinal);
    }
}
