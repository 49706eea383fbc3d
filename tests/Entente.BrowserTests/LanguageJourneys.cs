using Entente.BrowserTests.Support;
using Entente.Tests.Support;
using Microsoft.Playwright;

namespace Entente.BrowserTests;

/// <summary>
/// A reader in each of the three languages opens the commitments, one commitment and a clause: the pages are in
/// that language (the clause's words too), are screenshot, and keep passing axe-core's WCAG 2.1 AA checks.
/// </summary>
public class LanguageJourneys(BrowserFixture browser, PostgresServer postgres)
{
    [Fact]
    public async Task CommitmentsAndAClauseReadInEachLanguageAndStayAccessible()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var reader = workspace.As("ru-viewer");
        var declaration = (await reader.GetJsonAsync("/api/agreements/ru-az-allied-interaction-2022")).GetProperty("id").GetInt32();
        var commitment = (await reader.GetJsonAsync("/api/commitments")).EnumerateArray()
            .First(c => c.GetProperty("number").GetString() == "29").GetProperty("id").GetInt32();
        var page = await browser.NewPageAsync(workspace.App.Address);
        await SignIn.AsAsync(page, "ru-viewer");

        var problems = new List<string>();
        foreach (var (language, heading, clause29) in new[]
                 {
                     ("en", "Commitments", "The sides intend to grow transit and transport capacity"),
                     ("ru", "Обязательства", "Стороны намерены наращивать транзитный"),
                     ("az", "Öhdəliklər", "Tərəflər intellektual nəqliyyat sistemləri"),
                 })
        {
            await page.GotoAsync($"/language?culture={language}&returnUrl=/commitments");
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
            await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync(clause29);
            await Journey.SaveScreenshotAsync(page, $"commitments-{language}");
            problems.AddRange(await AccessibilityJourneys.CheckAsync(page, "/commitments"));

            foreach (var (path, name) in new[] { ($"/commitments/{commitment}", "commitment"), ($"/agreements/{declaration}/clauses/29", "clause") })
            {
                await page.GotoAsync(path);
                await Assertions.Expect(page.Locator($".provision-version[lang={language}]")).ToContainTextAsync(clause29);
                await Journey.SaveScreenshotAsync(page, $"{name}-29-{language}");
                problems.AddRange(await AccessibilityJourneys.CheckAsync(page, path));
            }
        }

        // Another language's words are one click away.
        await page.Locator("details.other-version summary").First.ClickAsync();
        await Assertions.Expect(page.Locator("details.other-version[open]")).ToBeVisibleAsync();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task TheRussianCommitmentPageFitsAPhoneScreen()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var commitment = (await workspace.As("ru-viewer").GetJsonAsync("/api/commitments")).EnumerateArray()
            .First(c => c.GetProperty("number").GetString() == "29").GetProperty("id").GetInt32();
        var page = await browser.NewPageAsync(workspace.App.Address);
        await page.SetViewportSizeAsync(390, 900);
        await SignIn.AsAsync(page, "ru-editor");

        foreach (var path in new[] { "/commitments", $"/commitments/{commitment}" })
        {
            await page.GotoAsync($"/language?culture=ru&returnUrl={path}");
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            await Journey.SaveScreenshotAsync(page, $"commitment{path.Replace('/', '-')}-ru-390");
            Assert.True(overflow <= 0, $"{path} is {overflow} px wider than a 390 px screen");
        }
    }
}
