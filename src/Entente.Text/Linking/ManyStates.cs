using Entente.Text.Extraction;

namespace Entente.Text.Linking;

/// <summary>
/// A sentence that counts the states taking part tells of a multilateral act: "the foreign ministers of the five Caspian
/// states met", "Парламентарии из восьми стран приняли 27 модельных законов", "beş Xəzəryanı dövlətin gəmiləri". The Parties
/// are among them, but what the many states do together is none of the commitments the Parties hold only to each other
/// (their armed forces' drills, their cultural heritage): such a sentence is no evidence of those.
/// </summary>
internal static class ManyStates
{
    /// <summary>
    /// True when the sentence counts three or more states or countries. A number inside one of <paramref name="shares"/>
    /// (the text's percentages: "80% платежей между странами", "50 faizi") is no count.
    /// </summary>
    public static bool AreCounted(string text, TextSpan sentence, IReadOnlyList<TextSpan> shares)
    {
        var words = LinkWords.Words(text, sentence.Start, sentence.End);
        for (var i = 0; i < words.Count; i++)
        {
            if (CountAt(words[i].Text) is not >= MinStates || shares.Any(share => share.Contains(words[i].Span)))
            {
                continue;
            }

            // The count may stand apart from its noun by an adjective or two ("five Caspian littoral states"), not by a word
            // that begins another phrase ("80% платежей между странами").
            for (var k = i + 1; k <= i + 1 + MaxWordsBetween && k < words.Count; k++)
            {
                if (IsAStateNoun(words[k].Text))
                {
                    return true;
                }

                if (LinkWords.Stem(words[k].Text) is null)
                {
                    break;
                }
            }
        }

        return false;
    }

    // Two states are the Parties themselves; a third makes the act multilateral.
    private const int MinStates = 3;

    private const int MaxWordsBetween = 2;

    // A count is a number word or a number in digits that is no year ("in 2018 countries" is no count).
    private const int MaxCount = 200;

    private static int? CountAt(string word) =>
        int.TryParse(word, out var digits) ? digits <= MaxCount ? digits : null : NumberWords.UnitOf(word);

    private static bool IsAStateNoun(string word) => LinkWords.IsOneOf(word, s_stateWords, s_stateStems);

    // Plural nouns only: a count of three or more is followed by the plural (Russian's genitive plural included).
    private static readonly HashSet<string> s_stateWords = new(StringComparer.Ordinal)
    {
        "states", "countries", "nations", "стран", "странам", "странами", "странах",
        "государств", "государства", "государствам", "государствами", "государствах",
    };

    // Azerbaijani keeps the noun singular after a count ("beş Xəzəryanı dövlət", "8 ölkədən").
    private static readonly string[] s_stateStems = ["dövlət", "ölkə"];
}
