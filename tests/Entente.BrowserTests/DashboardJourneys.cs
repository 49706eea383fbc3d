using Entente.BrowserTests.Support;
using Entente.Tests.Support;
using Microsoft.Playwright;

namespace Entente.BrowserTests;

/// <summary>A visitor opens the dashboard: every chart is drawn (an SVG inside its figure) beside its data table.</summary>
public class DashboardJourneys(BrowserFixture browser, PostgresServer postgres)
{
    [Fact]
    public async Task TheDashboardDrawsEveryChartAsSvgWithItsTable()
    {
        await using var app = await RunningApp.StartAsync(await TestDatabase.CreateWithSampleAsync("sqlite", postgres));
        var page = await browser.NewPageAsync(app.Address);
        var problems = Journey.CollectProblems(page);

        await page.GotoAsync("/dashboard");

        var figures = page.Locator("figure.chart");
        var count = await figures.CountAsync();
        Assert.True(count >= 3, $"only {count} charts on the dashboard");
        await Assertions.Expect(page.Locator("figure.chart.chart-drawn")).ToHaveCountAsync(count);
        await Assertions.Expect(page.Locator("#legal-base .chart-canvas svg")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#timeline .chart-canvas svg")).ToHaveCountAsync(1);
        Assert.Equal(count, await page.Locator("figure.chart details.chart-table table").CountAsync());
        Assert.Equal(count, await page.Locator(".dashboard-chart a[href*='.csv']").CountAsync());
        await Journey.SaveScreenshotAsync(page, "dashboard");
        Assert.Empty(problems);
    }
}
