using Entente.BrowserTests.Support;
using Entente.Tests.Support;
using Microsoft.Playwright;

namespace Entente.BrowserTests;

/// <summary>
/// An editor at the forms: a paste longer than a field takes is refused with a message (the browser would cut it
/// silently), a file larger than the form takes is named at once, and after "Add and read" the focus is on the result.
/// </summary>
public class FormJourneys(BrowserFixture browser, PostgresServer postgres)
{
    [Fact]
    public async Task FormsSayWhatTheyWillRefuseBeforeItHappens()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var page = await browser.NewPageAsync(workspace.App.Address);
        var problems = Journey.CollectProblems(page);
        await SignIn.AsAsync(page, "ru-editor");

        // The title takes 512 characters: a 600-character paste is refused and the field says why.
        await page.GotoAsync("/action-items");
        var title = page.Locator("#Form_Title");
        await title.FillAsync("Open a consulate");
        await title.EvaluateAsync("""
            (field) => {
              const data = new DataTransfer();
              data.setData('text/plain', 'x'.repeat(600));
              field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """);
        await Assertions.Expect(title).ToHaveValueAsync("Open a consulate");
        await Assertions.Expect(page.Locator("#Form_Title-note")).ToContainTextAsync("The pasted text has 600 characters; this field takes at most 512, and 496 more fit now.");
        Assert.Contains("Form_Title-note", await title.GetAttributeAsync("aria-describedby") ?? string.Empty, StringComparison.Ordinal);

        // A file over the limit is named as soon as it is chosen. Given by path (a sparse file), not as bytes: a 20 MB payload sent through Playwright's pipe as base64 took
        // more than the 30 s timeout on a loaded 2-core CI machine.
        var folder = Directory.CreateTempSubdirectory("entente-huge-");
        try
        {
            var huge = Path.Combine(folder.FullName, "huge.txt");
            await using (var file = File.Create(huge))
            {
                file.SetLength((20 * 1024 * 1024) + 1);
            }

            await page.GotoAsync("/documents/add");
            await page.Locator("#Upload").SetInputFilesAsync(huge);
            await Assertions.Expect(page.Locator("#Upload-note")).ToContainTextAsync("huge.txt is larger than this form takes (at most 20 MB)");
        }
        finally
        {
            folder.Delete(recursive: true);
        }

        // "Add and read" twice: the second time the result says the document is already stored, and has the focus.
        foreach (var _ in new[] { 1, 2 })
        {
            await page.GotoAsync("/documents/add");
            await page.Locator("#PastedText").FillAsync("On 14 March 2024 the Parties agreed to open a consulate in Ganja under clause 6 of the Declaration.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add and read" }).ClickAsync();
        }

        await Assertions.Expect(page.Locator("#outcome")).ToBeFocusedAsync();
        await Journey.SaveScreenshotAsync(page, "document-already-stored");
        Assert.Empty(problems);
    }
}
