namespace Entente.Text.Linking;

/// <summary>
/// Whether a sentence speaks of cooperation, ties or relations ("cooperation between the Astrakhan region and …",
/// "отношения Дагестана с …", "əməkdaşlıq"): the word that makes two places named together a tie between them, where an
/// earthquake felt in both or a cable laid between them is none.
/// </summary>
internal static class CooperationWords
{
    // The beginnings of the words, in lower case.
    private static readonly string[] s_stems =
    [
        "cooperat", "co-operat", "ties", "relations", "partnership",
        "сотруднич", "отношени", "партнерств", "партнёрств", "взаимодейств",
        "əməkdaşlığ", "əməkdaşlıq", "əlaqə", "münasibət", "tərəfdaşlı",
    ];

    public static bool AreIn(string text, TextSpan sentence) =>
        LinkWords.Words(text, sentence.Start, sentence.End)
            .Exists(word => Array.Exists(s_stems, stem => word.Text.StartsWith(stem, StringComparison.Ordinal)));
}
