using System.Text.RegularExpressions;
using Entente.BrowserTests.Support;
using Entente.Tests.Support;
using Microsoft.Playwright;

namespace Entente.BrowserTests;

/// <summary>
/// Every chart read at a desk (1280 px) and on a phone (390 px) in the three languages: no tick label, axis name
/// or legend entry overlaps another or is cut by the chart's edge, every data point is inside the plot, a yearly
/// series shows its years (a year without a value as a gap), and values read as "3.4 bn" in the reader's words.
/// </summary>
public partial class ChartJourneys(BrowserFixture browser, PostgresServer postgres)
{
    private static readonly string s_layoutCheck = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Support", "chart-layout.js"));

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task EveryChartReadsInEachLanguage(int width)
    {
        // Signed in, so the dashboard also has the commitments by sphere and the roadmaps.
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var page = await browser.NewPageAsync(workspace.App.Address);
        await page.SetViewportSizeAsync(width, 900);
        var problems = Journey.CollectProblems(page);
        await SignIn.AsAsync(page, "ru-viewer");

        foreach (var (language, billions) in new[] { ("en", "bn"), ("ru", "млрд"), ("az", "mlrd") })
        {
            foreach (var path in new[] { "/dashboard", "/indicators/trade-turnover" })
            {
                await page.GotoAsync($"/language?culture={language}&returnUrl={path}");
                var count = await page.Locator("figure.chart").CountAsync();
                Assert.True(count > 0, $"no chart on {path}");
                await Assertions.Expect(page.Locator("figure.chart.chart-drawn")).ToHaveCountAsync(count);
                problems.AddRange((await page.EvaluateAsync<string[]>(s_layoutCheck)).Select(p => $"{path} {language} {width}px: {p}"));
                await Journey.SaveScreenshotAsync(page, $"charts{path.Replace('/', '-')}-{language}-{width}");
            }

            // Trade turnover was stated for 2019 and 2021: three years on the axis, 2020 an empty slot, the values in billions.
            var labels = await page.Locator("#series-trade-turnover svg text").AllTextContentsAsync();
            Assert.Equal(["2019", "2020", "2021"], labels.Where(l => Year().IsMatch(l)).Distinct());
            Assert.Contains(labels, l => Regex.IsMatch(l, $@"^3([.,]\d+)? {billions}$"));
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task AChartWithoutABoxYetIsDrawnWhenItGetsOne()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var page = await browser.NewPageAsync(workspace.App.Address);
        var problems = Journey.CollectProblems(page);

        // Before the charts are drawn every canvas loses its height, as when its style has not arrived yet.
        // (A constructed style sheet: the Content-Security-Policy refuses a <style> element.)
        await page.AddInitScriptAsync("""
            document.addEventListener('DOMContentLoaded', () => {
              const noBox = new CSSStyleSheet();
              noBox.replaceSync('.chart-canvas { height: 0 !important; }');
              document.adoptedStyleSheets = [noBox];
            });
            """);
        await page.GotoAsync("/dashboard");
        var count = await page.Locator("figure.chart").CountAsync();
        Assert.True(count > 0, "no chart on the dashboard");
        Assert.Equal(0, await page.Locator("figure.chart.chart-drawn").CountAsync());

        await page.EvaluateAsync("() => { document.adoptedStyleSheets = []; }");
        await Assertions.Expect(page.Locator("figure.chart.chart-drawn")).ToHaveCountAsync(count);
        await Assertions.Expect(page.Locator("#legal-base .chart-canvas svg")).ToHaveCountAsync(1);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [GeneratedRegex(@"^(19|20)\d\d$")]
    private static partial Regex Year();
}
