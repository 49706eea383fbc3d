using System.Security.Cryptography;
using System.Text;

namespace Entente.Text.Tests.Support;

/// <summary>
/// The one split of news-dev into a dev part (tuned on) and a test part (only scored), by the rule written in
/// docs/intelligence.md ("How news-dev is split"); scripts/news-split.py applies the same rule to the command line.
/// </summary>
public static class NewsDevSplit
{
    // Two events are told in two languages: each pair's other member follows its English member.
    private static readonly Dictionary<string, string> s_followsEnglish = new(StringComparer.Ordinal)
    {
        ["d_az_03"] = "d_en_12",
        ["d_ru_11"] = "d_en_06",
    };

    /// <summary>True when the document (its file name, as in the folder) is in the test part.</summary>
    public static bool IsTest(string fileName, IReadOnlyCollection<string> allFileNames)
    {
        if (fileName.Length >= 7 && s_followsEnglish.TryGetValue(fileName[..7], out var english))
        {
            fileName = allFileNames.Single(name => name.StartsWith(english + "_", StringComparison.Ordinal));
        }

        return SHA256.HashData(Encoding.UTF8.GetBytes(fileName))[0] < 0x55;
    }
}
