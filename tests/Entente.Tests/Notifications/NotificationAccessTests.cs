using Entente.Access;
using Entente.Consultations;
using Entente.Documents;
using Entente.Notifications;
using Entente.Storage;
using Entente.Tests.Support;
using Entente.Text.Pipeline;
using Entente.Text.Tests.Support;
using Entente.Users;
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
        var ruInbox = await Inbox.ListAsync(asRu, ru.Id, Ct);
        var azInbox = await Inbox.ListAsync(asAz, az.Id, Ct);
        Assert.Equal(ruRows.Select(n => n.Id).Order(), ruInbox.Select(i => i.Id).Order());
        Assert.Equal(azRows.Select(n => n.Id).Order(), azInbox.Select(i => i.Id).Order());
        Assert.Equal(azRows.Count, await Inbox.UnreadCountAsync(asAz, az.Id, Ct));
        Assert.Equal(1, await Inbox.MarkReadAsync(asAz, az.Id, followed.Id, Ct));
        Assert.Equal(azRows.Count - 1, await Inbox.UnreadCountAsync(asAz, az.Id, Ct));
        // Marking another Party's notification read does nothing: it is not in the user's inbox.
        Assert.Equal(0, await Inbox.MarkReadAsync(asAz, az.Id, ruRows[0].Id, Ct));
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
