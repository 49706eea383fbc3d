using System.Text.RegularExpressions;
using Entente.BrowserTests.Support;
using Entente.Tests.Support;
using Microsoft.Playwright;

namespace Entente.BrowserTests;

/// <summary>The two Parties run the Declaration's machinery, each signed in in its own browser.</summary>
public class MechanismJourneys(BrowserFixture browser, PostgresServer postgres)
{
    [Fact]
    public async Task AnUrgentConsultationGoesFromRequestToConclusionWithItsDeadlinesShown()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        await TestUsers.CreateAsync(target);
        await using var app = await RunningApp.StartAsync(target);

        var russia = await browser.NewPageAsync(app.Address);
        var russiaProblems = Journey.CollectProblems(russia);
        await SignIn.AsAsync(russia, "ru-coordinator");
        await russia.GotoAsync("/consultations/new");
        await russia.GetByLabel("urgent (clause 6)").CheckAsync();
        await russia.GetByLabel("Subject").FillAsync("Threat to regional security: request under clause 6");
        // The clause is picked by the number people write; the list offers each clause by number and summary.
        await Assertions.Expect(russia.Locator("#Clauses_choices option[value='6']")).ToHaveCountAsync(1);
        await russia.GetByLabel("Clauses concerned").FillAsync("6");
        await russia.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await Assertions.Expect(russia).ToHaveURLAsync(new Regex("/consultations/\\d+$"));
        var facts = russia.Locator("dl.facts");
        await Assertions.Expect(facts).ToContainTextAsync("requested");
        await Assertions.Expect(facts.Locator("a", new() { HasText = "6" })).ToHaveAttributeAsync("href", new Regex("/clauses/6$"));
        await Assertions.Expect(facts).ToContainTextAsync(new Regex("Acknowledge by[\\s\\S]*UTC\\s*in 23 hours"));
        await Assertions.Expect(facts).ToContainTextAsync(new Regex("Hold by[\\s\\S]*UTC\\s*in 2 days"));
        // The requesting Party is not offered its own request's acknowledgement.
        Assert.Equal(0, await russia.GetByLabel("Move to").CountAsync());

        var azerbaijan = await browser.NewPageAsync(app.Address);
        var azerbaijanProblems = Journey.CollectProblems(azerbaijan);
        await SignIn.AsAsync(azerbaijan, "az-coordinator");
        await azerbaijan.GotoAsync("/consultations?box=inbox");
        var row = azerbaijan.Locator("tr", new() { HasText = "Threat to regional security" });
        await Assertions.Expect(row.Locator("td.deadline")).ToContainTextAsync(new Regex("Acknowledge by[\\s\\S]*in 23 hours"));
        await azerbaijan.GetByRole(AriaRole.Link, new() { Name = "Threat to regional security: request under clause 6" }).ClickAsync();
        await azerbaijan.GetByLabel("Move to").SelectOptionAsync("acknowledged");
        await azerbaijan.GetByLabel("Reply to the request (with acknowledge or decline)").FillAsync("Agreed; our delegation can meet today in Baku.");
        await azerbaijan.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Assertions.Expect(azerbaijan.Locator("dl.facts")).ToContainTextAsync("acknowledged");
        await Assertions.Expect(azerbaijan.Locator("main")).ToContainTextAsync("Agreed; our delegation can meet today in Baku.");

        await russia.ReloadAsync();
        await Assertions.Expect(facts).ToContainTextAsync("acknowledged");
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await MoveAsync(russia, "scheduled", page => page.GetByLabel("Date (to schedule)").FillAsync(today));
        await Assertions.Expect(facts).ToContainTextAsync("scheduled");
        await MoveAsync(russia, "held", _ => Task.CompletedTask);
        await MoveAsync(russia, "concluded", page => page.GetByLabel("Outcome (to conclude)").FillAsync("A joint statement on regional security."));
        await Assertions.Expect(facts).ToContainTextAsync("concluded");
        await Assertions.Expect(facts).ToContainTextAsync(new Regex("Hold by[\\s\\S]*held"));

        await azerbaijan.ReloadAsync();
        await Assertions.Expect(azerbaijan.Locator("main")).ToContainTextAsync("A joint statement on regional security.");
        await Journey.SaveScreenshotAsync(azerbaijan, "urgent-consultation-concluded");
        Assert.True(russiaProblems.Count == 0, string.Join("\n", russiaProblems));
        Assert.True(azerbaijanProblems.Count == 0, string.Join("\n", azerbaijanProblems));
    }

    private static async Task MoveAsync(IPage page, string to, Func<IPage, Task> fill)
    {
        await page.GetByLabel("Move to").SelectOptionAsync(to);
        await fill(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Assertions.Expect(page.Locator("dl.facts")).ToContainTextAsync(to);
    }

    [Fact]
    public async Task BothPartiesAssessACommitmentUntilItIsJoint()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        await TestUsers.CreateAsync(target);
        await using var app = await RunningApp.StartAsync(target);

        var russia = await browser.NewPageAsync(app.Address);
        var problems = Journey.CollectProblems(russia);
        await SignIn.AsAsync(russia, "ru-editor");
        await russia.GotoAsync("/commitments");
        await russia.GetByRole(AriaRole.Link, new() { Name = "22", Exact = true }).First.ClickAsync();
        var commitment = russia.Url;
        await AssessAsync(russia, "in-progress", "The commission's working groups meet monthly.");
        // One Party's view alone is not the partnership's: the commitment waits for the other Party.
        await Assertions.Expect(russia.Locator(".status-pending")).ToBeVisibleAsync();

        var azerbaijan = await browser.NewPageAsync(app.Address);
        problems.AddRange(Journey.CollectProblems(azerbaijan));
        await SignIn.AsAsync(azerbaijan, "az-editor");
        await azerbaijan.GotoAsync(commitment);
        await AssessAsync(azerbaijan, "in-progress", "Agreed: the groups meet and report to the co-chairs.");

        await Assertions.Expect(azerbaijan.Locator(".status-joint")).ToHaveTextAsync("joint: in progress");

        // A comment beside the shared status, for Azerbaijan's staff alone: Russia still reads the same joint status, without it.
        const string Private = "Our ministry waits for the budget line.";
        await azerbaijan.GetByLabel("Add a private comment (your Party only)").FillAsync(Private);
        await azerbaijan.GetByRole(AriaRole.Button, new() { Name = "Add private comment" }).ClickAsync();
        await Assertions.Expect(azerbaijan.Locator(".private-comments")).ToContainTextAsync(Private);
        await Assertions.Expect(azerbaijan.Locator(".status-joint")).ToHaveTextAsync("joint: in progress");
        await Journey.SaveScreenshotAsync(azerbaijan, "commitment-joint");
        await russia.ReloadAsync();
        await Assertions.Expect(russia.Locator(".status-joint")).ToHaveTextAsync("joint: in progress");
        await Assertions.Expect(russia.Locator("body")).Not.ToContainTextAsync(Private);
        Assert.Empty(problems);
    }

    private static async Task AssessAsync(IPage page, string status, string comment)
    {
        await page.GetByLabel("Status").SelectOptionAsync(status);
        await page.GetByLabel("Comment", new() { Exact = true }).FillAsync(comment);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save assessment" }).ClickAsync();
        await Assertions.Expect(page.Locator("table").First).ToContainTextAsync(comment);
    }
}
