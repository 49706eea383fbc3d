namespace Entente.Text.Linking;

/// <summary>
/// Whether a sentence speaks of cooperation, ties, an agreement or the places' governments ("cooperation between the
/// Astrakhan region and …", "the agreement between Samarkand and the Government of …", "Администрация Алматы и
/// исполнительная власть Самарканда"): what makes two places named together a tie between them, where an earthquake
/// felt in both or a cable laid between them is none.
/// </summary>
internal static class CooperationWords
{
    // The beginnings of the words, in lower case.
    private static readonly string[] s_stems =
    [
        "cooperat", "co-operat", "ties", "relations", "partnership",
        "сотруднич", "отношени", "партнерств", "партнёрств", "взаимодейств",
        "əməkdaşlığ", "əməkdaşlıq", "əlaqə", "münasibət", "tərəfdaşlı",
        "agreement", "memorand", "соглашени", "меморандум", "saziş", "memorandum",
    ];

    public static bool AreIn(string text, TextSpan sentence) =>
        LinkWords.Words(text, sentence.Start, sentence.End)
            .Exists(word => LinkWords.StartsWithAny(word.Text, s_stems) || PartyFocus.IsAGovernmentWord(word.Text));
}
