using System.Security.Cryptography;
using System.Text;

namespace Entente.Text.Tests.Support;

/// <summary>
/// The one split of news-dev into a dev part (tuned on) and a test part (only scored), by the rule written in
/// docs/intelligence.md ("How news-dev is split"): per language, file names ordered by the SHA-256 of the name, every
/// third (from the third) is test; d_az_03 follows d_en_12 and d_ru_11 follows d_en_06. <c>scripts/news-dev-split.py</c>
/// computes the same for the command line. Every news-dev test uses this class.
/// </summary>
public static class NewsDevSplit
{
    private static readonly (string Follower, string Leader)[] s_pairs = [("d_az_03", "d_en_12"), ("d_ru_11", "d_en_06")];

    /// <summary>The file names of one part ("dev" or "test") among <paramref name="names"/>.</summary>
    public static IReadOnlyList<string> Part(IReadOnlyCollection<string> names, string part)
    {
        var test = new HashSet<string>(StringComparer.Ordinal);
        foreach (var language in new[] { "en", "ru", "az" })
        {
            var ordered = names.Where(n => n.Split('_')[1] == language).OrderBy(Hash, StringComparer.Ordinal).ToList();
            test.UnionWith(ordered.Where((_, i) => i % 3 == 2));
        }

        foreach (var (follower, leader) in s_pairs)
        {
            var lead = names.Single(n => n.StartsWith(leader + "_", StringComparison.Ordinal));
            foreach (var name in names.Where(n => n.StartsWith(follower + "_", StringComparison.Ordinal)).ToList())
            {
                if (test.Contains(lead))
                {
                    test.Add(name);
                }
                else
                {
                    test.Remove(name);
                }
            }
        }

        return [.. names.Where(n => test.Contains(n) == (part == "test")).OrderBy(n => n, StringComparer.Ordinal)];
    }

    private static string Hash(string name) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
}
