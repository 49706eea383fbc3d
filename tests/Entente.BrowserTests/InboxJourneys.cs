using Entente.BrowserTests.Support;
using Entente.Notifications;
using Entente.Storage;
using Entente.Tests.Support;
using Microsoft.Playwright;

namespace Entente.BrowserTests;

/// <summary>A desk officer on a phone-sized screen sees their Party's news in the inbox, with the count in the header, and marks it read.</summary>
public class InboxJourneys(BrowserFixture browser, PostgresServer postgres)
{
    [Fact]
    public async Task AnOfficerReadsTheirPartysInboxOnANarrowScreen()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        await TestUsers.CreateAsync(target);
        var now = DateTimeOffset.UtcNow;
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            db.AddRange(
                Row("RU", NotificationKinds.FollowUpDue, "follow-up:9:due:x", "Draft the rail tariff annex", "/action-items", now.AddDays(3)),
                Row("RU", NotificationKinds.DeadlineMissed, "consultation:4:acknowledge-missed", "Customs data exchange", "/consultations", now.AddHours(-30)),
                Row("AZ", NotificationKinds.DeadlineMissed, "consultation:5:hold-missed", "The other Party's own consultation", "/consultations", now),
                // The newest, so the first in the inbox.
                Row("RU", NotificationKinds.Evidence, "evidence:1:1:13", "Joint staff exercise held at a mountain range", "/documents", now, clause: "13"));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var app = await RunningApp.StartAsync(target);
        var page = await browser.NewPageAsync(app.Address);
        await page.SetViewportSizeAsync(390, 844);
        var problems = Journey.CollectProblems(page);

        await SignIn.AsAsync(page, "ru-editor");
        var count = page.Locator(".site-header .inbox-link .count");
        await Assertions.Expect(count).ToHaveTextAsync("3");
        await page.Locator(".site-header .inbox-link").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/inbox$"));
        var items = page.Locator("ul.inbox li");
        await Assertions.Expect(items).ToHaveCountAsync(3);
        await Assertions.Expect(items.First).ToContainTextAsync("New evidence on clause 13");
        await Assertions.Expect(page.Locator("ul.inbox")).Not.ToContainTextAsync("The other Party's own consultation");
        await Journey.SaveScreenshotAsync(page, "inbox");
        // Nothing runs off the side of a 390 px screen.
        var widest = await page.EvaluateAsync<string>(
            "() => [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1).map(e => e.tagName + '.' + e.className).join(', ')");
        Assert.True(widest.Length == 0, "wider than the screen: " + widest);

        await items.First.GetByRole(AriaRole.Button, new() { Name = "Mark read" }).ClickAsync();
        await Assertions.Expect(count).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator("ul.inbox li.read")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mark all read" }).ClickAsync();
        await Assertions.Expect(count).ToHaveCountAsync(0);

        await page.GotoAsync("/inbox?lang=ru");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Входящие");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static Notification Row(string party, string kind, string key, string subject, string link, DateTimeOffset due, string? clause = null) => new()
    {
        OwnerPartyCode = party, Kind = kind, Key = key, Subject = subject, Link = link, ForParty = true, At = DateTimeOffset.UtcNow,
        Clause = clause, Due = kind == NotificationKinds.Evidence ? null : due,
    };
}
