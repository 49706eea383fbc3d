namespace Entente.Text.Stemming;

/// <summary>
/// A light Azerbaijani stemmer: strips inflectional suffixes (plural, possessive, case, copula) listed in
/// <c>azerbaijani-suffixes.tsv</c>, longest first, keeping at least <see cref="MinStem"/> letters, so that
/// "dəhlizinin", "dəhlizi" and "dəhlizdə" all reduce to "dəhliz". Words are lower-case; each suffix is also
/// matched in its plain-Latin spelling (ə→e, ı→i, ş→s, ç→c, ğ→g, ö→o, ü→u), so a word typed without
/// Azerbaijani letters, or already folded, loses the same suffixes.
/// </summary>
public static class AzerbaijaniStemmer
{
    /// <summary>Letters a stem keeps at least: shorter roots are left whole rather than cut to nothing.</summary>
    public const int MinStem = 3;

    /// <summary>How many suffixes one word may lose (plural + possessive + case).</summary>
    private const int MaxSuffixes = 3;

    private static readonly Lazy<IReadOnlyList<string>> s_suffixes = new(Load);

    /// <summary>The suffixes, longest first.</summary>
    public static IReadOnlyList<string> Suffixes => s_suffixes.Value;

    /// <summary>The stem of a lower-case word.</summary>
    public static string Stem(string word)
    {
        var stem = word;
        for (var stripped = 0; stripped < MaxSuffixes; stripped++)
        {
            // The longest suffix decides: when it would leave too short a root, the word is a root ("evdə" stays).
            var suffix = Suffixes.FirstOrDefault(s => stem.EndsWith(s, StringComparison.Ordinal));
            if (suffix is null || stem.Length - suffix.Length < MinStem)
            {
                break;
            }

            stem = stem[..^suffix.Length];
        }

        return stem;
    }

    /// <summary>A suffix in plain Latin letters, as typed without Azerbaijani letters.</summary>
    public static string Plain(string suffix) => string.Concat(suffix.Select(c => c switch
    {
        'ə' => 'e',
        'ı' => 'i',
        'ş' => 's',
        'ç' => 'c',
        'ğ' => 'g',
        'ö' => 'o',
        'ü' => 'u',
        _ => c,
    }));

    private static List<string> Load()
    {
        using var stream = typeof(AzerbaijaniStemmer).Assembly.GetManifestResourceStream("Entente.Text.azerbaijani-suffixes.tsv")
            ?? throw new InvalidOperationException("The Azerbaijani suffix table is missing from the program.");
        using var reader = new StreamReader(stream);
        var suffixes = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                suffixes.Add(line.Split('\t')[0]);
            }
        }

        return [.. suffixes.Concat(suffixes.Select(Plain)).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal)];
    }
}
