using System.Text.RegularExpressions;
using Entente.BrowserTests.Support;
using Entente.Tests.Support;
using Microsoft.Playwright;

namespace Entente.BrowserTests;

/// <summary>A desk officer adds a news item through the page, finds it again by search, and makes a report.</summary>
public class DeskOfficerJourneys(BrowserFixture browser, PostgresServer postgres)
{
    // Written for this test; dated by the officer, since the text says "last year" and "on 14 March" only.
    private const string NewsItem = """
        Ministers review the transport roadmap
        The ministers met on 14 March and reviewed the roadmap on transport corridors.
        Trade turnover between Russia and Azerbaijan grew by 12 percent last year, the ministry said.
        """;

    [Fact]
    public async Task AnEditorAddsANewsItemSeesItsAnalysisAndFindsItBySearch()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        await TestUsers.CreateAsync(target);
        await using var app = await RunningApp.StartAsync(target);
        var page = await browser.NewPageAsync(app.Address);
        var problems = Journey.CollectProblems(page);

        await SignIn.AsAsync(page, "az-editor");
        await page.GotoAsync("/documents/add");
        await page.GetByLabel("…or paste the text").FillAsync(NewsItem);
        await page.GetByLabel("Date of the document").FillAsync("2024-03-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add and read" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/documents/\\d+$"));
        var document = page.Url;
        // "on 14 March" takes its year from the date the officer gave.
        await Assertions.Expect(page.Locator("mark.hl-date").First).ToContainTextAsync("14 March");
        await Assertions.Expect(page.Locator("mark.hl-figure, mark.hl-claim").First).ToBeVisibleAsync();
        await Journey.SaveScreenshotAsync(page, "document-added-analysis");

        // Another form of the word finds it: "corridor" for "corridors".
        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" }).FillAsync("transport corridor");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/search\\?q="));
        var result = page.Locator("ol.search-results li").Filter(new() { HasText = "Ministers review the transport roadmap" });
        await Assertions.Expect(result).ToHaveCountAsync(1);
        await Assertions.Expect(result.Locator("mark").First).ToBeVisibleAsync();
        await result.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(document);
        await Journey.SaveScreenshotAsync(page, "search-found-document");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task ACoordinatorMakesAReportForAPeriod()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        await TestUsers.CreateAsync(target);
        await using var app = await RunningApp.StartAsync(target);
        var page = await browser.NewPageAsync(app.Address);
        var problems = Journey.CollectProblems(page);

        await SignIn.AsAsync(page, "ru-coordinator");
        await page.GotoAsync("/reports");
        await page.GetByLabel("From").FillAsync("2022-01-01");
        await page.GetByLabel("To").FillAsync("2022-12-31");
        await page.GetByLabel("HTML (opens here, prints well)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Make the report" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("2022");
        await Assertions.Expect(page.Locator("table").First).ToBeVisibleAsync();
        await Journey.SaveScreenshotAsync(page, "report-2022");

        // The version fit to send, from the same form.
        await page.GotoAsync("/reports");
        await page.GetByLabel("From").FillAsync("2022-01-01");
        await page.GetByLabel("To").FillAsync("2022-12-31");
        await page.GetByLabel("HTML (opens here, prints well)").CheckAsync();
        await page.GetByLabel("Shared-only version, fit for sending").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Make the report" }).ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("the shared view, fit to send (made by ru-coordinator)");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
