using System.Text;
using System.Text.RegularExpressions;
using Entente.BrowserTests.Support;
using Entente.Documents;
using Entente.Storage;
using Entente.Tests.Support;
using Entente.Text.Pipeline;
using Microsoft.Playwright;

namespace Entente.BrowserTests;

/// <summary>An analyst reads a stored text with its marks, then follows a figure to its series chart.</summary>
public class IntelligenceJourneys(BrowserFixture browser, PostgresServer postgres)
{
    [Fact]
    public async Task KeyboardUserReadsWhatAMarkMeansAndTheSeriesChartIsDrawn()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        int id;
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            var text = "Baku, 12 March 2024. Trade turnover between Russia and Azerbaijan in 2023 grew by 25 percent to US$4 billion, the minister said.";
            var outcome = await new DocumentStore(db, DocumentPipeline.Default, TimeProvider.System)
                .StoreAsync(new DocumentInput("minister.txt", Encoding.UTF8.GetBytes(text), "text/plain"), TestContext.Current.CancellationToken);
            id = outcome.DocumentId!.Value;
        }

        await using var app = await RunningApp.StartAsync(target);
        var page = await browser.NewPageAsync(app.Address);
        var problems = Journey.CollectProblems(page);

        await page.GotoAsync($"/documents/{id}");
        var claim = page.Locator("mark.hl-claim").First;
        var tip = claim.Locator(".hl-tip");
        await Assertions.Expect(tip).ToBeHiddenAsync();
        await claim.FocusAsync();
        await Assertions.Expect(tip).ToBeVisibleAsync();
        await Assertions.Expect(tip).ToContainTextAsync("Trade turnover");
        await Journey.SaveScreenshotAsync(page, "document-marked-claim-focused");

        await page.GetByRole(AriaRole.Link, new() { Name = "Trade turnover", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/indicators/trade-turnover$"));
        await Assertions.Expect(page.Locator("figure.chart")).ToHaveClassAsync(new Regex("chart-drawn"));
        await Assertions.Expect(page.Locator("figure.chart svg")).ToHaveCountAsync(1);
        await Journey.SaveScreenshotAsync(page, "indicator-series-chart");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task ADocumentsClauseLinksReadOnAPhoneWithoutSideways()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        int id;
        await using (var db = EntenteDatabase.CreateContext(target))
        {
            var text = "Баку, 12 марта 2024 года. Межправительственная комиссия по экономическому сотрудничеству между Российской Федерацией и " +
                       "Азербайджанской Республикой провела заседание в Баку. Россия и Азербайджан договорились увеличить долю расчетов в национальных валютах.";
            var outcome = await new DocumentStore(db, DocumentPipeline.Default, TimeProvider.System)
                .StoreAsync(new DocumentInput("commission.txt", Encoding.UTF8.GetBytes(text), "text/plain"), TestContext.Current.CancellationToken);
            id = outcome.DocumentId!.Value;
        }

        await using var app = await RunningApp.StartAsync(target);
        var page = await browser.NewPageAsync(app.Address);
        await page.SetViewportSizeAsync(390, 900);
        await page.GotoAsync($"/language?culture=ru&returnUrl=/documents/{id}");

        // Each link is a block of its own: the passage is never a squeezed column scrolled sideways.
        var links = page.Locator("#clause-links-title + table.stack");
        await Assertions.Expect(links.Locator("tbody tr")).ToHaveCountAsync(2);
        var sideways = await links.EvaluateAsync<int>("table => table.scrollWidth - table.clientWidth");
        var passageWidth = await links.Locator("tbody tr td").Last.EvaluateAsync<int>("cell => cell.getBoundingClientRect().width");
        var pageSideways = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        await Journey.SaveScreenshotAsync(page, "document-clause-links-ru-390");
        Assert.True(sideways <= 0 && pageSideways <= 0, $"the links table scrolls {sideways} px sideways, the page {pageSideways} px");
        Assert.True(passageWidth >= 300, $"the passage is {passageWidth} px wide on a 390 px screen");
    }
}
