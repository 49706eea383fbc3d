using System.Text.RegularExpressions;
using Entente.BrowserTests.Support;
using Entente.Tests.Support;
using Microsoft.Playwright;

namespace Entente.BrowserTests;

/// <summary>A coordinator keeps the action items in a spreadsheet: export, edit in Excel, import back.</summary>
public class ActionItemJourneys(BrowserFixture browser, PostgresServer postgres)
{
    [Fact]
    public async Task ACoordinatorExportsTheItemsEditsThemInRussianExcelAndImportsThemBack()
    {
        const string Renamed = "Паромная линия Баку — Махачкала";
        const string Added = "Мост через Самур: проект";
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        await TestUsers.CreateAsync(target);
        await using var app = await RunningApp.StartAsync(target);
        var page = await browser.NewPageAsync(app.Address);
        var problems = Journey.CollectProblems(page);
        await SignIn.AsAsync(page, "ru-coordinator");

        // An item added through the form, its clause picked by the number people write.
        await page.GotoAsync("/action-items");
        await page.GetByLabel("Title").FillAsync("Ferry line Baku — Makhachkala");
        await page.GetByLabel("Due on").FillAsync("2027-06-30");
        await Assertions.Expect(page.Locator("#Form_Clauses_choices option[value='23']")).ToHaveCountAsync(1);
        await page.GetByLabel("Clauses it serves").FillAsync("23");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/action-items/\\d+$"));
        var id = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        await Assertions.Expect(page.Locator("dl.facts a", new() { HasTextRegex = new Regex("^23$") })).ToHaveAttributeAsync("href", new Regex("/clauses/23$"));

        // Export from the list, as a file.
        await page.GotoAsync("/action-items");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Export as CSV" }).ClickAsync());
        var exported = await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
        var lines = exported.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();
        var row = lines.FindIndex(l => l.StartsWith($"{id},Ferry line Baku — Makhachkala,", StringComparison.Ordinal));
        Assert.True(row > 0, $"item {id} is not in the export:\n{exported}");
        Assert.Contains("ru-az-allied-interaction-2022#23", lines[row], StringComparison.Ordinal);

        // Edited in Russian Excel: the item renamed, a row added without an id, saved in Windows-1251.
        lines[row] = lines[row].Replace(",Ferry line Baku — Makhachkala,", $",{Renamed},", StringComparison.Ordinal);
        lines.Add($",{Added},Минтранс,RU,shared,planned,0,2027-09-01,,,,ru-az-allied-interaction-2022#23,,");
        var edited = Entente.Text.Reading.TextDecoder.Windows1251.GetBytes(string.Join("\r\n", lines) + "\r\n");

        await page.GetByRole(AriaRole.Link, new() { Name = "Import from CSV" }).ClickAsync();
        await page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload { Name = "action-items.csv", MimeType = "text/csv", Buffer = edited });
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Added 1 item(s), updated 1; refused 0 row(s).");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Read as windows-1251.");

        await page.GotoAsync("/action-items");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = Renamed })).ToHaveAttributeAsync("href", $"/action-items/{id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = Added })).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Link, new() { Name = Added }).ClickAsync();
        await Assertions.Expect(page.Locator("dl.facts a", new() { HasTextRegex = new Regex("^23$") })).ToHaveAttributeAsync("href", new Regex("/clauses/23$"));
        await Journey.SaveScreenshotAsync(page, "action-items-imported");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
