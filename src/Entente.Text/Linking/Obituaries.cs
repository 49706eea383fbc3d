namespace Entente.Text.Linking;

/// <summary>
/// Obituaries: a text whose lead reports a person's death at an age ("… dies at 86", "На 84-м году жизни скончался …",
/// "ömrünün 87-ci ilində … vəfat edib"). It tells a life: the university he taught at and the treaty he helped draft are
/// his biography, not activity that carries out a commitment today.
/// </summary>
internal static class Obituaries
{
    /// <summary>True when the text's lead (up to <paramref name="leadEnd"/>) says that someone died, and at what age.</summary>
    public static bool IsOne(string text, int leadEnd)
    {
        var words = LinkWords.Words(text, 0, leadEnd);
        return words.Exists(w => s_deathWords.Contains(w.Text)) && HasAnAge(words);
    }

    // "died", "dies"; "скончался", "умер"; "vəfat (edib)", "dünyasını (dəyişib)".
    private static readonly HashSet<string> s_deathWords = new(StringComparer.Ordinal)
    {
        "died", "dies", "скончался", "скончалась", "умер", "умерла", "vəfat", "dünyasını",
    };

    // "at the age of 86", "dies at 86", "aged 86"; "в возрасте 86 лет", "на 84-м году жизни"; "86 yaşında", "ömrünün 87-ci ilində".
    private static bool HasAnAge(List<LinkWord> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Text;
            var next = i + 1 < words.Count ? words[i + 1].Text : "";
            var afterNext = i + 2 < words.Count ? words[i + 2].Text : "";
            if (word is "age" or "aged" or "возрасте" or "ömrünün" or "yaşında"
                || word is "dies" or "died" && next == "at" && afterNext.Length > 0 && char.IsDigit(afterNext[0])
                || word == "году" && next == "жизни")
            {
                return true;
            }
        }

        return false;
    }
}
