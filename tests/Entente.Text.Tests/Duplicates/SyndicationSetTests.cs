using Entente.Text.Duplicates;
using Entente.Text.Tests.Support;

namespace Entente.Text.Tests.Duplicates;

/// <summary>
/// The near-duplicate measure on real articles with known syndicated copies, when the team keeps such a set beside
/// news-dev (<c>../shared/datasets/syndication/</c>: <c>docs/*.txt</c> and <c>pairs.tsv</c>, one pair of file names
/// per line that carry one story; docs/sources.md). Every pair, and every pair that follows from two others, must be
/// found, and no other pair joined. Skips, saying why, while the set is absent.
/// </summary>
public sealed class SyndicationSetTests(ITestOutputHelper output)
{
    [Fact]
    public void EveryKnownCopyIsFoundAndNoOtherPairIsJoined()
    {
        var folder = SharedFolder.Syndication;
        var files = Directory.GetFiles(Path.Combine(folder, "docs"), "*.txt").Order(StringComparer.Ordinal).ToList();
        var names = files.Select(Path.GetFileName).ToList();
        var story = StoriesOf(names!, File.ReadAllLines(Path.Combine(folder, "pairs.tsv")));
        var fingerprints = files.Select(f => NearDuplicates.Fingerprint(File.ReadAllText(f))).ToList();

        var found = 0;
        var missed = new List<string>();
        var joined = new List<string>();
        for (var i = 0; i < files.Count; i++)
        {
            for (var j = i + 1; j < files.Count; j++)
            {
                var copies = NearDuplicates.AreCopies(fingerprints[i], fingerprints[j]);
                var expected = story[i] == story[j];
                var pair = $"{names[i]} ~ {names[j]} (containment {NearDuplicates.Compare(fingerprints[i], fingerprints[j]).Containment:0.00})";
                if (expected && copies)
                {
                    found++;
                }
                else if (expected)
                {
                    missed.Add(pair);
                }
                else if (copies)
                {
                    joined.Add(pair);
                }
            }
        }

        output.WriteLine($"{files.Count} articles: {found} pairs found, {missed.Count} missed, {joined.Count} wrongly joined");
        Assert.True(found + missed.Count > 0, "pairs.tsv names no pair of the articles in docs/");
        Assert.True(missed.Count == 0 && joined.Count == 0,
            "missed: " + string.Join("; ", missed) + Environment.NewLine + "wrongly joined: " + string.Join("; ", joined));
    }

    /// <summary>Each file's story: files joined by a pair, directly or through others, tell one story.</summary>
    private static int[] StoriesOf(IReadOnlyList<string> names, IEnumerable<string> pairLines)
    {
        var story = Enumerable.Range(0, names.Count).ToArray();
        int Find(int i) => story[i] == i ? i : story[i] = Find(story[i]);
        var index = names.Select((name, i) => (name, i)).ToDictionary(x => x.name, x => x.i, StringComparer.Ordinal);
        foreach (var line in pairLines.Where(l => !string.IsNullOrWhiteSpace(l) && !l.StartsWith('#')))
        {
            var parts = line.Split('\t', StringSplitOptions.TrimEntries);
            Assert.True(parts.Length == 2 && index.ContainsKey(parts[0]) && index.ContainsKey(parts[1]), $"pairs.tsv: '{line}' does not name two files of docs/");
            story[Find(index[parts[0]])] = Find(index[parts[1]]);
        }

        return [.. Enumerable.Range(0, names.Count).Select(Find)];
    }
}
