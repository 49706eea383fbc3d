using System.Text.Json;

namespace Entente.Tests.Intelligence;

/// <summary>
/// Clause links scored as <c>../shared/tools/score_news.py</c> scores them: a link to a required clause of the 2022
/// Declaration is right, to an optional one ignored, to any other clause false; a required clause not linked is missed.
/// </summary>
internal static class ScoredLinks
{
    private const string DeclarationTitleWord = "allied";

    public sealed record GoldLinks(string Language, HashSet<int> Required, HashSet<int> Optional);

    public readonly record struct Counts(int Right, int False, int Missed)
    {
        public double Precision => Right + False == 0 ? 1.0 : (double)Right / (Right + False);

        public double Recall => Right + Missed == 0 ? 1.0 : (double)Right / (Right + Missed);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public override string ToString() => $"P={Precision:0.00} R={Recall:0.00} F1={F1:0.00} (tp {Right} fp {False} fn {Missed})";
    }

    /// <summary>Every document's gold links in a folder's gold files (<c>gold.json</c>, <c>gold-en.json</c>, …).</summary>
    public static Dictionary<string, GoldLinks> Gold(string folder)
    {
        var gold = new Dictionary<string, GoldLinks>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "gold*.json"))
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

    /// <summary>The clause numbers each document links to in the Declaration (whatever the kind), by file name.</summary>
    public static Dictionary<string, HashSet<int>> Predicted(string analysisJson)
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

    /// <summary>The counts over the named documents of one language.</summary>
    public static Counts Score(IEnumerable<string> names, Dictionary<string, GoldLinks> gold, Dictionary<string, HashSet<int>> predicted, string language)
    {
        int right = 0, wrong = 0, missed = 0;
        foreach (var name in names.Where(n => gold[n].Language == language))
        {
            var (required, optional) = (gold[name].Required, gold[name].Optional);
            var links = predicted.GetValueOrDefault(name) ?? [];
            right += links.Count(required.Contains);
            wrong += links.Count(l => !required.Contains(l) && !optional.Contains(l));
            missed += required.Count(r => !links.Contains(r));
        }

        return new Counts(right, wrong, missed);
    }
}
