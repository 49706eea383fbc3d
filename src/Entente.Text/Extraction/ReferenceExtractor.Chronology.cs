namespace Entente.Text.Extraction;

// A chronology's or a chronicle's lines: "12.09.2000 — в Санкт-Петербурге Россия, Иран и Индия подписывают Соглашение о …", "2000 — On
// September 12, Russia, Iran and India sign in St Petersburg the intergovernmental agreement …". The line's day is the day
// the instrument signed on it was signed.
internal static partial class ReferenceExtractor
{
    // How far back the start of a chronology's line may be from the instrument.
    private const int MaxLineTokens = 40;

    // A chronology tells its events in the present: "sign", "подписывают", "заключают", "imzalayır".
    private static readonly string[] s_presentSigning =
        ["sign", "signs", "conclude", "concludes", "подписывают", "подписывает", "заключают", "заключает", "imzalayır*", "imzalanır"];

    /// <summary>
    /// The day of a chronology's line that signs the instrument at <paramref name="headStart"/>: the line opens with a date
    /// or a year and a dash, a day stands before the instrument (the line's own date, or "On September 12" after the year),
    /// and a verb of signing stands between the dash and the instrument, or the instrument comes right after the day
    /// ("2022 — On February 22 the Moscow Declaration commits …").
    /// </summary>
    private static DateOnly? DayOfItsChronologyLine(TokenStream t, int headStart, Dates dates)
    {
        if (t.LineStart(headStart, MaxLineTokens) is not { } lineStart)
        {
            return null;
        }

        var opening = DateStartingAt(t, lineStart, dates);
        var dash = opening is null ? lineStart + 1 : t.IndexAt(opening.Span.End);
        // A chronicle of a month parts a line's day from its news by a full stop or a colon too ("17 марта. Туркменистан и
        // Иран подписали соглашение …"); a year alone only by a dash.
        // (A day's full stop may be read as part of its date: then the news starts right after it.)
        var stopInTheDate = opening is not null && t.Text[opening.Span.End - 1] is '.' or ':';
        var parted = t.IsADash(dash) || opening is not null && (t.IsSymbol(dash, '.') || t.IsSymbol(dash, ':')) || stopInTheDate;
        var news = stopInTheDate ? dash : dash + 1;
        if (opening is null && !t.IsAYear(lineStart) || !parted || news > headStart)
        {
            return null;
        }

        DateOnly? day = opening is not null ? DayOf(opening) : null;
        var dayEnd = opening is null ? -1 : news - 1;
        var signed = false;
        for (var k = news; k < headStart; k++)
        {
            if (day is null && DateStartingAt(t, k, dates) is { } written)
            {
                day = DayOf(written);
                dayEnd = t.IndexAt(written.Span.End) - 1;
            }

            signed |= MatchesAny(t, k, s_signingVerbs) || MatchesAny(t, k, s_presentSigning);
        }

        // "2022 — On February 22 the Moscow Declaration commits …": the instrument is what the line's day is about.
        return signed || dayEnd >= 0 && IsRightAfterTheDay(t, dayEnd, headStart) ? day : null;
    }

    private static bool IsRightAfterTheDay(TokenStream t, int dayEnd, int headStart)
    {
        for (var k = dayEnd + 1; k < headStart; k++)
        {
            if (!t.IsSymbol(k, ',') && !t.IsSymbol(k, '-') && !t.IsAny(k, ["the", "a", "an"]))
            {
                return false;
            }
        }

        return true;
    }
}
