using Entente.Tests.Support;
using Entente.Text.Tests.Support;

namespace Entente.Tests.Intelligence;

/// <summary>
/// Clause links on the written rounds (<c>eval/rounds</c>: texts invented for the project, gold written by reading),
/// through the real commands as <see cref="NewsDevLinkTests"/> does. The rounds were tuned on after their first score,
/// so these floors guard against losing what was reached (docs/intelligence.md, "Session 35" to "Session 41"); they are no measure of
/// texts the rules were not written from.
/// </summary>
public class WrittenRoundsLinkTests(PostgresServer postgres, ITestOutputHelper output)
{
    // Precision and recall per round and language, as reached in sessions 36 to 41.
    private static readonly Dictionary<(string Round, string Language), (double Precision, double Recall)> s_floors = new()
    {
        [("c", "en")] = (1.00, 0.90), [("c", "ru")] = (1.00, 1.00), [("c", "az")] = (1.00, 1.00),
        [("d", "en")] = (0.90, 1.00), [("d", "ru")] = (1.00, 0.94), [("d", "az")] = (1.00, 1.00),
        [("e", "en")] = (1.00, 1.00), [("e", "ru")] = (0.94, 1.00), [("e", "az")] = (0.94, 1.00),
        [("f", "en")] = (0.81, 1.00), [("f", "ru")] = (0.94, 1.00), [("f", "az")] = (0.86, 1.00),
        [("g", "en")] = (0.97, 0.97), [("g", "ru")] = (0.96, 0.91), [("g", "az")] = (0.97, 0.97),
        [("h", "en")] = (0.94, 1.00), [("h", "ru")] = (1.00, 1.00), [("h", "az")] = (1.00, 1.00),
        [("i", "en")] = (0.90, 1.00), [("i", "ru")] = (0.88, 1.00), [("i", "az")] = (0.95, 1.00),
        [("j", "en")] = (0.95, 0.95), [("j", "ru")] = (1.00, 0.82), [("j", "az")] = (0.94, 1.00),
        [("k", "en")] = (1.00, 1.00), [("k", "ru")] = (0.95, 1.00), [("k", "az")] = (0.94, 1.00),
        [("l", "en")] = (0.96, 0.96), [("l", "ru")] = (1.00, 1.00), [("l", "az")] = (0.93, 0.96),
        [("m", "en")] = (0.95, 1.00), [("m", "ru")] = (0.96, 1.00), [("m", "az")] = (0.94, 1.00),
        [("n", "en")] = (0.94, 0.84), [("n", "ru")] = (0.77, 0.82), [("n", "az")] = (0.83, 0.83),
        [("o", "en")] = (0.96, 0.98), [("o", "ru")] = (0.94, 0.96), [("o", "az")] = (0.98, 0.96),
        [("p", "en")] = (1.00, 0.94), [("p", "ru")] = (0.92, 1.00), [("p", "az")] = (0.90, 0.94),
        [("q", "en")] = (0.85, 0.75), [("q", "ru")] = (0.86, 0.92), [("q", "az")] = (1.00, 0.84),
        [("r", "en")] = (0.92, 0.96), [("r", "ru")] = (1.00, 0.96), [("r", "az")] = (1.00, 1.00),
        [("s", "en")] = (0.92, 1.00), [("s", "ru")] = (1.00, 1.00), [("s", "az")] = (1.00, 1.00),
        [("t", "en")] = (0.94, 1.00), [("t", "ru")] = (1.00, 1.00), [("t", "az")] = (1.00, 1.00),
        [("u", "en")] = (0.93, 1.00), [("u", "ru")] = (0.92, 1.00), [("u", "az")] = (0.92, 1.00),
        [("v", "en")] = (0.95, 1.00), [("v", "ru")] = (1.00, 0.95), [("v", "az")] = (1.00, 0.85),
        [("w", "en")] = (0.84, 1.00), [("w", "ru")] = (1.00, 1.00), [("w", "az")] = (0.91, 1.00),
        [("x", "en")] = (0.92, 0.63), [("x", "ru")] = (0.75, 0.75), [("x", "az")] = (0.80, 0.66),
        [("y", "en")] = (0.92, 0.92), [("y", "ru")] = (0.80, 0.72), [("y", "az")] = (0.83, 1.00),
        [("z", "en")] = (0.94, 0.94), [("z", "ru")] = (0.90, 1.00), [("z", "az")] = (0.91, 0.91),
        [("aa", "en")] = (0.83, 1.00), [("aa", "ru")] = (1.00, 1.00), [("aa", "az")] = (0.87, 1.00),
        [("ab", "en")] = (0.90, 1.00), [("ab", "ru")] = (0.86, 0.92), [("ab", "az")] = (0.93, 1.00),
        [("ac", "en")] = (1.00, 1.00), [("ac", "ru")] = (1.00, 1.00), [("ac", "az")] = (0.92, 1.00),
        [("ad", "en")] = (0.94, 0.94), [("ad", "ru")] = (0.94, 1.00), [("ad", "az")] = (1.00, 1.00),
        [("ae", "en")] = (1.00, 1.00), [("ae", "ru")] = (0.93, 1.00), [("ae", "az")] = (0.84, 1.00),
    };

    [Fact]
    public async Task EveryRoundKeepsItsLinksInEveryLanguage()
    {
        var target = await TestDatabase.CreateWithSampleAsync("sqlite", postgres);
        Assert.Equal(0, (await CliRun.RunAsync("ingest", SharedFolder.CorpusFile("000"), "--db", "sqlite:" + target.SqlitePath)).ExitCode);

        foreach (var round in s_floors.Keys.Select(key => key.Round).Distinct())
        {
            var folder = Path.Combine(RepositoryFolder.Root, "eval", "rounds", round);
            var texts = Directory.GetFiles(Path.Combine(folder, "docs"), "*.txt").Order(StringComparer.Ordinal).ToList();
            var run = await CliRun.RunAsync(["extract", .. texts, "--json", "--db", "sqlite:" + target.SqlitePath]);
            Assert.Equal(0, run.ExitCode);

            var gold = ScoredLinks.Gold(folder);
            var predicted = ScoredLinks.Predicted(run.Output);
            var names = texts.Select(Path.GetFileName).OfType<string>().ToList();
            Assert.Equal(names.Count, names.Count(gold.ContainsKey));
            foreach (var language in new[] { "en", "ru", "az" })
            {
                var score = ScoredLinks.Score(names, gold, predicted, language);
                var (precision, recall) = s_floors[(round, language)];
                output.WriteLine($"round {round} {language}: {score}");
                Assert.True(score.Precision >= precision, $"round {round}, {language}: precision {score.Precision:0.00} fell below {precision:0.00}");
                Assert.True(score.Recall >= recall, $"round {round}, {language}: recall {score.Recall:0.00} fell below {recall:0.00}");
            }
        }
    }
}
