using System.Net;
using Entente.Agreements;
using Entente.Storage;
using Entente.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests;

/// <summary>
/// The cache of public reads answers from memory only while the database is at the version it read at: any write,
/// through any context or server, is seen by the next read.
/// </summary>
public class VersionedReadCacheTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task ReadsAgainOnlyAfterAWrite(string provider)
    {
        var target = await TestDatabase.CreateWithSampleAsync(provider, postgres);
        var cache = new VersionedReadCache();
        var reads = 0;
        async Task<string?> TitleAsync()
        {
            await using var db = EntenteDatabase.CreateContext(target);
            var detail = await cache.GetAsync(db, "agreement:4", async (db, ct) =>
            {
                reads++;
                return await AgreementQueries.FindAsync(db, "4", ct);
            }, Ct);
            return detail?.Title;
        }

        var first = await TitleAsync();
        Assert.Equal(first, await TitleAsync());
        Assert.Equal(1, reads);

        await using (var writer = EntenteDatabase.CreateContext(target))
        {
            var agreement = await writer.Agreements.SingleAsync(a => a.Id == 4, Ct);
            agreement.Summary = "Changed while the cache held the old answer";
            await writer.SaveChangesAsync(Ct);
        }

        Assert.Equal(first, await TitleAsync());
        Assert.Equal(2, reads);
        await using var check = EntenteDatabase.CreateContext(target);
        Assert.Equal("Changed while the cache held the old answer", (await AgreementQueries.FindAsync(check, "4", Ct))!.Summary);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnEntryOfTheTrailAloneKeepsCachesAndTheSearchCopyAndADataChangeMovesThem(string provider)
    {
        var target = await TestDatabase.CreateWithSampleAsync(provider, postgres);
        var cache = new VersionedReadCache();
        using var replica = new Entente.Search.SearchReplica();
        string[] allied = [new Entente.Search.SearchAnalyzer().Term("allied")];
        var reads = 0;
        async Task ReadBothAsync()
        {
            await using var db = EntenteDatabase.CreateContext(target);
            await cache.GetAsync(db, "agreement:4", async (db, ct) =>
            {
                reads++;
                return await AgreementQueries.FindAsync(db, "4", ct);
            }, Ct);
            Assert.NotEmpty(await replica.MatchAsync(db, allied, 5, Ct));
        }

        await ReadBothAsync();
        DataVersion before;
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            before = await DataVersion.ReadAsync(db, Ct);
            await Entente.Audit.AuditChain.AppendAsync(db, [new Entente.Audit.AuditEntry
            {
                Actor = "system", Action = "verified", Entity = "audit", EntityId = "all", PreviousHash = "", Hash = "",
            }], Ct);
            await db.SaveChangesAsync(Ct);
            Assert.Equal(before, await DataVersion.ReadAsync(db, Ct));
        }

        await ReadBothAsync();
        Assert.Equal((1, (1, 0)), (reads, replica.Refreshes));

        await using (var writer = EntenteDatabase.CreateContext(target))
        {
            var agreement = await writer.Agreements.SingleAsync(a => a.Id == 4, Ct);
            agreement.Summary = "A data change moves the counter";
            await writer.SaveChangesAsync(Ct);
            var after = await DataVersion.ReadAsync(writer, Ct);
            Assert.Equal(before.Number + 1, after.Number);
            Assert.NotEqual(before.Stamp, after.Stamp);
        }

        await ReadBothAsync();
        Assert.Equal((2, (1, 1)), (reads, replica.Refreshes));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task AnUnknownAgreementIsNotKept(string provider)
    {
        var target = await TestDatabase.CreateWithSampleAsync(provider, postgres);
        var cache = new VersionedReadCache();
        var reads = 0;
        for (var i = 0; i < 2; i++)
        {
            await using var db = EntenteDatabase.CreateContext(target);
            Assert.Null(await cache.GetAsync(db, "agreement:no-such", (db, ct) => { reads++; return AgreementQueries.FindAsync(db, "no-such", ct); }, Ct));
        }

        Assert.Equal(2, reads);
    }

    [Fact]
    public async Task AnAgreementChangedOutsideTheServerIsServedChangedAtOnce()
    {
        // The command line (another process) edits the legal base while the server runs and has the old answer kept.
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        await using var app = await RunningApp.StartAsync(target);
        var before = await app.Client.GetStringAsync("/api/agreements/4", Ct);
        Assert.Equal(before, await app.Client.GetStringAsync("/api/agreements/4", Ct));

        await using (var cli = EntenteDatabase.CreateContext(target))
        {
            var agreement = await cli.Agreements.SingleAsync(a => a.Id == 4, Ct);
            agreement.SigningPlace = "Signed in a place set from the command line";
            await cli.SaveChangesAsync(Ct);
        }

        var detail = await app.Client.GetAsync("/api/agreements/4", Ct);
        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Contains("Signed in a place set from the command line", await detail.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("Signed in a place set from the command line", await app.Client.GetStringAsync("/api/agreements", Ct), StringComparison.Ordinal);
        Assert.Contains("Signed in a place set from the command line", await app.Client.GetStringAsync("/agreements/4", Ct), StringComparison.Ordinal);
    }
}
