using Entente.Text.Analysis;

namespace Entente.Text.Extraction;

// Two instruments joined by "and" under one date: "the Joint Statement and the Action Plan of 1 September 2018",
// "Совместное заявление и План действий от 1 сентября 2018 года", "2018-ci il 1 sentyabr tarixli Birgə Bəyanat və
// Fəaliyyət Planı". The date written after the second (before the first, in Azerbaijani) is both instruments'.
internal static partial class ReferenceExtractor
{
    // The words that date an instrument right after its name: "of", "dated", "от".
    private static readonly string[] s_ofTheDate = ["of", "dated", "от"];

    private static readonly string[] s_pairJoins = ["and", "и", "və"];

    /// <summary>Gives the undated one of two instruments joined by "and" the date written for the pair.</summary>
    private static void ShareThePairsDate(TokenStream t, List<(AgreementReference Reference, bool Bare, bool Anaphoric, bool Restrictive)> found, Dates dates)
    {
        for (var n = 0; n + 1 < found.Count; n++)
        {
            var first = found[n].Reference;
            var second = found[n + 1].Reference;
            var firstEnd = t.IndexAt(first.Span.End) - 1;
            var secondStart = t.IndexAt(second.Span.Start);
            if (first.Dates.Count > 0 || second.Dates.Count > 0 || !t.SameSentence(firstEnd, secondStart) || !IsJoinedAsAPair(t, firstEnd, secondStart))
            {
                continue;
            }

            if (first.Date is null && second.Date is { } after && DateWrittenRightAfter(t, t.IndexAt(second.Span.End), dates) == after)
            {
                found[n] = (first with { Date = after }, found[n].Bare, found[n].Anaphoric, found[n].Restrictive);
            }
            else if (second.Date is null && first.Date is { } before && DatesBefore(t, t.IndexAt(first.Span.Start), dates) == before)
            {
                found[n + 1] = (second with { Date = before }, found[n + 1].Bare, found[n + 1].Anaphoric, found[n + 1].Restrictive);
            }
        }
    }

    // Only "and" (and an article) between the first's last word and the second's first: "… Statement and the Action Plan".
    private static bool IsJoinedAsAPair(TokenStream t, int firstEnd, int secondStart)
    {
        var between = secondStart - firstEnd - 1;
        return between is 1 or 2 && t.IsAny(firstEnd + 1, s_pairJoins) && (between == 1 || t.IsAny(firstEnd + 2, ["the", "a", "an"]));
    }

    // The day of "of <date>" right after an instrument's last word.
    private static DateOnly? DateWrittenRightAfter(TokenStream t, int afterName, Dates dates) =>
        t.IsAny(afterName, s_ofTheDate) && DateStartingAt(t, afterName + 1, dates) is { } date ? DayOf(date) : null;
}
