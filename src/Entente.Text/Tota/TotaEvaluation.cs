using System.Globalization;
using System.Xml.Linq;
using Entente.Text.Analysis;
using Entente.Text.Understanding;

namespace Entente.Text.Tota;

/// <summary>
/// Compares what the pipeline found in a ToTA treaty's rendered body with what the treaty's XML
/// says: the same article numbers in the same order, the parties and the signing date.
/// </summary>
public static class TotaEvaluation
{
    public static TotaScore Score(XDocument treaty, DocumentAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(treaty);
        ArgumentNullException.ThrowIfNull(analysis);
        var expected = ExpectedArticles(treaty);
        var found = analysis.Structure.Clauses.Select(clause => clause.Number).ToList();
        var meta = treaty.Root?.Element("meta");
        var parties = (meta is null ? [] : TotaImporter.PartyCodes(meta))
            .Select(code => CountryTable.Alpha2FromAlpha3(code.Value.Trim()) ?? code.Value.Trim())
            .Where(code => code.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var signed = meta?.Element("date_signed")?.Value.Trim();
        var exact = expected.SequenceEqual(found, StringComparer.Ordinal);
        return new TotaScore(
            exact,
            exact || OnlyUnsplitExtras(treaty, expected, found),
            parties.SequenceEqual(analysis.Parties.Order(StringComparer.Ordinal), StringComparer.Ordinal),
            signed == analysis.SignedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            expected.Count,
            found.Count);
    }

    // ToTA sometimes leaves an article inside the previous one's text ("ARTICLE 9.2: GENERAL
    // PRINCIPLES" within article 9.1). Finding it is right; every other article must still match, in order.
    private static bool OnlyUnsplitExtras(XDocument treaty, List<string> expected, List<string> found)
    {
        var e = 0;
        var extras = new List<string>();
        foreach (var number in found)
        {
            if (e < expected.Count && expected[e] == number)
            {
                e++;
            }
            else
            {
                extras.Add(number);
            }
        }

        if (e < expected.Count || extras.Count == 0)
        {
            return false;
        }

        var unsplit = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in treaty.Descendants("article"))
        {
            foreach (var line in article.Value.Split('\n'))
            {
                var heading = HeadingNumber(line.Trim());
                if (heading is not null)
                {
                    unsplit.Add(heading);
                }
            }
        }

        return extras.All(unsplit.Contains);
    }

    private static string? HeadingNumber(string line)
    {
        var keywordEnd = 0;
        while (keywordEnd < line.Length && char.IsLetter(line[keywordEnd]))
        {
            keywordEnd++;
        }

        if (keywordEnd < 6 || !line.StartsWith("ART", StringComparison.OrdinalIgnoreCase) || keywordEnd >= line.Length || line[keywordEnd] != ' ')
        {
            return null;
        }

        var start = keywordEnd + 1;
        var end = start;
        while (end < line.Length && (char.IsLetterOrDigit(line[end]) || line[end] is '.' or '-'))
        {
            end++;
        }

        return end > start ? line[start..end].TrimEnd('.') : null;
    }

    /// <summary>The article numbers the XML gives, without their keyword: "ARTICLE 1.2" → "1.2", "ARTÍCULO 3-01" → "3-01".</summary>
    public static List<string> ExpectedArticles(XDocument treaty)
    {
        ArgumentNullException.ThrowIfNull(treaty);
        var numbers = new List<string>();
        foreach (var article in treaty.Descendants("article"))
        {
            var number = article.Attribute("number")?.Value.Trim();
            if (string.IsNullOrEmpty(number))
            {
                continue;
            }

            var keywordEnd = 0;
            while (keywordEnd < number.Length && char.IsLetter(number[keywordEnd]))
            {
                keywordEnd++;
            }

            if (keywordEnd > 2 && keywordEnd < number.Length)
            {
                number = number[keywordEnd..];
            }

            numbers.Add(number.Trim().TrimStart('-').Trim().TrimEnd('.'));
        }

        return numbers;
    }
}

/// <summary>
/// How one ToTA treaty fared. <see cref="ArticlesMatch"/>: exactly the XML's article numbers, in order.
/// <see cref="ArticlesMatchAllowingUnsplit"/>: the same, except for articles the XML left unsplit inside another's text.
/// </summary>
public sealed record TotaScore(bool ArticlesMatch, bool ArticlesMatchAllowingUnsplit, bool PartiesMatch, bool SignedOnMatches, int ExpectedArticles, int FoundArticles);
