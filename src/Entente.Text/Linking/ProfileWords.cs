using System.Text;

namespace Entente.Text.Linking;

/// <summary>A word of a text as profile cues see it: folded, with where it stands and whether it was written with a capital.</summary>
internal readonly record struct ProfileWord(string Text, TextSpan Span, bool Capitalised = false);

/// <summary>
/// Splits text into the words profile cues are matched against: runs of letters and digits (hyphens and
/// apostrophes separate words, so "North–South" and "North-South" read alike), lower-cased, with ё read as е,
/// dotted or dotless i as i, and Azerbaijani's own letters as written without them (ə as e, ş as s: <see cref="Understanding.AzerbaijaniLetters"/>).
/// </summary>
internal static class ProfileWords
{
    public static List<ProfileWord> Split(string text, int start, int end)
    {
        var words = new List<ProfileWord>();
        var folded = new StringBuilder();
        var i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var s = i;
            folded.Clear();
            while (i < end && (char.IsLetterOrDigit(text[i]) || (char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark)))
            {
                var c = text[i];
                if (char.IsLetterOrDigit(c))
                {
                    folded.Append(Fold(c));
                }

                i++;
            }

            words.Add(new ProfileWord(folded.ToString(), new TextSpan(s, i), char.IsUpper(text[s])));
        }

        return words;
    }

    private static char Fold(char c) => c switch
    {
        'ё' or 'Ё' => 'е',
        'ı' or 'İ' or 'I' => 'i',
        // Azerbaijani written without its own letters reads as written with them: "dovriyyesi", "dövriyyəsi".
        _ => char.ToLowerInvariant(Understanding.AzerbaijaniLetters.Plain(c)),
    };
}
