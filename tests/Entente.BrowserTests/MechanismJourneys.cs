using System.Text.RegularExpressions;
using Entente.BrowserTests.Support;
using Entente.Tests.Support;
using Microsoft.Playwright;

namespace Entente.BrowserTests;

/// <summary>The two Parties run the Declaration's machinery, each signed in in its own browser.</summary>
public class MechanismJourneys(BrowserFixture browser, PostgresServer postgres)
{
    [Fact]
    public async Task RussiaRaisesAnUrgentConsultationAndAzerbaijanAcknowledgesIt()
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
        await russia.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await Assertions.Expect(russia).ToHaveURLAsync(new Regex("/consultations/\\d+$"));
        await Assertions.Expect(russia.Locator("dl.facts")).ToContainTextAsync("requested");

        var azerbaijan = await browser.NewPageAsync(app.Address);
        var azerbaijanProblems = Journey.CollectProblems(azerbaijan);
        await SignIn.AsAsync(azerbaijan, "az-coordinator");
        await azerbaijan.GotoAsync("/consultations?box=inbox");
        await azerbaijan.GetByRole(AriaRole.Link, new() { Name = "Threat to regional security: request under clause 6" }).ClickAsync();
        await azerbaijan.GetByLabel("Move to").SelectOptionAsync("acknowledged");
        await azerbaijan.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        await Assertions.Expect(azerbaijan.Locator("dl.facts")).ToContainTextAsync("acknowledged");
        await russia.ReloadAsync();
        await Assertions.Expect(russia.Locator("dl.facts")).ToContainTextAsync("acknowledged");
        await Journey.SaveScreenshotAsync(azerbaijan, "urgent-consultation-acknowledged");
        Assert.True(russiaProblems.Count == 0, string.Join("\n", russiaProblems));
        Assert.True(azerbaijanProblems.Count == 0, string.Join("\n", azerbaijanProblems));
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
        await Journey.SaveScreenshotAsync(azerbaijan, "commitment-joint");
        Assert.Empty(problems);
    }

    private static async Task AssessAsync(IPage page, string status, string comment)
    {
        await page.GetByLabel("Status").SelectOptionAsync(status);
        await page.GetByLabel("Comment").FillAsync(comment);
        await page.GetByLabel("Who sees it").SelectOptionAsync("shared");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save assessment" }).ClickAsync();
        await Assertions.Expect(page.Locator("table").First).ToContainTextAsync(comment);
    }
}
