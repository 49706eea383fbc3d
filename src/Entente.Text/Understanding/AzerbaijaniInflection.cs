namespace Entente.Text.Understanding;

/// <summary>
/// The case forms of Azerbaijani state names: the endings join the last word ("Estoniya" → "Estoniyanın",
/// "Estoniyaya", "Estoniyada", "Estoniyadan", "Estoniyanı", "Estoniyayla"; "Azərbaycan Respublikası" →
/// "Azərbaycan Respublikasının"). Every variant of vowel harmony is listed: a form that the language would not
/// make never occurs in a text, so it costs nothing.
/// </summary>
internal static class AzerbaijaniInflection
{
    private static readonly string[] s_endings =
    [
        "nın", "nin", "nun", "nün", "ın", "in", "un", "ün", "ya", "yə", "a", "ə", "na", "nə", "da", "də", "nda", "ndə", "dan", "dən",
        "ndan", "ndən", "nı", "ni", "nu", "nü", "ı", "i", "u", "ü", "la", "lə", "yla", "ylə", "dakı", "dəki", "ndakı", "ndəki",
    ];

    /// <summary>The name as written and with every case ending on its last word.</summary>
    public static IEnumerable<string> NameForms(string name)
    {
        // (Each also as written without Azerbaijani's own letters: "Azerbaycanin", "Rusiyanin".)
        foreach (var form in AzerbaijaniLetters.AsWritten(name))
        {
            yield return form;
        }

        foreach (var ending in s_endings)
        {
            foreach (var form in AzerbaijaniLetters.AsWritten(name + ending))
            {
                yield return form;
            }
        }
    }
}
