using Entente.Tests.Support;
using Entente.Text.Tests.Support;

namespace Entente.Tests.Intelligence;

/// <summary>
/// Clause links on the test part of news-dev (real news, gold written by reading), through the real commands:
/// the sample loaded (with its profiles), the Declaration's text ingested, <c>extract --json --db</c> on the test
/// texts, scored as <c>score_news.py</c> scores links. The floors are what the linker reached when the test part
/// was first scored (docs/intelligence.md); the profiles were never tuned on these texts.
/// </summary>
public class NewsDevLinkTests(PostgresServer postgres, ITestOutputHelper output)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void TheSplitKeepsAThirdPerLanguageAndThePairsTogether()
    {
        var names = Directory.GetFiles(Path.Combine(SharedFolder.NewsDev, "docs"), "*.txt").Select(Path.GetFileName).OfType<string>().ToList();
        var test = NewsDevSplit.Part(names, "test");
        var dev = NewsDevSplit.Part(names, "dev");

        Assert.Equal(names.Count, test.Count + dev.Count);
        Assert.Empty(test.Intersect(dev));
        Assert.Equal(test.Any(n => n.StartsWith("d_en_12_", StringComparison.Ordinal)), test.Any(n => n.StartsWith("d_az_03_", StringComparison.Ordinal)));
        Assert.Equal(test.Any(n => n.StartsWith("d_en_06_", StringComparison.Ordinal)), test.Any(n => n.StartsWith("d_ru_11_", StringComparison.Ordinal)));
        foreach (var language in new[] { "en", "ru", "az" })
        {
            var all = names.Count(n => n.Split('_')[1] == language);
            var inTest = test.Count(n => n.Split('_')[1] == language);
            Assert.InRange(inTest, (all / 3) - 1, (all / 3) + 2);
        }
    }

    [Fact]
    public async Task ClauseLinksOnTheTestPartHoldTheFloorsInEveryLanguage()
    {
        var folder = SharedFolder.NewsDev;
        var declaration = SharedFolder.CorpusFile("000");
        var names = Directory.GetFiles(Path.Combine(folder, "docs"), "*.txt").Select(Path.GetFileName).OfType<string>().ToList();
        var test = NewsDevSplit.Part(names, "test");
        var gold = ScoredLinks.Gold(folder);
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        Assert.Equal(0, (await CliRun.RunAsync("ingest", declaration, "--db", "sqlite:" + target.SqlitePath)).ExitCode);

        var run = await CliRun.RunAsync(["extract", .. test.Select(n => Path.Combine(folder, "docs", n)), "--json", "--db", "sqlite:" + target.SqlitePath]);

        Assert.Equal(0, run.ExitCode);
        var predicted = ScoredLinks.Predicted(run.Output);
        foreach (var language in new[] { "en", "ru", "az" })
        {
            var score = ScoredLinks.Score(test, gold, predicted, language);
            output.WriteLine($"{language}: {score}");
            Assert.True(score.Precision >= Floors.Precision[language], $"{language}: precision {score.Precision:0.00} fell below {Floors.Precision[language]:0.00}");
            Assert.True(score.F1 >= Floors.F1[language], $"{language}: F1 {score.F1:0.00} fell below {Floors.F1[language]:0.00}");
        }
    }

    /// <summary>The floors held on the test part, per language (docs/intelligence.md, "Measuring on real news").</summary>
    private static class Floors
    {
        // Reached on the test part after the second round (2026-12-03: short stems and names, unions as other parties,
        // weak cues): en P 0.86 F1 0.80, ru 1.00 / 0.92, az 1.00 / 0.89. The target (F1 0.85, P 0.90) is not
        // reached in English. The second round was chosen knowing the first round's test failures (see the docs), so
        // raise these only with changes made on dev, never from these texts. Session 14 (regions, made on reports written
        // for it) brought Russian to 1.00 / 1.00; later sessions English to 0.88 / 0.88. Session 40 (digests told by
        // run-in headings, made on written rounds) brought Azerbaijani to 1.00 / 1.00.
        public static readonly Dictionary<string, double> Precision = new() { ["en"] = 0.87, ["ru"] = 1.00, ["az"] = 1.00 };

        public static readonly Dictionary<string, double> F1 = new() { ["en"] = 0.87, ["ru"] = 0.99, ["az"] = 0.99 };
    }
}
