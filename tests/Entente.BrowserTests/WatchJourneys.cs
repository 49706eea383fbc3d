using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Entente.BrowserTests.Support;
using Entente.Notifications;
using Entente.Storage;
using Entente.Tests.Sources;
using Entente.Tests.Support;
using Entente.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Entente.BrowserTests;

/// <summary>
/// An administrator, in Russian on a 390 px screen, adds a webhook and a watched source and sees them at work: the
/// webhook's failed and delivered attempts, the source's last success or error and its failures in a row. A
/// non-administrator is refused both pages.
/// </summary>
public class WatchJourneys(BrowserFixture browser, PostgresServer postgres)
{
    private const string Secret = "browser-shared-secret-0123";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnAdministratorWatchesWebhooksAndSourcesInRussianOnANarrowScreen()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        await TestUsers.CreateAsync(target);
        await using var web = await FeedServer.StartAsync();
        var received = new ConcurrentQueue<(string Body, string Signature)>();
        var answers = new ConcurrentQueue<int>([500]);
        web.On("/hook", async context =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            received.Enqueue((await reader.ReadToEndAsync(context.RequestAborted), context.Request.Headers[WebhookSignature.Header].ToString()));
            context.Response.StatusCode = answers.TryDequeue(out var status) ? status : StatusCodes.Status204NoContent;
        });
        web.Serve("/wire.xml", "<rss version=\"2.0\"><channel><title>Wire</title></channel></rss>", "application/rss+xml");
        web.On("/broken.xml", context =>
        {
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
            return Task.CompletedTask;
        });
        var settings = new WebAppSettings(target, "http://127.0.0.1:0")
        {
            RunDeadlineService = false,
            Configuration = new Dictionary<string, string?>
            {
                ["Sources:CheckEvery"] = "00:00:00.200",
                ["Sources:Fetch:HostDelay"] = "00:00:00",
                ["Notifications:CheckEvery"] = "00:00:00.500",
                ["Notifications:RetryAfter"] = "00:00:01",
            },
        };
        await using var app = await RunningApp.StartAsync(settings);
        var page = await browser.NewPageAsync(app.Address);
        await page.SetViewportSizeAsync(390, 844);
        var problems = Journey.CollectProblems(page);
        await SignIn.AsAsync(page, "ru-administrator");
        await page.Context.AddCookiesAsync([new Cookie { Name = Localization.CookieName, Value = "c=ru|uic=ru", Url = app.Address.ToString() }]);

        // A webhook for RU, with a secret the administrator chose.
        await page.GotoAsync("/admin/webhooks");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Веб-хуки");
        await page.Locator("#Party").SelectOptionAsync("RU");
        await page.Locator("#HookUrl").FillAsync(web.Url("/hook"));
        await page.Locator("#Secret").FillAsync(Secret);
        await page.Locator("form:has(#HookUrl) button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("p.ok")).ToHaveTextAsync("Веб-хук для RU добавлен.");
        await Assertions.Expect(page.Locator("table").First).ToContainTextAsync(web.Url("/hook"));
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            Assert.DoesNotContain(Secret, (await db.Set<Webhook>().AsNoTracking().SingleAsync(Ct)).ProtectedSecret, StringComparison.Ordinal);
            db.Add(new Notification
            {
                OwnerPartyCode = "RU", Kind = NotificationKinds.ConflictNew, Key = "conflict:1:new", Subject = "Grain quotas", Link = "/conflicts",
                ForParty = true, At = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync(Ct);
        }

        // The receiver fails once, then takes it; both attempts are listed.
        var attempts = page.Locator("#attempts + .table-scroll tbody tr");
        await ReloadUntilAsync(page, attempts, 2);
        await Assertions.Expect(page.Locator("#attempts + .table-scroll")).ToContainTextAsync("сбой: 500");
        await Assertions.Expect(page.Locator("#attempts + .table-scroll")).ToContainTextAsync("доставлено (204)");
        Assert.All(received, r => Assert.Equal(Sign(r.Body, Secret), r.Signature));
        await NothingWiderThanTheScreenAsync(page);
        await Journey.SaveScreenshotAsync(page, "webhooks-ru");

        // Two sources: one answers, one fails; the page shows which and why.
        await page.GotoAsync("/admin/sources");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Источники");
        foreach (var (path, name) in new[] { ("/wire.xml", "Лента"), ("/broken.xml", "Сломанная") })
        {
            await page.Locator("#SourceUrl").FillAsync(web.Url(path));
            await page.Locator("#Name").FillAsync(name);
            await page.Locator("form:has(#SourceUrl) button[type=submit]").ClickAsync();
            await Assertions.Expect(page.Locator("p.ok")).ToContainTextAsync($"Источник {name} добавлен");
        }

        var wire = page.Locator("tbody tr", new() { HasText = "Лента" });
        var broken = page.Locator("tbody tr", new() { HasText = "Сломанная" });
        await ReloadUntilAsync(page, page.Locator("tbody tr.failing", new() { HasText = "Сломанная" }), 1);
        await ReloadUntilAsync(page, page.Locator("tbody tr", new() { HasText = "в порядке" }), 1);
        await Assertions.Expect(wire).ToContainTextAsync("в порядке");
        await Assertions.Expect(wire).Not.ToHaveClassAsync("failing");
        await Assertions.Expect(broken).ToContainTextAsync("подряд");
        await Assertions.Expect(broken).ToContainTextAsync("500");
        await NothingWiderThanTheScreenAsync(page);
        await Journey.SaveScreenshotAsync(page, "sources-ru");
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        // An editor of the same Party is refused both pages.
        var editor = await browser.NewPageAsync(app.Address);
        await SignIn.AsAsync(editor, "ru-editor");
        foreach (var path in new[] { "/admin/webhooks", "/admin/sources" })
        {
            await editor.GotoAsync(path);
            await Assertions.Expect(editor).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/denied"));
            await Assertions.Expect(editor.Locator("#HookUrl, #SourceUrl")).ToHaveCountAsync(0);
        }
    }

    private static async Task ReloadUntilAsync(IPage page, ILocator rows, int count)
    {
        var until = DateTime.UtcNow.AddSeconds(120);
        while (await rows.CountAsync() < count)
        {
            Assert.True(DateTime.UtcNow < until, "the page did not show it within two minutes");
            await Task.Delay(500, Ct);
            await page.ReloadAsync();
        }
    }

    private static async Task NothingWiderThanTheScreenAsync(IPage page)
    {
        var widest = await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('main *')].filter(e => !e.closest('.table-scroll') && e.getBoundingClientRect().right > window.innerWidth + 1).map(e => e.tagName + '.' + e.className).join(', ')");
        Assert.True(widest.Length == 0, "wider than the screen: " + widest);
    }

    // The receiver's own check, written from the documented rule.
    private static string Sign(string body, string secret) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(body)));
}
