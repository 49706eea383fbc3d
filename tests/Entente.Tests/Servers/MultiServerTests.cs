using System.Net;
using Entente.Audit;
using Entente.Consultations;
using Entente.Storage;
using Entente.Tests.Support;
using Entente.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Entente.Tests.Servers;

/// <summary>
/// Two servers on one PostgreSQL database behave as one: a cookie from one is accepted by the other, a write on
/// one is read on the other at once, and the deadline service records each reminder and breach once.
/// </summary>
public class MultiServerTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ACookieIssuedByOneServerIsAcceptedByTheOther()
    {
        var target = await TestDatabase.CreateWithSampleAsync("postgres", postgres);
        await TestUsers.CreateAsync(target);

        // Both start on an empty key ring at the same moment, as two servers of a new installation would.
        var started = await Task.WhenAll(RunningApp.StartAsync(target), RunningApp.StartAsync(target));
        await using var a = started[0];
        await using var b = started[1];

        foreach (var (issuer, reader, user) in new[] { (a, b, "ru-editor"), (b, a, "az-editor") })
        {
            var cookies = new CookieContainer();
            using var onIssuer = SharedJar(issuer, cookies);
            using var onReader = SharedJar(reader, cookies);
            Assert.Equal(HttpStatusCode.Redirect, (await onReader.GetAsync("/action-items", Ct)).StatusCode);

            var signIn = await RunningApp.PostFormAsync(onIssuer, "/account/login", ("UserName", user), ("Password", TestUsers.Password));
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

            var page = await onReader.GetAsync("/action-items", Ct);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains(user, await page.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

            // The antiforgery token one server put in a form is accepted by the other, too.
            var token = await RunningApp.AntiforgeryTokenAsync(onIssuer, "/account/tokens");
            var form = new FormUrlEncodedContent([KeyValuePair.Create("Name", "posted across servers"), KeyValuePair.Create("Scope", "read"), KeyValuePair.Create("__RequestVerificationToken", token)]);
            var posted = await onReader.PostAsync("/account/tokens?handler=create", form, Ct);
            Assert.True(posted.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{posted.StatusCode}");
            Assert.Contains("posted across servers", await onIssuer.GetStringAsync("/account/tokens", Ct), StringComparison.Ordinal);
        }

        await using var db = EntenteDatabase.CreateContext(target);
        Assert.True(await db.DataProtectionKeys.CountAsync(Ct) >= 1);
    }

    [Fact]
    public async Task AWriteOnOneServerIsReadOnTheOtherAtOnce()
    {
        var target = await TestDatabase.CreateWithSampleAsync("postgres", postgres);
        var users = await TestUsers.CreateAsync(target);
        await using var a = await RunningApp.StartAsync(target);
        await using var b = await RunningApp.StartAsync(target);
        var onA = a.WithToken(users.Token("ru-editor"));
        var onB = b.WithToken(users.Token("ru-editor"));

        // Read first on B, so anything B might keep from that read would now be stale (its search index in memory too).
        var before = await onB.GetJsonAsync("/api/action-items");
        Assert.Empty(SearchResultIds(await onB.GetJsonAsync("/api/search?q=written&kind=action-item")));
        var created = await onA.PostJsonAsync("/api/action-items", new { title = "Written on A", visibility = "shared" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetInt32();

        Assert.DoesNotContain(id, before.Ids());
        Assert.Contains(id, (await onB.GetJsonAsync("/api/action-items")).Ids());
        Assert.Equal([id], SearchResultIds(await onB.GetJsonAsync("/api/search?q=written&kind=action-item")));
        Assert.Contains("Written on A", await b.WithToken(users.Token("az-viewer")).GetStringAsync("/action-items", Ct), StringComparison.Ordinal);

        // A change on B is seen on A at once, and A's old version is refused as stale rather than overwriting it.
        var seenOnA = await onA.GetJsonAsync($"/api/action-items/{id}");
        var version = seenOnA.GetProperty("version").GetInt64();
        var changed = await onB.PutJsonAsync($"/api/action-items/{id}", new { title = "Changed on B", visibility = "shared", version });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("Changed on B", (await onA.GetJsonAsync($"/api/action-items/{id}")).GetProperty("title").GetString());
        Assert.Empty(SearchResultIds(await onA.GetJsonAsync("/api/search?q=written&kind=action-item")));
        Assert.Equal([id], SearchResultIds(await onA.GetJsonAsync("/api/search?q=changed&kind=action-item")));
        var stale = await onA.PutJsonAsync($"/api/action-items/{id}", new { title = "Stale edit on A", visibility = "shared", version });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        // A revoked token is refused by the other server at once.
        var token = (await (await onA.PostJsonAsync("/api/tokens", new { name = "short-lived", scope = "read", expiresInDays = 1 })).JsonAsync());
        var secret = token.GetProperty("secret").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await b.WithToken(secret).GetAsync("/api/action-items", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await onA.DeleteAsync($"/api/tokens/{token.GetProperty("id").GetInt32()}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await b.WithToken(secret).GetAsync("/api/action-items", Ct)).StatusCode);
    }

    [Fact]
    public async Task RacingDeadlineChecksOnTwoServersRecordEachReminderAndBreachOnce()
    {
        var target = await TestDatabase.CreateWithSampleAsync("postgres", postgres);
        var users = await TestUsers.CreateAsync(target);
        var clock = new FixedClock(Workspace.Start);
        var settings = new WebAppSettings(target, "http://127.0.0.1:0") { Time = clock, RunDeadlineService = false };
        await using var a = await RunningApp.StartAsync(settings);
        await using var b = await RunningApp.StartAsync(settings);
        var ids = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            var created = await a.WithToken(users.Token("ru-coordinator")).PostJsonAsync("/api/consultations", new { kind = "urgent", subject = $"Race {i}" });
            ids.Add((await created.JsonAsync()).GetProperty("id").GetInt32());
        }

        var serviceA = a.Services.GetRequiredService<ConsultationDeadlineService>();
        var serviceB = b.Services.GetRequiredService<ConsultationDeadlineService>();
        var done = new List<DeadlineAction>();
        foreach (var hours in new[] { 20, 25, 60, 80 })
        {
            clock.Now = Workspace.Start.AddHours(hours);
            var ticks = await Task.WhenAll(serviceA.TickAsync(Ct), serviceB.TickAsync(Ct), serviceA.TickAsync(Ct), serviceB.TickAsync(Ct));
            done.AddRange(ticks.SelectMany(t => t));
        }

        // Per consultation: the acknowledge reminder, its breach, the hold reminder, its breach — once each.
        foreach (var id in ids)
        {
            var forThis = done.Where(d => d.ConsultationId == id).Select(d => (d.Stage, d.IsBreach)).ToList();
            Assert.Equal([(DeadlineStage.Acknowledge, false), (DeadlineStage.Acknowledge, true), (DeadlineStage.Hold, false), (DeadlineStage.Hold, true)], forThis.Order());
        }

        Assert.Equal(4 * ids.Count, await DeadlineWritesAsync(target, ids));
    }

    [Fact]
    public async Task WithBothServersRunningTheDeadlineServiceABreachIsRecordedOnce()
    {
        var target = await TestDatabase.CreateWithSampleAsync("postgres", postgres);
        var users = await TestUsers.CreateAsync(target);
        var clock = new FixedClock(Workspace.Start);
        var settings = new WebAppSettings(target, "http://127.0.0.1:0")
        {
            Time = clock,
            RunDeadlineService = true,
            Configuration = new Dictionary<string, string?> { ["Consultations:Deadlines:CheckEvery"] = "00:00:00.05" },
        };
        await using var a = await RunningApp.StartAsync(settings);
        await using var b = await RunningApp.StartAsync(settings);
        var created = await a.WithToken(users.Token("ru-coordinator")).PostJsonAsync("/api/consultations", new { kind = "urgent", subject = "Both servers watch this" });
        var id = (await created.JsonAsync()).GetProperty("id").GetInt32();

        clock.Now = Workspace.Start.AddHours(25);
        var viewer = b.WithToken(users.Token("az-viewer"));
        for (var i = 0; i < 100 && (await viewer.GetJsonAsync($"/api/consultations/{id}")).GetProperty("acknowledgeBreachedAt").ValueKind == System.Text.Json.JsonValueKind.Null; i++)
        {
            await Task.Delay(50, Ct);
        }

        // Let both services tick many more times over the same state.
        await Task.Delay(1000, Ct);
        Assert.Equal(Workspace.Start.AddHours(25), (await viewer.GetJsonAsync($"/api/consultations/{id}")).GetProperty("acknowledgeBreachedAt").GetDateTimeOffset());
        Assert.Equal(1, await DeadlineWritesAsync(target, [id]));
    }

    /// <summary>How many times the deadline service changed these consultations, from the audit trail.</summary>
    private static async Task<int> DeadlineWritesAsync(DatabaseTarget target, IReadOnlyList<int> ids)
    {
        var keys = ids.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        await using var db = EntenteDatabase.CreateContext(target);
        Assert.True((await AuditChain.VerifyAsync(db, Ct)).IsIntact);
        return await db.AuditEntries.IgnoreQueryFilters()
            .CountAsync(e => e.Entity == nameof(Consultation) && e.Action == "modified" && e.Actor == "system" && keys.Contains(e.EntityId), Ct);
    }

    private static HttpClient SharedJar(RunningApp app, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = app.Address };

    private static List<int> SearchResultIds(System.Text.Json.JsonElement results) =>
        [.. results.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetInt32())];
}
