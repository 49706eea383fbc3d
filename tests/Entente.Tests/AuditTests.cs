using System.Net;
using Entente.Audit;
using Entente.Storage;
using Entente.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests;

/// <summary>The append-only audit trail: every write chained by SHA-256, and tampering found.</summary>
public class AuditTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task EveryWriteIsChainedAndTheChainVerifies(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        await workspace.As("ru-editor").PostJsonAsync("/api/action-items", new { title = "Audited", visibility = "shared" });
        await using var db = EntenteDatabase.CreateContext(workspace.Target);

        var last = await db.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync(Ct);
        var verification = await AuditChain.VerifyAsync(db, Ct);

        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(last.Sequence, verification.Verified);
        Assert.Equal(last.Hash, verification.LastHash);
        Assert.Equal("ru-editor", last.Actor);
        Assert.Equal(nameof(ActionItems.ActionItem), last.Entity);
        Assert.Equal(last.Hash, last.ComputeHash());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnEntryEditedBehindEntentesBackIsNamedByVerify(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        await workspace.As("ru-editor").PostJsonAsync("/api/action-items", new { title = "Honest", visibility = "shared" });
        long target;
        await using (var db = EntenteDatabase.CreateContext(workspace.Target))
        {
            target = await db.AuditEntries.Where(e => e.Entity == "ActionItem").Select(e => e.Sequence).SingleAsync(Ct);
            var sql = provider == "postgres"
                ? "UPDATE \"AuditEntries\" SET \"After\" = replace(\"After\", 'Honest', 'Forged') WHERE \"Sequence\" = {0}"
                : "UPDATE AuditEntries SET After = replace(After, 'Honest', 'Forged') WHERE Sequence = {0}";
            Assert.Equal(1, await db.Database.ExecuteSqlRawAsync(sql, [target], Ct));
        }

        var cli = await CliRun.RunAsync("audit", "verify", "--db", DbArgument(workspace.Target));
        var page = await workspace.As("ru-administrator").GetStringAsync("/audit", Ct);
        var api = await workspace.As("az-administrator").GetJsonAsync("/api/audit/verify");

        Assert.Equal(1, cli.ExitCode);
        Assert.Contains($"broken at entry {target}", cli.Error, StringComparison.Ordinal);
        Assert.Contains($"broken at entry {target}", page, StringComparison.Ordinal);
        Assert.Equal(target, api.GetProperty("firstBroken").GetInt64());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ConcurrentWritersStillLeaveOneUnbrokenChain(string provider)
    {
        await using var workspace = await Workspace.StartAsync(provider, postgres);
        var writers = new[] { "ru-editor", "az-editor", "ru-coordinator", "az-coordinator" }.Select(workspace.As).ToList();

        var responses = await Task.WhenAll(Enumerable.Range(0, 24).Select(i =>
            writers[i % writers.Count].PostJsonAsync("/api/action-items", new { title = $"Parallel {i}", visibility = "shared" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        await using var db = EntenteDatabase.CreateContext(workspace.Target);
        var verification = await AuditChain.VerifyAsync(db, Ct);
        Assert.True(verification.IsIntact, verification.Problem);
        Assert.Equal(24, await db.AuditEntries.CountAsync(e => e.Entity == "ActionItem", Ct));
    }

    [Fact]
    public async Task ARemovedEntryIsFoundAsAGap()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM AuditEntries WHERE Sequence = 5", Ct);
        }

        var run = await CliRun.RunAsync("audit", "verify", "--db", DbArgument(target));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("entry 5 is missing", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnIntactTrailVerifiesFromTheCommandLine()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);

        var run = await CliRun.RunAsync("audit", "verify", "--db", DbArgument(target));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("The audit trail holds", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyAdministratorsMayVerify()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);

        Assert.Equal(HttpStatusCode.Forbidden, (await workspace.As("ru-coordinator").GetAsync("/api/audit/verify", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await workspace.As("ru-administrator").GetAsync("/api/audit/verify", Ct)).StatusCode);
    }

    private static string DbArgument(DatabaseTarget target) => target.SqlitePath is { } path ? "sqlite:" + path : target.ConnectionString;
}
