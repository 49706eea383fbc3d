using Entente.Text.Analysis;

namespace Entente.Text.Extraction;

// Instruments named in one sentence and dated in the next: "Dörd sənəd: iclasın protokolu, … və … saziş. Hamısı dekabrın
// 10-da imzalanıb.", "… a memorandum and an agreement on export credit insurance. Both were signed on 10 December."
internal static partial class ReferenceExtractor
{
    // How the next sentence takes the instruments up as its subject: "all", "both", "they", "the documents"; "все", "оба",
    // "они", "документы"; "hamısı", "onlar", "sənədlər".
    private static readonly string[] s_takeUpWords =
        ["all", "both", "they", "documents", "document", "все", "оба", "они", "документы", "документ", "hamısı", "onlar", "sənədlər", "sənəd", "bütün"];

    private static readonly string[] s_takeUpDeterminers = ["the", "these", "this", "all", "both", "эти", "этот", "bu", "hər", "iki"];

    // How far into the next sentence its signing verb and day may stand.
    private const int MaxTakeUpTokens = 16;

    /// <summary>Gives the undated instruments of a sentence the day the next sentence says they were signed on.</summary>
    private static void DateTheListsTheNextSentenceSigns(TokenStream t, List<(AgreementReference Reference, bool Bare, bool Anaphoric, bool Restrictive)> found, Dates dates)
    {
        Dictionary<int, DateOnly?>? daysBySentence = null;
        for (var n = 0; n < found.Count; n++)
        {
            var (reference, bare, anaphoric, restrictive) = found[n];
            if (reference.Date is not null || anaphoric)
            {
                continue;
            }

            var last = t.IndexAt(reference.Span.End) - 1;
            daysBySentence ??= [];
            var sentence = t.SentenceOf[last];
            if (!daysBySentence.TryGetValue(sentence, out var day))
            {
                daysBySentence[sentence] = day = DayTheNextSentenceSigns(t, last);
            }

            if (day is not null)
            {
                found[n] = (reference with { Date = day }, bare, anaphoric, restrictive);
            }
        }

        DateOnly? DayTheNextSentenceSigns(TokenStream t, int inSentence)
        {
            var first = inSentence;
            while (first < t.Count && t.SameSentence(inSentence, first))
            {
                first++;
            }

            var subject = first;
            while (!t.IsAny(subject, s_takeUpWords) && t.IsAny(subject, s_takeUpDeterminers) && subject - first < 2)
            {
                subject++;
            }

            if (first >= t.Count || !t.IsAny(subject, s_takeUpWords))
            {
                return null;
            }

            DateOnly? day = null;
            var signed = false;
            for (var k = subject + 1; k < t.Count && k - first < MaxTakeUpTokens && t.SameSentence(first, k); k++)
            {
                // A sentence that names an instrument of its own dates that one: "They also signed an agreement on 10 May".
                if (t.IsWord(k) && (t.ClassOf(k) & WordClass.Reference) != 0 && Head(t, k) is not null)
                {
                    return null;
                }

                signed |= MatchesAny(t, k, s_signingVerbs);
                day ??= DateStartingAt(t, k, dates) is { } d ? DayOf(d) : null;
            }

            return signed ? day : null;
        }
    }
}
