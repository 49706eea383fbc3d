using System.Text;
using System.Text.RegularExpressions;
using Entente.BrowserTests.Support;
using Entente.Documents;
using Entente.Storage;
using Entente.Tests.Support;
using Entente.Text.Pipeline;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Entente.BrowserTests;

/// <summary>
/// Every chart read at a desk (1280 px) and on a phone (390 px) in the three languages: no tick label, axis name
/// or legend entry overlaps another or is cut by the chart's edge, every data point is inside the plot, a yearly
/// series shows its years (a year without a value as a gap), and values read as "3.4 bn" in the reader's words.
/// A commitment's chart of evidence is among them, and its bars open the list of their sources.
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
        var clause = await StoreCommissionReportsAsync(workspace.Target);
        var page = await browser.NewPageAsync(workspace.App.Address);
        await page.SetViewportSizeAsync(width, 900);
        var problems = Journey.CollectProblems(page);
        await SignIn.AsAsync(page, "ru-viewer");

        foreach (var (language, billions) in new[] { ("en", "bn"), ("ru", "млрд"), ("az", "mlrd") })
        {
            foreach (var path in new[] { "/dashboard", clause, "/indicators/trade-turnover" })
            {
                await page.GotoAsync($"/language?culture={language}&returnUrl={path}");
                var count = await page.Locator("figure.chart").CountAsync();
                Assert.True(count > 0, $"no chart on {path}");
                await Assertions.Expect(page.Locator("figure.chart.chart-drawn")).ToHaveCountAsync(count);
                problems.AddRange((await page.EvaluateAsync<string[]>(s_layoutCheck)).Select(p => $"{path} {language} {width}px: {p}"));
                await Journey.SaveScreenshotAsync(page, $"charts{path.Replace('/', '-')}-{language}-{width}");
                if (path == clause)
                {
                    // Clause 22's links from 2021 to 2025: every year on the axis, 2022 and 2024 as empty slots.
                    var years = await page.Locator("#clause-links svg text").AllTextContentsAsync();
                    Assert.Equal(["2021", "2022", "2023", "2024", "2025"], years.Where(l => Year().IsMatch(l)).Distinct());
                }
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

    [Fact]
    public async Task ABarOfACommitmentsChartListsItsSources()
    {
        await using var workspace = await Workspace.StartAsync("sqlite", postgres);
        var clause = await StoreCommissionReportsAsync(workspace.Target);
        var page = await browser.NewPageAsync(workspace.App.Address);
        await page.SetViewportSizeAsync(390, 900);
        var problems = Journey.CollectProblems(page);

        await page.GotoAsync(clause);
        await Assertions.Expect(page.Locator("#clause-links.chart-drawn")).ToHaveCountAsync(1);
        // The one grey bar: the commission session of 2021, before the Declaration was signed (evidence of the baseline).
        var bar = await page.EvaluateAsync<double[]>("""
            () => {
              const canvas = document.querySelector('#clause-links .chart-canvas');
              canvas.scrollIntoView({ block: 'center' });
              const [x, y] = echarts.getInstanceByDom(canvas).convertToPixel({ seriesIndex: 0 }, [0, 0.5]);
              const box = canvas.getBoundingClientRect();
              return [box.left + x, box.top + y];
            }
            """);
        await page.Mouse.ClickAsync((float)bar[0], (float)bar[1]);

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"\?from=2021-01-01&to=2021-12-31#evidence-title$"));
        var evidence = page.Locator("section[aria-labelledby=evidence-title] li");
        await Assertions.Expect(evidence).ToHaveCountAsync(1);
        await Assertions.Expect(evidence).ToContainTextAsync("20th meeting");
        await Assertions.Expect(page.Locator("p.note[role=status]")).ToContainTextAsync("2021");
        await Journey.SaveScreenshotAsync(page, "clause-chart-bar-sources-390");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Stores three reports of the economic commission (2021, before signing; 2023; 2025) and returns clause 22's page.</summary>
    private static async Task<string> StoreCommissionReportsAsync(DatabaseTarget target)
    {
        string[] reports =
        [
            "Moscow, 10 October 2021. The 20th meeting of the Intergovernmental Commission on Economic Cooperation between Russia and Azerbaijan was held in Moscow.",
            "Baku, 14 November 2023. The 22nd meeting of the Intergovernmental Commission on Economic Cooperation between Russia and Azerbaijan was held in Baku.",
            "Baku, 3 April 2025. The co-chairs of the Intergovernmental Commission on Economic Cooperation between Russia and Azerbaijan met in Baku to prepare its next session.",
        ];
        await using var db = EntenteDatabase.CreateContext(target);
        var store = new DocumentStore(db, DocumentPipeline.Default, TimeProvider.System);
        for (var i = 0; i < reports.Length; i++)
        {
            await store.StoreAsync(new DocumentInput($"commission-{i}.txt", Encoding.UTF8.GetBytes(reports[i]), "text/plain"), TestContext.Current.CancellationToken);
        }

        var declaration = await db.Agreements.Where(a => a.Key == "ru-az-allied-interaction-2022").Select(a => a.Id).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(3, await db.ClauseLinks.CountAsync(l => l.AgreementId == declaration && l.Clause == "22" && l.Kind == "evidences", TestContext.Current.CancellationToken));
        return $"/agreements/{declaration}/clauses/22";
    }

    [GeneratedRegex(@"^(19|20)\d\d$")]
    private static partial Regex Year();
}
