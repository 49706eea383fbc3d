using System.Text.Json;
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
    private const string DeclarationTitleWord = "allied";

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
        var gold = Gold(folder);
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        Assert.Equal(0, (await CliRun.RunAsync("ingest", declaration, "--db", "sqlite:" + target.SqlitePath)).ExitCode);

        var run = await CliRun.RunAsync(["extract", .. test.Select(n => Path.Combine(folder, "docs", n)), "--json", "--db", "sqlite:" + target.SqlitePath]);

        Assert.Equal(0, run.ExitCode);
        var predicted = PredictedLinks(run.Output);
        foreach (var language in new[] { "en", "ru", "az" })
        {
            int tp = 0, fp = 0, fn = 0;
            foreach (var name in test.Where(n => gold[n].Language == language))
            {
                var (required, optional) = (gold[name].Required, gold[name].Optional);
                var links = predicted.GetValueOrDefault(name) ?? [];
                tp += links.Count(required.Contains);
                fp += links.Count(l => !required.Contains(l) && !optional.Contains(l));
                fn += required.Count(r => !links.Contains(r));
            }

            var precision = tp + fp == 0 ? 1.0 : (double)tp / (tp + fp);
            var recall = tp + fn == 0 ? 1.0 : (double)tp / (tp + fn);
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            output.WriteLine($"{language}: P={precision:0.00} R={recall:0.00} F1={f1:0.00} (tp {tp} fp {fp} fn {fn})");
            Assert.True(precision >= Floors.Precision[language], $"{language}: precision {precision:0.00} fell below {Floors.Precision[language]:0.00}");
            Assert.True(f1 >= Floors.F1[language], $"{language}: F1 {f1:0.00} fell below {Floors.F1[language]:0.00}");
        }
    }

    /// <summary>The floors held on the test part, per language (docs/intelligence.md, "Measuring on real news").</summary>
    private static class Floors
    {
        // Reached on the test part after the second round (2026-12-03: short stems and names, unions as other parties,
        // weak cues): en P 0.86 F1 0.80, ru 1.00 / 0.92, az 1.00 / 0.89. The target (F1 0.85, P 0.90) is not
        // reached in English. The second round was chosen knowing the first round's test failures (see the docs), so
        // raise these only with changes made on dev, never from these texts. Session 14 (regions, made on reports written
        // for it) brought Russian to 1.00 / 1.00.
        public static readonly Dictionary<string, double> Precision = new() { ["en"] = 0.85, ["ru"] = 1.00, ["az"] = 1.00 };

        public static readonly Dictionary<string, double> F1 = new() { ["en"] = 0.79, ["ru"] = 0.99, ["az"] = 0.88 };
    }

    private sealed record GoldLinks(string Language, HashSet<int> Required, HashSet<int> Optional);

    private static Dictionary<string, GoldLinks> Gold(string folder)
    {
        var gold = new Dictionary<string, GoldLinks>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "gold-*.json"))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var doc in json.RootElement.GetProperty("docs").EnumerateObject())
            {
                var links = doc.Value.GetProperty("links");
                gold[doc.Name] = new GoldLinks(doc.Value.GetProperty("language").GetString()!,
                    [.. links.GetProperty("required").EnumerateArray().Select(n => n.GetInt32())],
                    [.. links.GetProperty("optional").EnumerateArray().Select(n => n.GetInt32())]);
            }
        }

        return gold;
    }

    // The clause numbers each document links to in the Declaration (whatever the kind), as the scorer reads them.
    private static Dictionary<string, HashSet<int>> PredictedLinks(string analysisJson)
    {
        using var json = JsonDocument.Parse(analysisJson);
        var links = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var document in json.RootElement.GetProperty("documents").EnumerateArray())
        {
            var name = Path.GetFileName(document.GetProperty("source").GetString()!);
            links[name] = [.. document.GetProperty("clauseLinks").EnumerateArray()
                .Where(l => l.GetProperty("agreement").GetProperty("title").GetString()!.Contains(DeclarationTitleWord, StringComparison.OrdinalIgnoreCase))
                .Select(l => int.Parse(l.GetProperty("clause").GetString()!, System.Globalization.CultureInfo.InvariantCulture))];
        }

        return links;
    }
}
