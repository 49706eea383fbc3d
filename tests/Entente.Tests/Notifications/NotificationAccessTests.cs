using System.Net;
using System.Net.Http.Json;
using Entente.Access;
using Entente.Consultations;
using Entente.Documents;
using Entente.Notifications;
using Entente.Storage;
using Entente.Tests.Support;
using Entente.Text.Pipeline;
using Entente.Text.Tests.Support;
using Entente.Users;
using Entente.Web;
using Microsoft.EntityFrameworkCore;

namespace Entente.Tests.Notifications;

/// <summary>
/// Each Party's inbox holds what is new for it and nothing it may not see: evidence on its bodies' clauses (or on
/// clauses a user follows), deadlines of the consultations it may read — never the other Party's own records or
/// restricted ones — on SQLite and PostgreSQL.
/// </summary>
public sealed class NotificationAccessTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_Party_is_told_its_own_news_and_nothing_it_may_not_see(string provider)
    {
        var target = await NotificationSetup.LegalBaseAsync(provider, postgres);
        var declaration = await NotificationSetup.DeclarationIdAsync(target);
        var users = new TestUsers();
        var ru = await users.AddAsync(target, "RU", UserRole.Editor);
        var az = await users.AddAsync(target, "AZ", UserRole.Editor);
        var clause1 = NotificationDeriver.ClauseKey(declaration, "1");
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            // An Azerbaijani user follows clause 1, which only a Russian body is responsible for.
            db.Add(new NotificationFollow { UserId = az.Id, Kind = "clause", Key = clause1 });
            await db.SaveChangesAsync(Ct);
        }

        // The inboxes begin: what is stored so far is history.
        Assert.Equal(0, await DeriveAsync(target, "RU"));
        Assert.Equal(0, await DeriveAsync(target, "AZ"));

        var now = DateTimeOffset.UtcNow.AddSeconds(1);
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            db.Consultations.AddRange(
                Missed("Shared: border crossings", null, Visibility.Shared, now),
                Missed("AZ only: gas prices", "AZ", Visibility.Party, now),
                Missed("RU only: grain quotas", "RU", Visibility.Party, now),
                Missed("Restricted: a named few", "RU", Visibility.Restricted, now));
            await db.SaveChangesAsync(Ct);
            var news = SharedFolder.CorpusFile("002");
            var outcome = await new DocumentStore(db, DocumentPipeline.Default, TimeProvider.System)
                .StoreAsync(new DocumentInput(news, await File.ReadAllBytesAsync(news, Ct), "text/plain"), Ct);
            Assert.Equal(IngestResult.Added, outcome.Result);
        }

        Assert.True(await DeriveAsync(target, "RU") > 0);
        Assert.True(await DeriveAsync(target, "AZ") > 0);
        // Deriving again finds nothing new.
        Assert.Equal(0, await DeriveAsync(target, "RU"));

        await using var all = EntenteDatabase.CreateContext(target);
        var rows = await all.Set<Notification>().AsNoTracking().ToListAsync(Ct);
        var ruRows = rows.Where(n => n.OwnerPartyCode == "RU").ToList();
        var azRows = rows.Where(n => n.OwnerPartyCode == "AZ").ToList();
        Assert.Contains(ruRows, n => n.Kind == NotificationKinds.Evidence && n.Clause == "13" && n.ForParty);
        Assert.Contains(ruRows, n => n.Kind == NotificationKinds.Evidence && n.Clause == "1" && n.ForParty);
        Assert.Equal(["RU only: grain quotas", "Shared: border crossings"], Subjects(ruRows, NotificationKinds.DeadlineMissed));
        Assert.Equal(["AZ only: gas prices", "Shared: border crossings"], Subjects(azRows, NotificationKinds.DeadlineMissed));
        // AZ hears of clause 1 only for the user who follows it, and not of clause 13 at all.
        var followed = Assert.Single(azRows, n => n.Kind == NotificationKinds.Evidence);
        Assert.Equal(("1", false), (followed.Clause, followed.ForParty));
        Assert.DoesNotContain(rows, n => n.Subject.StartsWith("Restricted", StringComparison.Ordinal));

        // Each user's inbox, read as that user: their Party's rows only; the follower sees the followed one.
        await using var asRu = EntenteDatabase.CreateContext(target, Viewer.For(ru), TimeProvider.System);
        await using var asAz = EntenteDatabase.CreateContext(target, Viewer.For(az), TimeProvider.System);
        var ruInbox = await Inbox.ListAsync(asRu, ru.Id, 0, Inbox.PageSize, Ct);
        var azInbox = await Inbox.ListAsync(asAz, az.Id, 0, Inbox.PageSize, Ct);
        Assert.Equal(ruRows.Select(n => n.Id).Order(), ruInbox.Select(i => i.Id).Order());
        Assert.Equal(azRows.Select(n => n.Id).Order(), azInbox.Select(i => i.Id).Order());
        Assert.Equal(azRows.Count, await Inbox.UnreadCountAsync(asAz, az.Id, Ct));
        Assert.Equal(1, await Inbox.MarkReadAsync(asAz, az.Id, followed.Id, Ct));
        Assert.Equal(azRows.Count - 1, await Inbox.UnreadCountAsync(asAz, az.Id, Ct));
        // Marking another Party's notification read does nothing: it is not in the user's inbox.
        Assert.Equal(0, await Inbox.MarkReadAsync(asAz, az.Id, ruRows[0].Id, Ct));

        // The API answers as the page: each user's own inbox, never the other Party's party-only item.
        // Without the server's own notification service, so the inboxes hold exactly what was derived above.
        await using var app = await RunningApp.StartAsync(new WebAppSettings(target, "http://127.0.0.1:0") { RunNotifications = false, RunDeadlineService = false });
        var ruApi = app.WithToken(users.Token(TestUsers.NameOf("RU", UserRole.Editor)));
        var azApi = app.WithToken(users.Token(TestUsers.NameOf("AZ", UserRole.Editor)));
        var azPage = await InboxPageAsync(azApi, "/api/inbox?pageSize=100");
        Assert.Equal(azRows.Select(n => n.Id).OrderDescending(), azPage.Items.Select(i => i.Id));
        Assert.DoesNotContain(azPage.Items, i => i.Subject.StartsWith("RU only", StringComparison.Ordinal));
        Assert.Equal((azRows.Count, azRows.Count - 1), (azPage.Total, azPage.Unread));
        Assert.Contains(azPage.Items, i => i.Id == followed.Id && i.Read);
        var ruPage = await InboxPageAsync(ruApi, "/api/inbox?pageSize=100");
        Assert.Contains(ruPage.Items, i => i.Subject == "RU only: grain quotas");
        Assert.DoesNotContain(ruPage.Items, i => i.Subject.StartsWith("AZ only", StringComparison.Ordinal));
        // Paged newest first: the second page of one is the second newest.
        var second = await InboxPageAsync(ruApi, "/api/inbox?page=2&pageSize=1");
        Assert.Equal(ruPage.Items[1].Id, Assert.Single(second.Items).Id);
        Assert.Equal(HttpStatusCode.BadRequest, (await ruApi.GetAsync("/api/inbox?pageSize=1000", Ct)).StatusCode);
        // Another Party's notification is not found for marking read; one's own is marked, once.
        Assert.Equal(HttpStatusCode.NotFound, (await azApi.PostAsync($"/api/inbox/{ruRows[0].Id}/read", null, Ct)).StatusCode);
        Assert.Equal(1, await MarkedAsync(ruApi, $"/api/inbox/{ruRows[0].Id}/read"));
        Assert.Equal(0, await MarkedAsync(ruApi, $"/api/inbox/{ruRows[0].Id}/read"));
        Assert.Equal(ruRows.Count - 1, await MarkedAsync(ruApi, "/api/inbox/read"));
        Assert.Equal(0, (await InboxPageAsync(ruApi, "/api/inbox")).Unread);
        Assert.Equal(azRows.Count - 1, (await InboxPageAsync(azApi, "/api/inbox")).Unread);

        // Follows: the AZ user's follow of clause 1 is listed, can be removed and made again; an unknown key is refused.
        var follows = await azApi.GetFromJsonAsync<List<FollowView>>("/api/follows", Ct);
        var clauseFollow = Assert.Single(follows!);
        Assert.Equal(("clause", clause1), (clauseFollow.Kind, clauseFollow.Key));
        Assert.Empty((await ruApi.GetFromJsonAsync<List<FollowView>>("/api/follows", Ct))!);
        Assert.Equal(HttpStatusCode.NotFound, (await ruApi.DeleteAsync($"/api/follows/{clauseFollow.Id}", Ct)).StatusCode);
        Assert.Single((await azApi.GetFromJsonAsync<List<FollowView>>("/api/follows", Ct))!);
        Assert.Equal(HttpStatusCode.NoContent, (await azApi.DeleteAsync($"/api/follows/{clauseFollow.Id}", Ct)).StatusCode);
        Assert.Empty((await azApi.GetFromJsonAsync<List<FollowView>>("/api/follows", Ct))!);
        var choices = await azApi.GetFromJsonAsync<List<FollowChoice>>("/api/follows/choices", Ct);
        Assert.Contains(choices!, c => c.Kind == "clause" && c.Key == clause1);
        var refollowed = await azApi.PostAsJsonAsync("/api/follows", new { kind = "clause", key = clause1 }, Ct);
        Assert.Equal(HttpStatusCode.OK, refollowed.StatusCode);
        Assert.Equal(clause1, Assert.Single((await refollowed.Content.ReadFromJsonAsync<List<FollowView>>(Ct))!).Key);
        Assert.Equal(HttpStatusCode.BadRequest, (await azApi.PostAsJsonAsync("/api/follows", new { kind = "clause", key = "999999:1" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await azApi.PostAsJsonAsync("/api/follows", new { kind = "party", key = "RU" }, Ct)).StatusCode);

        // Nobody signed in: 401 on every inbox endpoint.
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client.GetAsync("/api/inbox", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client.GetAsync("/api/follows", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client.PostAsync("/api/inbox/read", null, Ct)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Commission_follow_ups_due_or_overdue_reach_only_the_Parties_that_may_see_them(string provider)
    {
        var target = await TestDatabase.CreateWithSampleAsync(provider, postgres);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            var session = new Commission.CommissionSession { Number = 7, Decisions = [new Commission.CommissionDecision { Number = 1, Text = "Draft the annexes" }] };
            db.CommissionSessions.Add(session);
            await db.SaveChangesAsync(Ct);
            var decision = session.Decisions[0].Id;
            db.ActionItems.AddRange(
                FollowUp("RU only: rail tariff annex", "RU", Visibility.Party, today.AddDays(3), decision),
                FollowUp("Shared: customs annex", "AZ", Visibility.Shared, today.AddDays(-3), decision),
                FollowUp("Shared: done already", "AZ", Visibility.Shared, today.AddDays(2), decision, ActionItems.ActionItemStatus.Done),
                FollowUp("Shared: far off", "AZ", Visibility.Shared, today.AddDays(30), decision),
                FollowUp("Shared: no decision behind it", "AZ", Visibility.Shared, today.AddDays(2), null));
            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal(2, await DeriveAsync(target, "RU"));
        Assert.Equal(1, await DeriveAsync(target, "AZ"));
        Assert.Equal(0, await DeriveAsync(target, "RU"));
        await using var all = EntenteDatabase.CreateContext(target);
        var rows = await all.Set<Notification>().AsNoTracking().OrderBy(n => n.Subject).ToListAsync(Ct);
        Assert.Equal(
            [("AZ", NotificationKinds.FollowUpOverdue, "Shared: customs annex"), ("RU", NotificationKinds.FollowUpDue, "RU only: rail tariff annex"), ("RU", NotificationKinds.FollowUpOverdue, "Shared: customs annex")],
            rows.Select(n => (n.OwnerPartyCode, n.Kind, n.Subject)).Order());
        Assert.All(rows, n => Assert.True(n.ForParty && n.Due is not null));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_new_then_resolved_conflict_and_a_deadline_reminder_are_told_once_to_the_Parties_concerned(string provider)
    {
        var target = await TestDatabase.CreateWithSampleAsync(provider, postgres);
        // The inboxes begin.
        Assert.Equal(0, await DeriveAsync(target, "RU"));
        Assert.Equal(0, await DeriveAsync(target, "AZ"));

        var now = DateTimeOffset.UtcNow.AddSeconds(1);
        var conflict = new Conflicts.ConflictRecord
        {
            Identity = "test-conflict", Kind = "value", Severity = "high", IndicatorKey = "trade-turnover", PeriodStart = new DateOnly(2025, 1, 1), PeriodEnd = new DateOnly(2025, 12, 31),
            Explanation = "Two sources disagree.", First = Side("one outlet", 4.1m), Second = Side("another outlet", 4.8m), DetectedAt = now,
        };
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            db.Conflicts.Add(conflict);
            var reminded = Missed("RU only: reminded", "RU", Visibility.Party, now);
            (reminded.AcknowledgeBreachedAt, reminded.LastReminderAt) = (null, now);
            db.Consultations.Add(reminded);
            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal(2, await DeriveAsync(target, "RU"));   // the conflict and RU's own reminder
        Assert.Equal(1, await DeriveAsync(target, "AZ"));   // the conflict only
        Assert.Equal(0, await DeriveAsync(target, "AZ"));
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            var stored = await db.Conflicts.SingleAsync(c => c.Id == conflict.Id, Ct);
            (stored.ResolvedAt, stored.ResolvedBy) = (DateTimeOffset.UtcNow.AddSeconds(1), "test");
            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal(1, await DeriveAsync(target, "RU"));
        Assert.Equal(1, await DeriveAsync(target, "AZ"));
        await using var all = EntenteDatabase.CreateContext(target);
        var rows = await all.Set<Notification>().AsNoTracking().ToListAsync(Ct);
        Assert.Equal(
            [("AZ", NotificationKinds.ConflictNew), ("AZ", NotificationKinds.ConflictResolved), ("RU", NotificationKinds.ConflictNew), ("RU", NotificationKinds.ConflictResolved), ("RU", NotificationKinds.DeadlineComing)],
            rows.Select(n => (n.OwnerPartyCode, n.Kind)).Order());
        Assert.All(rows.Where(n => n.Kind.StartsWith("conflict", StringComparison.Ordinal)), n => Assert.Equal($"/conflicts/{conflict.Id}", n.Link));
        Assert.Equal("RU only: reminded", Assert.Single(rows, n => n.Kind == NotificationKinds.DeadlineComing).Subject);
    }

    private static Conflicts.ConflictSide Side(string label, decimal value) =>
        new() { Label = label, Value = value, Unit = "USD bn", Qualifier = "exact", PeriodStart = new DateOnly(2025, 1, 1), PeriodEnd = new DateOnly(2025, 12, 31) };

    private static ActionItems.ActionItem FollowUp(string title, string owner, Visibility visibility, DateOnly due, int? decision, ActionItems.ActionItemStatus status = ActionItems.ActionItemStatus.InProgress) => new()
    {
        Title = title, OwnerPartyCode = owner, Visibility = visibility, DueOn = due, CommissionDecisionId = decision, Status = status,
        CompletedOn = status == ActionItems.ActionItemStatus.Done ? due : null,
    };

    private static async Task<InboxPage> InboxPageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<InboxPage>(Ct))!;
    }

    private static async Task<int> MarkedAsync(HttpClient client, string path)
    {
        using var response = await client.PostAsync(path, null, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<MarkedRead>(Ct))!.Marked;
    }

    private static async Task<int> DeriveAsync(DatabaseTarget target, string party)
    {
        await using var db = NotificationSetup.ForParty(target, party);
        return await new NotificationDeriver(db, new ConsultationDeadlineOptions(), new NotificationOptions()).DeriveAsync(Ct);
    }

    private static string[] Subjects(IEnumerable<Notification> rows, string kind) =>
        [.. rows.Where(n => n.Kind == kind).Select(n => n.Subject).Order(StringComparer.Ordinal)];

    private static Consultation Missed(string subject, string? owner, Visibility visibility, DateTimeOffset at) => new()
    {
        Kind = ConsultationKind.Urgent,
        Subject = subject,
        OwnerPartyCode = owner,
        CounterpartPartyCode = owner == "RU" ? "AZ" : "RU",
        Visibility = visibility,
        RequestedBy = "test",
        RequestedAt = at.AddDays(-5),
        Status = ConsultationStatus.Requested,
        AcknowledgeBreachedAt = at,
    };
}
