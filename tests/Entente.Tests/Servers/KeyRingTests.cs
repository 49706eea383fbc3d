using System.Net;
using Entente.Storage;
using Entente.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests.Servers;

/// <summary>The data protection keys live in the database on SQLite too: a cookie outlives a restart of the server.</summary>
public class KeyRingTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACookieIssuedBeforeARestartIsAcceptedAfterItOnSqlite()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        await TestUsers.CreateAsync(target);
        var cookies = new CookieContainer();

        await using (var before = await RunningApp.StartAsync(target))
        {
            using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = before.Address };
            Assert.Equal(HttpStatusCode.Redirect, (await RunningApp.PostFormAsync(browser, "/account/login", ("UserName", "az-editor"), ("Password", TestUsers.Password))).StatusCode);
        }

        await using var after = await RunningApp.StartAsync(target);
        using var again = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = after.Address };
        var page = await again.GetAsync("/action-items", Ct);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        await using var db = EntenteDatabase.CreateContext(target);
        var key = await db.DataProtectionKeys.SingleAsync(Ct);
        Assert.Contains("<key ", key.Xml, StringComparison.Ordinal);

        // Key material never reaches the audit trail.
        Assert.False(await db.AuditEntries.IgnoreQueryFilters().AnyAsync(e => e.Entity == "DataProtectionKey", Ct));
    }
}
