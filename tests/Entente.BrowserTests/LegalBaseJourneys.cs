using System.Text.RegularExpressions;
using Entente.BrowserTests.Support;
using Entente.Tests.Support;
using Microsoft.Playwright;

namespace Entente.BrowserTests;

/// <summary>A reader opens the partnership, the Declaration and one of its clauses.</summary>
public class LegalBaseJourneys(BrowserFixture browser, PostgresServer postgres)
{
    [Fact]
    public async Task ReaderOpensTheDeclarationFromTheHomePageAndReachesAClause()
    {
        await using var app = await RunningApp.StartAsync(await TestDatabase.CreateWithSampleAsync("sqlite", postgres));
        var page = await browser.NewPageAsync(app.Address);
        var problems = Journey.CollectProblems(page);

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Russia–Azerbaijan");
        await page.GetByRole(AriaRole.Link, new() { Name = "Declaration on Allied Interaction (2022)" }).First.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/agreements/\\d+$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Declaration on Allied Interaction");
        var clauses = page.Locator("ol.clauses > li");
        await Assertions.Expect(clauses).ToHaveCountAsync(43);

        await page.GotoAsync(page.Url + "#clause-7");
        var clauseSeven = page.Locator("#clause-7");
        await Assertions.Expect(clauseSeven).ToBeVisibleAsync();
        await Assertions.Expect(clauseSeven.Locator(".modality")).ToHaveTextAsync("restraint");

        await Journey.SaveScreenshotAsync(page, "legal-base-declaration-clause");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task KeyboardUserSkipsToContentAndFiltersTheLegalBase()
    {
        await using var app = await RunningApp.StartAsync(await TestDatabase.CreateWithSampleAsync("sqlite", postgres));
        var page = await browser.NewPageAsync(app.Address);
        var problems = Journey.CollectProblems(page);

        await page.GotoAsync("/agreements");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(".skip-link")).ToBeFocusedAsync();
        await page.GetByLabel("Kind").SelectOptionAsync("convention");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).PressAsync("Enter");

        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync("Caspian");
        await Journey.SaveScreenshotAsync(page, "legal-base-filtered");
        Assert.Empty(problems);
    }
}
