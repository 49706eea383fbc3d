using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Entente.Notifications;
using Entente.Sources;
using Entente.Storage;
using Entente.Tests.Sources;
using Entente.Tests.Support;
using Entente.Text.Tests.Support;
using Entente.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Entente.Tests.Notifications;

/// <summary>
/// From a loopback feed to a loopback receiver: an article the server takes from a watched source reaches the webhook
/// of the Party responsible for the clauses it concerns, signed, before the source is polled again — and not the other
/// Party's. A failing receiver is retried with a doubling wait, every attempt logged.
/// </summary>
public sealed class WebhookDeliveryTests(PostgresServer postgres)
{
    private const string RuSecret = "ru-shared-secret-0123456789";
    private const string AzSecret = "az-shared-secret-0123456789";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_article_from_a_feed_reaches_the_right_Partys_webhook_signed_within_one_poll_period()
    {
        var news = await File.ReadAllTextAsync(SharedFolder.CorpusFile("002"), Ct);
        var target = await NotificationSetup.LegalBaseAsync("sqlite", postgres);
        await using var web = await FeedServer.StartAsync();
        var received = new ConcurrentQueue<(string Party, string Body, string? Signature)>();
        foreach (var party in new[] { "ru", "az" })
        {
            web.On("/hooks/" + party, async context =>
            {
                using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
                received.Enqueue((party, await reader.ReadToEndAsync(context.RequestAborted), context.Request.Headers[WebhookSignature.Header].ToString()));
                context.Response.StatusCode = StatusCodes.Status204NoContent;
            });
        }

        web.Serve("/rss.xml", "<rss version=\"2.0\"><channel><title>Wire</title></channel></rss>", "application/rss+xml");
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            // RU's secret is protected by another process on the same database (the key ring is shared); AZ's is stored
            // in plain text, as before secrets were protected, and must keep working.
            await using var keyRing = WebhookKeyRing.Of(target);
            db.AddRange(
                new Webhook { PartyCode = "RU", Url = web.Url("/hooks/ru"), ProtectedSecret = keyRing.Secrets.Protect(RuSecret), AddedAt = DateTimeOffset.UtcNow },
                new Webhook { PartyCode = "AZ", Url = web.Url("/hooks/az"), ProtectedSecret = AzSecret, AddedAt = DateTimeOffset.UtcNow },
                // A period far below what `sources add` allows, so the test runs in seconds.
                new WatchedSource { Url = web.Url("/rss.xml"), Name = "wire", Every = TimeSpan.FromSeconds(1), AddedAt = DateTimeOffset.UtcNow, NextPollAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync(Ct);
        }

        var settings = new WebAppSettings(target, "http://127.0.0.1:0")
        {
            RunDeadlineService = false,
            Configuration = new Dictionary<string, string?>
            {
                ["Sources:CheckEvery"] = "00:00:00.200",
                ["Sources:Fetch:HostDelay"] = "00:00:00",
                // Longer than the source's period: only the source's news wakes the notifications this early.
                ["Notifications:CheckEvery"] = "00:10:00",
            },
        };
        await using var app = await RunningApp.StartAsync(settings);
        // Both inboxes have begun (the first tick runs at start) and the empty feed has been read once.
        await WaitUntilAsync(async () =>
        {
            await using var db = EntenteDatabase.CreateContext(target);
            return await db.Set<NotificationCursor>().CountAsync(c => c.Stream == "evidence" && (c.PartyCode == "RU" || c.PartyCode == "AZ"), Ct) == 2
                && web.Hits("/rss.xml") > 0;
        });

        web.Page("/news/1", "Talks", news);
        web.Serve("/rss.xml", $"<rss version=\"2.0\"><channel><title>Wire</title><item><title>Talks</title><link>{web.Url("/news/1")}</link><guid>n1</guid></item></channel></rss>", "application/rss+xml");
        // The notifications' own period is ten minutes: a notification within the wait can only come from the wake that
        // follows the poll which stored the article, so it leaves within that poll's period, however loaded the machine.
        await WaitUntilAsync(() => Task.FromResult(received.Any(r => r.Party == "ru" && Kind(r.Body) == NotificationKinds.Evidence)));
        // Later notifications follow one by one; wait until every request received is logged.
        await WaitUntilAsync(async () =>
        {
            await using var db = EntenteDatabase.CreateContext(target);
            return await db.Set<WebhookAttempt>().CountAsync(Ct) >= received.Count;
        });

        Assert.Equal(1, web.Hits("/news/1"));
        var ru = received.Where(r => r.Party == "ru").ToList();
        Assert.All(ru, r => Assert.Equal(Sign(r.Body, RuSecret), r.Signature));
        var clauses = ru.Where(r => Kind(r.Body) == NotificationKinds.Evidence).Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("clause").GetString()).ToList();
        // 002 names clause 1 in its first paragraph.
        Assert.Contains("1", clauses);
        Assert.All(ru, r => Assert.Equal("RU", JsonDocument.Parse(r.Body).RootElement.GetProperty("party").GetString()));
        // The other Party's receiver hears nothing of clauses it is not responsible for.
        Assert.DoesNotContain(received, r => r.Party == "az" && Kind(r.Body) == NotificationKinds.Evidence);
        Assert.All(received.Where(r => r.Party == "az"), r => Assert.Equal(Sign(r.Body, AzSecret), r.Signature));
        await using var check = EntenteDatabase.CreateContext(target);
        var attempts = await check.Set<WebhookAttempt>().AsNoTracking().ToListAsync(Ct);
        Assert.True(attempts.Count >= received.Count);
        Assert.Equal(received.Count, attempts.Count(a => a.Succeeded));
        Assert.All(attempts.Where(a => a.Succeeded), a => Assert.True(a.Status == 204 && a.Attempt == 1));
        // The plain-text secret was encrypted by the server's first look; neither secret is readable in the column.
        var stored = await WebhookKeyRing.StoredSecretsAsync(check);
        Assert.Equal(2, stored.Count);
        Assert.All(stored, value => Assert.StartsWith(WebhookSecrets.Marker, value));
        Assert.DoesNotContain(stored, value => value.Contains(RuSecret, StringComparison.Ordinal) || value.Contains(AzSecret, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_secret_is_stored_encrypted_and_signs_on_another_server_after_a_restart(string provider)
    {
        var target = await TestDatabase.CreateWithSampleAsync(provider, postgres);
        await using var web = await FeedServer.StartAsync();
        var received = new ConcurrentQueue<(string Body, string Signature)>();
        web.On("/hook", async context =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            received.Enqueue((await reader.ReadToEndAsync(context.RequestAborted), context.Request.Headers[WebhookSignature.Header].ToString()));
            context.Response.StatusCode = StatusCodes.Status204NoContent;
        });
        // The longest secret the page accepts, so the encrypted value must fit the column on PostgreSQL too.
        var longSecret = new string('s', 190) + "0123456789";
        int protectedId;
        int plainId;
        await using (var db = EntenteDatabase.CreateContext(target))
        await using (var firstServer = WebhookKeyRing.Of(target))
        {
            var encrypted = new Webhook { PartyCode = "RU", Url = web.Url("/hook"), ProtectedSecret = firstServer.Secrets.Protect(longSecret), AddedAt = DateTimeOffset.UtcNow };
            var legacy = new Webhook { PartyCode = "RU", Url = web.Url("/hook"), ProtectedSecret = RuSecret, AddedAt = DateTimeOffset.UtcNow };
            db.AddRange(encrypted, legacy);
            db.Add(new Notification { OwnerPartyCode = "RU", Kind = NotificationKinds.ConflictNew, Key = "conflict:1:new", Subject = "s", Link = "/conflicts", ForParty = true, At = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync(Ct);
            (protectedId, plainId) = (encrypted.Id, legacy.Id);
            var stored = await WebhookKeyRing.StoredSecretsAsync(db);
            Assert.Contains(stored, value => value.StartsWith(WebhookSecrets.Marker, StringComparison.Ordinal) && !value.Contains("ssssssssss", StringComparison.Ordinal));
        }

        // Another server, started later: a fresh key ring read from the database.
        await using var secondServer = WebhookKeyRing.Of(target);
        using var dispatcher = new WebhookDispatcher(Options.Create(new NotificationOptions()), secondServer.Secrets);
        await using var ru = EntenteDatabase.CreateContext(target, Access.Viewer.OfParty("RU"), TimeProvider.System);
        Assert.Equal(1, await dispatcher.DeliverAsync(ru, protectedId, Ct));
        Assert.Equal(1, await dispatcher.DeliverAsync(ru, plainId, Ct));
        Assert.Equal(2, received.Count);
        Assert.Equal(Sign(received.First().Body, longSecret), received.First().Signature);
        Assert.Equal(Sign(received.Last().Body, RuSecret), received.Last().Signature);

        // The upgrade step encrypts the plain one in place, and it still signs the same.
        Assert.Equal(1, await secondServer.Secrets.ProtectStoredAsync(ru, Ct));
        var after = await WebhookKeyRing.StoredSecretsAsync(ru);
        Assert.All(after, value => Assert.StartsWith(WebhookSecrets.Marker, value));
        Assert.DoesNotContain(after, value => value.Contains(RuSecret, StringComparison.Ordinal));
        var upgraded = await ru.Set<Webhook>().AsNoTracking().SingleAsync(w => w.Id == plainId, Ct);
        Assert.Equal(RuSecret, secondServer.Secrets.Unprotect(upgraded.ProtectedSecret));
        Assert.Equal(0, await secondServer.Secrets.ProtectStoredAsync(ru, Ct));
    }

    [Fact]
    public async Task A_failing_receiver_is_retried_with_a_doubling_wait_and_every_attempt_is_logged()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        await using var web = await FeedServer.StartAsync();
        var answers = new ConcurrentQueue<int>([500, 503, 200]);
        web.On("/hook", context =>
        {
            context.Response.StatusCode = answers.TryDequeue(out var status) ? status : 200;
            return Task.CompletedTask;
        });
        var clock = new FixedClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        int webhookId;
        int first;
        await using var keyRing = WebhookKeyRing.Of(target);
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            var webhook = new Webhook { PartyCode = "RU", Url = web.Url("/hook"), ProtectedSecret = keyRing.Secrets.Protect(RuSecret), AddedAt = clock.Now };
            var notifications = new[] { "conflict:1:new", "conflict:2:new" }.Select(key => new Notification
            {
                OwnerPartyCode = "RU", Kind = NotificationKinds.ConflictNew, Key = key, Subject = key, Link = "/conflicts", ForParty = true, At = clock.Now,
            }).ToList();
            db.Add(webhook);
            db.AddRange(notifications);
            await db.SaveChangesAsync(Ct);
            (webhookId, first) = (webhook.Id, notifications[0].Id);
        }

        var options = new NotificationOptions { RetryAfter = TimeSpan.FromMinutes(1) };
        using var dispatcher = new WebhookDispatcher(Options.Create(options), keyRing.Secrets);
        await using var ru = EntenteDatabase.CreateContext(target, Access.Viewer.OfParty("RU"), clock);
        Task<int> Deliver() => dispatcher.DeliverAsync(ru, webhookId, Ct);

        Assert.Equal(1, await Deliver());                  // 500: the first notification waits, and holds back the second
        Assert.Equal(0, await Deliver());                  // within the first wait
        clock.Now += TimeSpan.FromMinutes(1);
        Assert.Equal(1, await Deliver());                  // 503
        clock.Now += TimeSpan.FromMinutes(1);
        Assert.Equal(0, await Deliver());                  // the second wait is twice as long
        clock.Now += TimeSpan.FromMinutes(1);
        Assert.Equal(2, await Deliver());                  // 200 for the first, then the second at once

        var attempts = await ru.Set<WebhookAttempt>().AsNoTracking().OrderBy(a => a.Id).ToListAsync(Ct);
        Assert.Equal([(first, 1, 500), (first, 2, 503), (first, 3, 200), (first + 1, 1, 200)], attempts.Select(a => (a.NotificationId, a.Attempt, a.Status ?? 0)));
        Assert.Equal([false, false, true, true], attempts.Select(a => a.Succeeded));
        Assert.Equal(first + 1, (await ru.Set<Webhook>().AsNoTracking().SingleAsync(w => w.Id == webhookId, Ct)).DeliveredUpTo);
        Assert.Equal(4, web.Hits("/hook"));
    }

    private static string? Kind(string body) => JsonDocument.Parse(body).RootElement.GetProperty("kind").GetString();

    // The receiver's own check, written from the documented rule rather than with Entente's signing code.
    private static string Sign(string body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(240);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, "the condition did not come true within four minutes");
            await Task.Delay(100, Ct);
        }
    }
}
