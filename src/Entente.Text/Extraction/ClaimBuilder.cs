using System.Buffers;
using Entente.Text.Analysis;
using Entente.Text.Understanding;
using Entente.Text.Vocabulary;

namespace Entente.Text.Extraction;

/// <summary>
/// Ties figures to the indicator they measure and the period they cover: "bilateral trade in 2021 rose by 16 percent to
/// US$3.4 billion" becomes trade-turnover, 2021, 3.4e9 USD, up 16 percent. A figure whose subject is not named in its
/// clause is left unattributed rather than guessed.
/// </summary>
internal static class ClaimBuilder
{
    // Words (or stems, with *) that name what a money figure measures.
    private static readonly (string[] Words, string Indicator)[] s_moneyCues =
    [
        (["trade", "turnover"], IndicatorKeys.TradeTurnover), (["bilateral", "trade"], IndicatorKeys.TradeTurnover),
        (["mutual", "trade"], IndicatorKeys.TradeTurnover), (["trade", "between"], IndicatorKeys.TradeTurnover), (["our", "trade"], IndicatorKeys.TradeTurnover),
        (["our", "commerce"], IndicatorKeys.TradeTurnover), (["bilateral", "commerce"], IndicatorKeys.TradeTurnover), (["commerce", "between"], IndicatorKeys.TradeTurnover),
        (["turnover"], IndicatorKeys.TradeTurnover), (["dövriyyə"], IndicatorKeys.TradeTurnover), (["товарооборот*"], IndicatorKeys.TradeTurnover), (["ticarət", "dövriyyəsi*"], IndicatorKeys.TradeTurnover),
        (["əmtəə", "dövriyyəsi*"], IndicatorKeys.TradeTurnover), (["торгов*", "оборот*"], IndicatorKeys.TradeTurnover),
        (["оборот*", "двух", "стран"], IndicatorKeys.TradeTurnover), (["оборот*", "между"], IndicatorKeys.TradeTurnover),
        (["trade", "volume"], IndicatorKeys.TradeTurnover), (["volume", "of", "trade"], IndicatorKeys.TradeTurnover),
        (["объем*", "торговли"], IndicatorKeys.TradeTurnover), (["объём*", "торговли"], IndicatorKeys.TradeTurnover),
        (["взаимн*", "торговл*"], IndicatorKeys.TradeTurnover), (["qarşılıqlı", "ticarət*"], IndicatorKeys.TradeTurnover),
        (["export"], IndicatorKeys.Exports), (["exports"], IndicatorKeys.Exports), (["exported"], IndicatorKeys.Exports), (["экспорт*"], IndicatorKeys.Exports), (["ixrac*"], IndicatorKeys.Exports),
        (["import"], IndicatorKeys.Imports), (["imports"], IndicatorKeys.Imports), (["imported"], IndicatorKeys.Imports), (["импорт*"], IndicatorKeys.Imports), (["idxal*"], IndicatorKeys.Imports),
        (["investment*"], IndicatorKeys.Investment), (["инвестиц*"], IndicatorKeys.Investment), (["investisiya*"], IndicatorKeys.Investment),
        (["sərmayə*"], IndicatorKeys.Investment), (["yatırım*"], IndicatorKeys.Investment), (["freight"], IndicatorKeys.Freight), (["cargo"], IndicatorKeys.Freight),
        (["грузоперевоз*"], IndicatorKeys.Freight),
    ];

    // The first three letters of every cue's first word: most words are skipped after one lookup.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_cuePrefixes = s_moneyCues
        .Select(c => Prefix(c.Words[0].TrimEnd('*').AsSpan()).ToString()).ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static ReadOnlySpan<char> Prefix(ReadOnlySpan<char> word) => word.Length <= 3 ? word : word[..3];

    private static readonly string[] s_increase = ["by", "up", "rose", "grew", "increased", "increase", "growth", "на", "рост", "вырос", "увеличился", "artım*"];

    private static readonly string[] s_decrease = ["down", "fell", "decreased", "decrease", "decline", "declined", "dropped", "снизился", "сократился", "снижение", "азалма"];

    // A pronoun or "this figure" standing for the indicator the sentence before named: "Trade turnover keeps growing.
    // In 2023 it reached $4.3 billion." / "В 2023 году он составил…" / "2023-cü ildə o, … təşkil edib".
    // "The figure" / "этот показатель" / "bu göstərici", "bu rəqəm" likewise: "In 2021 the figure stood at about $3.3 billion".
    private static readonly string[] s_anaphors = ["it", "он", "она", "o", "figure", "показатель", "göstərici*", "rəqəm"];

    // The verbs that report an amount in the past (Azerbaijani "-ib" forms; "təşkil edir" is the present).
    private static readonly string[] s_pastAmountVerbs =
    [
        "reached", "amounted", "totalled", "totaled", "stood", "exceeded", "was", "grew", "rose", "increased", "decreased",
        "fell", "declined", "dropped", "surpassed", "topped", "hit", "eased", "slipped", "dipped", "climbed", "rebounded", "recovered",
        "составил*", "составлял*", "достиг*", "превысил*", "превзош*", "вырос*", "увеличил*", "сократил*", "снизил*", "упал*", "был*",
        "снижал*", "сокращал*", "увеличивал*", "превышал*", "находил*", "оставал*", "держал*",
        "edib", "çatıb", "ötüb", "keçib", "olub", "artıb", "azalıb", "idi",
        // (The pluperfect of an earlier year: "2020-ci ildə bu göstərici 2,4 milyard dollar olmuşdu".)
        "olmuşdu", "etmişdi", "çatmışdı", "ötmüşdü", "keçmişdi", "artmışdı", "azalmışdı",
    ];

    // Any verb that states an amount: an anaphor is read only as the subject of one.
    // (Azerbaijani "çoxdur"/"azdır", is more/less: "Bu, 2021-ci ilin göstəricisi olan 4,6 milyard dollardan 32,6 faiz çoxdur".)
    private static readonly string[] s_amountVerbs = [.. s_pastAmountVerbs, "təşkil*", "çat*", "art*", "azal*", "çoxdur", "azdır"];

    private static readonly string[] s_segmentBreaks = ["whereas", "while", "although", "тогда", "но", "однако"];

    // After a comma, the words that open a clause with a time of its own, whose subject may still be the one before: "… достиг
    // 3,3 млрд долларов, а за девять месяцев 2022 года составил 3,1 млрд", ", and in January-September this year it grew",
    // "В 2021 году … составил 2,97 млрд долларов, в 2022-м вырос до 4,6 млрд", "Если в 2019 году … составлял около 3 млрд
    // долларов, то в 2024-м …".
    private static bool OpensAClauseWithItsTime(TokenStream t, int k) =>
        t.IsSymbol(k - 1, ',') && (t.IsAny(k, ["а", "то"]) || t.Is(k, "and") && t.IsAny(k + 1, ["in", "for", "over", "during"])
                                   || t.IsAny(k, ["в", "во", "за", "in", "for", "over"]) && (t.IsAYear(k + 1) || NamesAPartOfAYear(t, k + 1)));

    // Words of a part of a year: "за девять месяцев текущего года", "in the first half", "за январь-сентябрь".
    private static readonly string[] s_partsOfAYear = ["месяц*", "полугоди*", "квартал*", "month*", "half", "quarter*"];

    // How far after "за" or "in" the part of a year may be named ("за первые девять месяцев", "in the first nine months").
    private const int PartOfAYearReach = 4;

    private static bool NamesAPartOfAYear(TokenStream t, int from)
    {
        for (var k = from; k < from + PartOfAYearReach && k < t.Count && t.IsWord(k); k++)
        {
            if (AnyStem(t, k, s_partsOfAYear) || Months.TryParse(t.Span(k), out _))
            {
                return true;
            }
        }

        return false;
    }

    // True when such a clause begins between two tokens: a date across it is the other clause's.
    private static bool ClauseWithItsTimeBetween(TokenStream t, int a, int b)
    {
        var (from, to) = a < b ? (a, b) : (b, a);
        for (var k = from + 1; k <= to; k++)
        {
            if (OpensAClauseWithItsTime(t, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Claims for the figures whose indicator and period the text states or implies.</summary>
    public static List<Claim> Build(TokenStream t, IReadOnlyList<Figure> figures, IReadOnlyList<DateMention> dates, DateOnly? documentDate,
        IReadOnlyList<EntityMention>? entities = null)
    {
        var claims = new List<Claim>();
        if (figures.Count == 0)
        {
            return claims;
        }

        var segments = Segments(t);
        try
        {
            BuildClaims(t, figures, dates, documentDate, segments, claims, entities);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(segments);
        }

        return claims;
    }

    private static void BuildClaims(TokenStream t, IReadOnlyList<Figure> figures, IReadOnlyList<DateMention> dates, DateOnly? documentDate,
        int[] segments, List<Claim> claims, IReadOnlyList<EntityMention>? entities)
    {
        var changes = new Dictionary<int, Change>();

        // First pass: percentages stated as a change attach to the nearest money or count figure of their segment.
        for (var n = 0; n < figures.Count; n++)
        {
            var f = figures[n];
            if (f.Kind != "percent")
            {
                continue;
            }

            var at = t.IndexAt(f.Span.Start);
            var sign = ChangeSign(t, at);
            if (sign == 0)
            {
                continue;
            }

            var target = Nearest(t, figures, n, segments, static g => g.Kind is "money" or "count");
            if (target >= 0 && !IsAnotherTimesChange(t, figures[target], f, dates))
            {
                changes[target] = new Change(sign * f.Value, "percent") { Since = SinceAfter(t, at, dates) };
            }
        }

        // Every dated figure in order, a region's turnover too: "в том же году" after a region's figure is that figure's year,
        // though the region's figure is no claim of the states' turnover.
        var dated = new List<Claim>();
        (Period Period, int At)? release = null; // the period of a state's foreign trade the text reports first, if it does
        HashSet<int>? regions = null; // read once, for the first turnover claim
        for (var n = 0; n < figures.Count; n++)
        {
            var f = figures[n];
            var at = t.IndexAt(f.Span.Start);
            if (t.Is(at - 1, "not") || t.Is(at - 1, "не") || IsPart(t, f) || IsTarget(t, at, t.IndexAt(f.Span.End), segments))
            {
                continue;
            }

            var cue = -1;
            var indicator = f.Kind switch
            {
                "money" => MoneyIndicator(t, at, segments, out cue),
                "count" => CountIndicator(t, f, at, segments),
                "percent" => ShareIndicator(t, at, segments),
                _ => null,
            };
            var anaphoric = false;
            DateMention? putAt = null;
            if (indicator is null && f.Kind == "money")
            {
                indicator = AnaphoricIndicator(t, at, t.IndexAt(f.Span.End), segments);
                anaphoric = indicator is not null;
                indicator ??= ContrastContinuing(t, at, segments, dated) ?? BracketedAfterAYear(t, at, dates, dated)
                    ?? YearBeforeContinuing(t, at, segments, dated) ?? BareAmountContinuing(t, at, t.IndexAt(f.Span.End), segments, dated);
                if (indicator is null && YearPutAt(t, at, dates) is { } year && LastClaimNearby(t, at, dated) is { } last)
                {
                    (indicator, putAt) = (last.Indicator, year);
                }
            }

            if (indicator is null)
            {
                release ??= f.Kind == "money" && IsAStatesForeignTradeFigure(t, at, segments) && SegmentDate(t, at, dates, segments, t.IndexAt(f.Span.End)) is { } of
                    && ToPeriod(of, IndicatorKeys.TradeTurnover) is { } whole && whole.End > whole.Start ? (whole, at) : null;
                continue;
            }

            var period = putAt is not null ? ToPeriod(putAt, indicator)
                : RespectiveYear(t, f, figures) is { } respective ? new Period(new DateOnly(respective, 1, 1), new DateOnly(respective, 12, 31))
                : IsComparisonFigure(t, at) ? OwnDateAfter(t, f, at, dates, segments) ?? YearBeforeRightAfter(t, f, dated, indicator)
                : DateOfTheAmount(t, at, dates) is { } beside ? ToPeriod(beside, indicator)
                : anaphoric ? AnaphoricPeriod(t, at, t.IndexAt(f.Span.End), dates, segments, dated, indicator)
                : YearBeforeSaidBetween(t, at, dated, indicator) ?? PeriodFor(t, at, t.IndexAt(f.Span.End), dates, segments, documentDate, indicator, dated);
            if (period is null && indicator == IndicatorKeys.TradeTurnover && release is { } r && NoLaterTimeBetween(t, dates, r.At, at, r.Period))
            {
                period = r.Period;
            }

            if (period is null || IsAheadOfTheReport(period, documentDate) || IsSummedSinceItsYear(t, at, period))
            {
                continue;
            }

            var claim = new Claim(f.Span)
            {
                Indicator = indicator,
                Period = period,
                Value = f.Value,
                Unit = f.Unit,
                Qualifier = f.Qualifier,
                Change = changes.GetValueOrDefault(n),
                Text = f.Text,
            };
            dated.Add(claim);
            if (!(indicator == IndicatorKeys.TradeTurnover && IsARegionsTurnover(t, cue, regions ??= RegionStarts(t, entities))))
            {
                claims.Add(claim);
            }
        }
    }

    // "Azərbaycanın xarici ticarət dövriyyəsi 2023-cü ildə 49 milyard … təşkil edib": a state's foreign trade with the world,
    // the figure a statistics release opens with. It is no pair's turnover, but its period is the release's.
    private static bool IsAStatesForeignTradeFigure(TokenStream t, int at, int[] segments)
    {
        for (var k = Math.Max(0, at - Window); k < at; k++)
        {
            if (segments[k] == segments[at] && t.IsWord(k) && s_cuePrefixes.Contains(Prefix(t.Span(k))) && IsAStatesForeignTrade(t, k))
            {
                return true;
            }
        }

        return false;
    }

    // "… xarici ticarət dövriyyəsi 2023-cü ildə 49 milyard … 2022-ci illə müqayisədə … Rusiya ilə ticarət dövriyyəsi 4,36 milyard
    // dollar olub": a partner's turnover the release gives with no time of its own is of the release's period, unless a
    // later time is named between (an earlier one is the comparison's).
    private static bool NoLaterTimeBetween(TokenStream t, IReadOnlyList<DateMention> dates, int from, int to, Period release)
    {
        foreach (var d in Near(dates, t[from].Start, t[to].Start - t[from].Start))
        {
            var k = t.IndexAt(d.Span.Start);
            if (k > from && k < to && d.End is { } end && end > release.End)
            {
                return false;
            }
        }

        return true;
    }

    // "Since 2015 the cumulative turnover has exceeded $31 billion", "с 2015 года … превысил 31 млрд", "2015-ci ildən bəri …
    // 31 milyard": an amount summed since a year (its sentence says so before it) is no figure of that year.
    private static bool IsSummedSinceItsYear(TokenStream t, int at, Period period)
    {
        if (period.Start.Year != period.End.Year)
        {
            return false;
        }

        for (var k = at - 1; k >= 0 && at - k <= Window && t.SameSentence(k, at); k--)
        {
            if (t.YearAt(k) == period.Start.Year
                && (t.Is(k - 1, "since") || t.IsAny(k - 1, ["с", "со"]) && t.IsAny(k + 1, ["года", "г"]) || FollowsAsItsStart(t, k)))
            {
                return true;
            }
        }

        return false;
    }

    // ("с 2015 года" is since; "по сравнению с 2023 годом" compares.) "2015-ci ildən bəri", "2015-ci ildən": the Azerbaijani
    // ablative of the year word marks where a span of time starts.
    private static bool FollowsAsItsStart(TokenStream t, int year)
    {
        var word = t.IsSymbol(year + 1, '-') ? year + 3 : year + 1;
        return t.IsAny(word, ["ildən", "ildan"]);
    }

    // Words that make an amount an aim or a forecast: "aim to raise trade to $15 billion", "the $5 billion target",
    // "цель довести товарооборот до 5 млрд", "15 milyard dollara çatdırılması hədəflənir".
    private static readonly string[] s_targetWords =
    [
        "aim", "aims", "aimed", "aiming", "target*", "goal*", "forecast*", "projected", "potential",
        "цель", "цели", "целью", "задач*", "планиру*", "прогноз*", "ожида*", "довести", "нарастить", "потенциал*",
        "hədəf*", "məqsəd*", "planlaşdır*", "proqnoz*", "gözlən*", "çatdırılma*", "çatdırmaq", "potensial*",
    ];

    // A target word in the figure's segment, a few words before it (after any other figure) or right after it. "Expected"
    // only with "to" ("is expected to reach"): "as expected, trade reached …" reports.
    private static bool IsTarget(TokenStream t, int at, int after, int[] segments)
    {
        for (var k = at - 1; k >= 0 && k >= at - 8 && segments[k] == segments[at] && !t.IsNumber(k); k--)
        {
            if (AnyStem(t, k, s_targetWords) || t.IsAny(k, ["expected", "expects", "expect"]) && t.Is(k + 1, "to"))
            {
                return true;
            }
        }

        for (var k = after; k < t.Count && k <= after + 1 && segments[k] == segments[at]; k++)
        {
            if (AnyStem(t, k, s_targetWords))
            {
                return true;
            }
        }

        return false;
    }

    // "This year we estimate a $5 billion turnover", "по итогам 2024 года может превысить 4,5 млрд" (said in November 2024):
    // a period not over when the text was written is a forecast or a target, not a figure reported for it.
    private static bool IsAheadOfTheReport(Period period, DateOnly? documentDate) => documentDate is { } doc && period.End > doc;

    // "$4.3 billion against $3.7 billion in 2022", "против 3,7 млрд годом ранее", "up from $3.7 billion": the figure after
    // "against" is the base of a comparison. It is a claim only with its own date right after it, never the other's.
    private static bool IsComparisonFigure(TokenStream t, int at) =>
        t.IsAny(at - 1, ["against", "против", "from"]) || t.IsAny(at - 1, ["to", "with"]) && t.Is(at - 2, "compared")
        || t.Is(at - 1, "с") && t.Is(at - 2, "сравнению");

    private static Period? OwnDateAfter(TokenStream t, Figure f, int at, IReadOnlyList<DateMention> dates, int[] segments)
    {
        var end = t.IndexAt(f.Span.End);
        foreach (var d in Near(dates, f.Span.End, t.Text.Length))
        {
            var k = t.IndexAt(d.Span.Start);
            if (k >= end && k <= end + 2 && k < t.Count && segments[k] == segments[at] && d.Start is { } start && d.End is { } last)
            {
                return new Period(start, last);
            }
        }

        return null;
    }

    // "up 20% from $2.4 billion a year earlier", "против 2,4 млрд годом ранее": the base of a comparison said to be a year
    // before is the year before the claim just made.
    private static Period? YearBeforeRightAfter(TokenStream t, Figure f, List<Claim> claims, string indicator)
    {
        if (claims.Count == 0 || claims[^1] is not { } claim || claim.Indicator != indicator)
        {
            return null;
        }

        var end = t.IndexAt(f.Span.End);
        return s_yearBefore.Any(words => MatchesAt(t, end, words)) ? YearsBefore(claim, 1) : null;
    }

    // "2023-cü ilə (4 milyard 312 milyon dollar) nisbətən", "compared with 2023 ($4.3 billion)": an amount in brackets right
    // after a date (and its year word) is that date's.
    private static DateMention? DateBeforeParenthesis(TokenStream t, int at, IReadOnlyList<DateMention> dates)
    {
        if (!t.IsSymbol(at - 1, '('))
        {
            return null;
        }

        foreach (var d in Near(dates, t[at].Start, t.Text.Length))
        {
            var next = t.IndexAt(d.Span.End);
            if (next == at - 1 || next == at - 2 && t.IsWord(next))
            {
                return d;
            }
        }

        return null;
    }

    // "… составил 4,8 миллиарда долларов США. Годом ранее было около 4,3 млрд": an amount with no subject of its own, in a
    // segment that says "the year before", goes on with the claim just made.
    private static string? YearBeforeContinuing(TokenStream t, int at, int[] segments, List<Claim> claims) =>
        SegmentSaysWhichYear(t, at, segments) is > 0 ? LastClaimNearby(t, at, claims)?.Indicator : null;

    // "Trade turnover: $4.2bn in 2022; 4.4 billion USD in 2023; $4.8 billion in 2024": after a semicolon, a clause that is only
    // an amount and its year goes on with the claim of the clause before.
    private static string? BareAmountContinuing(TokenStream t, int at, int after, int[] segments, List<Claim> claims) =>
        ClauseStart(at, segments) is { } first && t.IsSymbol(first, ';') && IsABareAmountOfAYear(t, first, at, after, segments)
        && claims.Count > 0 && segments[t.IndexAt(claims[^1].Span.Start)] == segments[first - 1] ? claims[^1].Indicator : null;

    // The claim made last, when it is in the figure's sentence or the one before.
    private static Claim? LastClaimNearby(TokenStream t, int at, List<Claim> claims) =>
        claims.Count > 0 && t.SentenceOf[t.IndexAt(claims[^1].Span.Start)] is var sentence
        && (sentence == t.SentenceOf[at] || sentence == PreviousSentence(t, at)) ? claims[^1] : null;

    // "… 4,84 milyard dollar təşkil edib. Bu, 2023-cü illə (4,37 milyard dollar) müqayisədə 10,8 faiz çoxdur", "Восстановление
    // началось уже в 2021 году (2,9 млрд долларов)": an amount in brackets after a year, with no subject of its own, goes on
    // with the claim just made.
    private static string? BracketedAfterAYear(TokenStream t, int at, IReadOnlyList<DateMention> dates, List<Claim> claims) =>
        DateOfTheAmount(t, at, dates) is not null ? LastClaimNearby(t, at, claims)?.Indicator : null;

    // "in 2022, 2023 and 2024 … respectively", "соответственно", "müvafiq olaraq": the amounts of the sentence go with its
    // years in order, when there are as many of each.
    private static int? RespectiveYear(TokenStream t, Figure f, IReadOnlyList<Figure> figures)
    {
        var at = t.IndexAt(f.Span.Start);
        var (first, last) = (at, at);
        while (first > 0 && t.SameSentence(first - 1, at))
        {
            first--;
        }

        while (last + 1 < t.Count && t.SameSentence(last + 1, at))
        {
            last++;
        }

        var says = false;
        for (var k = first; k <= last && !says; k++)
        {
            says = t.IsAny(k, ["respectively", "соответственно"]) || t.Is(k, "müvafiq") && t.Is(k + 1, "olaraq");
        }

        if (!says)
        {
            return null;
        }

        var amounts = figures.Where(g => g.Kind == f.Kind && t.SameSentence(t.IndexAt(g.Span.Start), at)).ToList();
        var years = new List<int>();
        for (var k = first; k <= last; k++)
        {
            if (t.YearAt(k) is { } year
                && !figures.Any(g => g.Kind == f.Kind && g.Span.Start <= t[k].Start && t[k].Start < g.Span.End))
            {
                years.Add(year);
            }
        }

        return amounts.Count >= 2 && amounts.Count == years.Count ? years[amounts.IndexOf(f)] : null;
    }

    // The year an amount is set beside: in brackets after it, or Azerbaijani "2023-cü ildəki 4 milyard 371 milyon dollarla
    // müqayisədə" (compared with the 4.371 billion of 2023).
    private static DateMention? DateOfTheAmount(TokenStream t, int at, IReadOnlyList<DateMention> dates) =>
        DateBeforeParenthesis(t, at, dates) ?? AzerbaijaniYearOfTheAmount(t, at, dates);

    private static DateMention? AzerbaijaniYearOfTheAmount(TokenStream t, int at, IReadOnlyList<DateMention> dates)
    {
        if (!t.Is(at - 1, "ildəki"))
        {
            return null;
        }

        foreach (var d in Near(dates, t[at].Start, t.Text.Length))
        {
            if (t.IndexAt(d.Span.End) == at - 1)
            {
                return d;
            }
        }

        return null;
    }

    // "… and preliminary data put 2024 at about $4.8 billion": the year an estimate puts at the amount. "млрд долларов: 2021 —
    // 2,97; 2022 — 4,6": the row of a table's cell written as a line.
    private static DateMention? YearPutAt(TokenStream t, int at, IReadOnlyList<DateMention> dates)
    {
        if (t.IsSymbol(at - 1, '-'))
        {
            return Near(dates, t[at].Start, t.Text.Length).FirstOrDefault(d => d.Granularity == "year" && t.IndexAt(d.Span.End) == at - 1);
        }

        var p = t.IsAny(at - 1, ["about", "around", "some", "nearly", "roughly"]) ? at - 2 : at - 1;
        if (!t.Is(p, "at"))
        {
            return null;
        }

        foreach (var d in Near(dates, t[at].Start, t.Text.Length))
        {
            var k = t.IndexAt(d.Span.Start);
            if (t.IndexAt(d.Span.End) == p && t.IsAny(k - 1, ["put", "puts", "putting"]))
            {
                return d;
            }
        }

        return null;
    }

    // "… составил 9,8 млрд долларов и вырос на 7% — годом ранее он находился на уровне около 9,2 млрд": "the year before",
    // said between the claim just made and this figure in one sentence, is the year before that claim's.
    private static Period? YearBeforeSaidBetween(TokenStream t, int at, List<Claim> claims, string indicator)
    {
        if (claims.Count == 0 || claims[^1] is not { } claim || claim.Indicator != indicator || t.IndexAt(claim.Span.End) is var from && !t.SameSentence(from, at))
        {
            return null;
        }

        for (var k = from; k < at; k++)
        {
            if (s_yearBefore.Any(words => MatchesAt(t, k, words)))
            {
                return YearsBefore(claim, 1);
            }
        }

        return null;
    }

    // A pronoun's amount needs a date of its own in its clause ("In 2021 … the figure stood at …"), and one the claim of
    // the sentence before does not already have: without it the pronoun may well restate that claim.
    private static Period? AnaphoricPeriod(TokenStream t, int at, int after, IReadOnlyList<DateMention> dates, int[] segments, List<Claim> claims, string indicator)
    {
        // (A date right after the figure is its own, as for any figure: "It rose from $2.9bn in 2021 to $4.8bn in 2024".)
        if (SegmentDate(t, at, dates, segments, after) is not { } date)
        {
            // "Годом ранее показатель составлял $4,35 млрд".
            return YearOfLastClaim(t, at, segments, claims, indicator);
        }

        var period = ToPeriod(date, indicator);
        var previous = PreviousSentence(t, at);
        foreach (var c in claims)
        {
            if (c.Indicator == indicator && c.Period == period && t.SentenceOf[t.IndexAt(c.Span.Start)] == previous)
            {
                return null;
            }
        }

        return period;
    }

    // The index of the sentence before token at's (sentence numbers skip one at a paragraph break), or -1.
    private static int PreviousSentence(TokenStream t, int at)
    {
        var first = at;
        while (first > 0 && t.SentenceOf[first - 1] == t.SentenceOf[at])
        {
            first--;
        }

        return first > 0 ? t.SentenceOf[first - 1] : -1;
    }

    // "a thousand of them": a part of a figure already counted, not an indicator of its own.
    private static bool IsPart(TokenStream t, Figure f)
    {
        var after = t.IndexAt(f.Span.End);
        return f.Text.EndsWith("them", StringComparison.Ordinal) || t.Is(after, "of") && t.IsAny(after + 1, ["them", "these", "which"]);
    }

    // How far from a figure its subject and period are looked for: enough for a sentence, and it keeps time linear.
    private const int Window = 40;

    // The indicator the cue nearest the figure names, and where that cue is.
    private static string? MoneyIndicator(TokenStream t, int at, int[] segments, out int cue)
    {
        string? best = null;
        cue = -1;
        var bestDistance = int.MaxValue;
        for (var k = Math.Max(0, at - Window); k < t.Count && k <= at + Window; k++)
        {
            if (segments[k] != segments[at] || CueAt(t, k) is not { } indicator || k < at && InABracketClosedBefore(t, k, at))
            {
                continue;
            }

            // A cue before the figure is its subject; one after is weaker ("$5 bn of investment" still counts).
            var distance = k < at ? at - k : (k - at) * 2;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = indicator;
                cue = k;
            }
        }

        return best;
    }

    // "товарооборот … 4 812,6 млн долларов (экспорт — …, импорт — …), за 2023 год — 4,37 млрд": a cue inside a bracket that
    // closes before the figure is the bracket's.
    private static bool InABracketClosedBefore(TokenStream t, int cue, int at)
    {
        for (var j = cue + 1; j < at; j++)
        {
            if (t.IsSymbol(j, '('))
            {
                return false;
            }

            if (t.IsSymbol(j, ')'))
            {
                return true;
            }
        }

        return false;
    }

    // The first tokens of the regions and cities the text names (not states, not capitals).
    private static HashSet<int> RegionStarts(TokenStream t, IReadOnlyList<EntityMention>? entities) =>
        entities is null ? [] : [.. entities.Where(e => e.Id is { } id && Gazetteer.IsRegion(id)).Select(e => t.IndexAt(e.Span.Start))];

    private const int RegionReach = 6;

    /// <summary>
    /// True when the turnover is a region's: a region right before the cue ("Dagestan's trade") or among the words right
    /// after it, before any comma or figure ("товарооборот Астраханской области с Азербайджаном", "trade between Azerbaijan
    /// and the Astrakhan region"). The states' series takes no region's figure.
    /// </summary>
    private static bool IsARegionsTurnover(TokenStream t, int cue, HashSet<int> regions)
    {
        if (regions.Count == 0 || cue < 0)
        {
            return false;
        }

        // "Dagestan's trade turnover": the possessive may be tokens of its own, and the cue found may be the name's last word.
        for (var k = cue - 1; k >= 0 && k >= cue - 4; k--)
        {
            if (regions.Contains(k))
            {
                return true;
            }

            if (!t.IsSymbol(k, '\'') && !t.IsSymbol(k, '’') && !t.IsAny(k, ["s", "'s", "’s"]) && CueAt(t, k) is null)
            {
                break;
            }
        }

        for (var k = cue + 1; k < t.Count && k <= cue + RegionReach && t.SameSentence(cue, k) && !t.IsSymbol(k, ',') && !t.IsNumber(k); k++)
        {
            if (regions.Contains(k))
            {
                return true;
            }
        }

        return false;
    }

    // The indicator a money cue starting at token k names ("trade turnover", "товарооборот"), or null.
    private static string? CueAt(TokenStream t, int k)
    {
        if (!t.IsWord(k) || !s_cuePrefixes.Contains(Prefix(t.Span(k))))
        {
            return null;
        }

        if (IsStatesTradeWith(t, k) || IsAPairsTrade(t, k) || IsTradeReportedAsAnAmount(t, k) || IsRussianTradeReportedAsAnAmount(t, k) || IsBareRussianTurnover(t, k)
            || IsRussianForeignTradeWith(t, k))
        {
            return IndicatorKeys.TradeTurnover;
        }

        foreach (var (words, indicator) in s_moneyCues)
        {
            if (MatchesAt(t, k, words))
            {
                return indicator == IndicatorKeys.TradeTurnover && IsAStatesForeignTrade(t, k) ? null : indicator;
            }
        }

        return null;
    }

    // "foreign", "external", "xarici", "внешн…": a state's trade with the whole world.
    private static readonly string[] s_foreign = ["foreign", "external", "xarici", "внешн*", "внешнеторгов*"];

    // The words that name the other side of a trade: "with", "between", "ilə", "arasında", "с", "между".
    private static readonly string[] s_tradePartnerWords = ["with", "between", "ilə", "arasında", "с", "со", "между"];

    // How many words around a turnover may name its other side.
    private const int PartnerReach = 4;

    /// <summary>
    /// True for a state's foreign trade turnover, its trade with every country: "the foreign trade turnover of the Republic
    /// of Azerbaijan amounted to 47 billion …", "Azərbaycanın xarici ticarət dövriyyəsi 49 milyard … təşkil edib". It is no
    /// pair's turnover unless the other side is named beside it ("Rusiya ilə xarici ticarət dövriyyəsi", "foreign trade
    /// turnover with Russia").
    /// </summary>
    private static bool IsAStatesForeignTrade(TokenStream t, int k)
    {
        // ("turnover" may be the cue read, after "foreign trade".)
        var qualifier = AnyStem(t, k - 1, s_tradeWords) && t.SameSentence(k - 1, k) ? k - 2 : k - 1;
        if (!t.IsWord(qualifier) || !t.SameSentence(qualifier, k) || !AnyStem(t, qualifier, s_foreign))
        {
            return false;
        }

        for (var p = Math.Max(0, qualifier - PartnerReach); p <= k + PartnerReach && p < t.Count; p++)
        {
            if (t.SameSentence(p, k) && t.IsAny(p, s_tradePartnerWords))
            {
                return false;
            }
        }

        return true;
    }

    // "Georgia's trade with Turkey": a state's trade with another is their turnover; a region's ("Kakheti's trade with
    // Turkey") or a company's is not. An amount "of trade with Russia" is the turnover with that state.
    private static bool IsStatesTradeWith(TokenStream t, int k)
    {
        // "4.8 billion US dollars of trade with Russia": the amount is of the trade with the state that follows.
        if (t.Is(k, "trade") && t.Is(k + 1, "with") && t.Is(k - 1, "of") && t.IsWord(k - 2) && CurrencyTable.FromWord(t.Span(k - 2)) is not null
            && t.IsCapitalised(k + 2))
        {
            return true;
        }

        if (!t.Is(k, "trade") || !t.Is(k + 1, "with") || !t.IsCapitalised(k - 1))
        {
            return false;
        }

        var owner = t.Span(k - 1);
        if (owner.Length < 4 || !(owner.EndsWith("'s", StringComparison.Ordinal) || owner.EndsWith("’s", StringComparison.Ordinal)))
        {
            return false;
        }

        var name = owner[..^2];
        var states = CountryTable.Find(name);
        return states.Count == 1 && states[0].Span.Start == 0 && states[0].Span.End == name.Length;
    }

    // "trade reached $4.8 billion", "… and trade, which reached $4.8 billion in 2024": bare "trade" is the subject of a verb
    // that reports an amount (not a trade mission, a trade fair or "trade in services"). Qualified, it is not the pair's:
    // "Georgia's trade", "foreign trade", "grain trade".
    // "Last year trade with Russia reached 4.8 billion dollars": after the sentence's time, and with the state it is with;
    // "Trade last year topped four billion dollars": the time between.
    // "Its trade with Russia reached $4.8 billion": a possessive pronoun stands for the state the text is about.
    private static bool IsTradeReportedAsAnAmount(TokenStream t, int k) =>
        t.Is(k, "trade") && (k == 0 || !t.SameSentence(k - 1, k) || !t.IsCapitalised(k) && (t.IsAny(k - 1, ["and", "the", "its", "their"]) || t.IsSymbol(k - 1, ',') || OpensWithItsYear(t, k)))
        && (AnyStem(t, k + 1, s_pastAmountVerbs) || IsAPerfectOfAmount(t, k + 1) || t.IsSymbol(k + 1, ',') && t.Is(k + 2, "which") && AnyStem(t, k + 3, s_pastAmountVerbs)
            || t.Is(k + 1, "with") && AfterAStatesName(t, k + 2) is { } verb && AnyStem(t, verb, s_pastAmountVerbs)
            || IsAYearPhrase(t, k + 1) && AnyStem(t, k + 3, s_pastAmountVerbs));

    // The longest name of a state a trade may be with.
    private const int StateNameReach = 3;

    // The token after a state's name that starts at token k: "Russia", "the Russian Federation", "the United Arab Emirates".
    private static int? AfterAStatesName(TokenStream t, int k)
    {
        var first = t.Is(k, "the") ? k + 1 : k;
        var last = first;
        while (last + 1 < t.Count && last + 1 - first < StateNameReach && t.IsCapitalised(last + 1) && t.SameSentence(first, last + 1))
        {
            last++;
        }

        return t.IsCapitalised(first) && t.SameSentence(k, last) && CountryTable.Find(t.Text.AsSpan(t[first].Start, t[last].End - t[first].Start)).Count == 1 ? last + 1 : null;
    }

    /// <summary>
    /// True when the change is told after the figure with a time of its own, past a comma: "$2.9 billion in 2021, and in
    /// January–May 2022 it rose by a further 20%" is the five months' change, not 2021's.
    /// </summary>
    private static bool IsAnotherTimesChange(TokenStream t, Figure figure, Figure change, IReadOnlyList<DateMention> dates)
    {
        if (change.Span.Start < figure.Span.End)
        {
            return false;
        }

        var comma = t.Text.IndexOf(',', figure.Span.End, change.Span.Start - figure.Span.End);
        return comma >= 0 && dates.Any(d => d.Span.Start > comma && d.Span.End <= change.Span.Start);
    }

    // "has grown from $600 million in 2000 to $2.9 billion", "had reached": the perfect of a verb that reports an amount.
    private static bool IsAPerfectOfAmount(TokenStream t, int k) => t.IsAny(k, ["has", "had"]) && t.IsAny(k + 1, s_amountParticiples);

    private static readonly string[] s_amountParticiples =
        ["reached", "amounted", "totalled", "totaled", "exceeded", "grown", "risen", "increased", "decreased", "fallen", "declined", "dropped", "surpassed", "topped", "climbed", "doubled"];

    // "last year", "this year" between trade and its verb: "Trade last year topped four billion dollars".
    private static bool IsAYearPhrase(TokenStream t, int k) => t.IsAny(k, ["last", "this"]) && t.Is(k + 1, "year");

    // "Last year trade …", "This year trade …", "In 2024 trade …": the sentence (or a speaker's line, "HOST: …") opens with its
    // year, then the subject.
    private static bool OpensWithItsYear(TokenStream t, int k) =>
        k >= 2 && (k == 2 || !t.SameSentence(k - 3, k - 2) || t.IsSymbol(k - 3, ':'))
        && (t.Is(k - 1, "year") && t.IsAny(k - 2, ["last", "this"]) || t.Is(k - 2, "in") && t.IsAYear(k - 1));

    // "По итогам 2024 года торговля вышла на рекордный уровень — 4 млрд 812 млн долларов": bare "торговля" (no adjective
    // before it: not "внешняя торговля", "мировая торговля") as the subject of a verb that reports an amount.
    private static bool IsRussianTradeReportedAsAnAmount(TokenStream t, int k) =>
        t.Is(k, "торговля") && !(t.IsWord(k - 1) && t.SameSentence(k - 1, k) && (t.Span(k - 1).EndsWith("ая") || t.Span(k - 1).EndsWith("яя")))
        && (AnyStem(t, k + 1, s_pastAmountVerbs) || t.Is(k + 1, "вышла") && t.Is(k + 2, "на"));

    // "оборот квартала составил …", "а за весь 2024 год — …": bare "оборот", as "turnover" is in English, with no adjective
    // before it that makes it another turnover ("розничный оборот", "внешнеторговый оборот").
    private static bool IsBareRussianTurnover(TokenStream t, int k) =>
        t.StartsWith(k, "оборот") && t.Span(k).Length <= "оборотом".Length
        && !(t.IsWord(k - 1) && t.SameSentence(k - 1, k) && t.Span(k - 1).Length > 3 && RussianInflection.HasAdjectiveEnding(t.Span(k - 1)));

    // "Внешнеторговый оборот с Российской Федерацией … составил 4 781,6 млн долларов": a state's foreign trade with the state
    // that follows is their turnover (with none, it is the state's trade with the world).
    private static bool IsRussianForeignTradeWith(TokenStream t, int k) =>
        t.StartsWith(k, "оборот") && t.IsWord(k - 1) && t.SameSentence(k - 1, k) && t.StartsWith(k - 1, "внешнеторгов")
        && t.IsAny(k + 1, ["с", "со"]) && t.IsCapitalised(k + 2);

    // The words of trade a pair of states may qualify.
    private static readonly string[] s_tradeWords = ["trade", "commerce", "торговл*", "ticarət*"];

    // Dashes a pair of states may be written with as a token of its own: "Kazakhstan – Azerbaijan trade".
    private static readonly char[] s_pairDashes = ['-', '–', '—'];

    /// <summary>
    /// True for trade named by the pair of states before it: "Russian-Azerbaijani trade", "Kazakhstan–Azerbaijan trade",
    /// "российско-иранская торговля", "Azərbaycan-Türkiyə ticarəti". Whose pair it is, the partnership's or another, is
    /// decided where claims are matched to a partnership.
    /// </summary>
    private static bool IsAPairsTrade(TokenStream t, int k)
    {
        if (k < 1 || !AnyStem(t, k, s_tradeWords))
        {
            return false;
        }

        if (t.IsWord(k - 1) && Demonyms.PairOf(t.Span(k - 1).ToString()) is not null)
        {
            return true;
        }

        return k >= 3 && s_pairDashes.Any(dash => t.IsSymbol(k - 2, dash)) && t.IsWord(k - 3) && t.IsWord(k - 1)
            && Demonyms.StateOfWord(t.Span(k - 3)) is { } first && Demonyms.StateOfWord(t.Span(k - 1)) is { } second && first != second;
    }

    // "In 2023 it reached $4.3 billion" after a sentence naming trade turnover: the indicator that sentence names last.
    private static string? AnaphoricIndicator(TokenStream t, int at, int after, int[] segments)
    {
        if (ClauseStart(at, segments) is not { } first)
        {
            return null;
        }

        // (Or the clause before a semicolon: "Trade turnover grew by 14% in January-October; in 2020 it amounted to $2.4 billion",
        // or before a contrast: "Turnover reached $4.8 billion in 2024 …, while in 2021 it stood at $2.9 billion".)
        var sameSentence = first > 0 && t.SentenceOf[first - 1] == t.SentenceOf[at];
        var afterClause = sameSentence && (t.IsSymbol(first, ';') || t.IsSymbol(first - 1, ',') && t.IsAny(first, s_segmentBreaks));
        var listsYears = !afterClause && first > 0 && OpensAListOfYears(t, first);
        if (first == 0 || sameSentence && !afterClause || !HasAnaphorAndAmountVerb(t, first, at, after, segments) && !listsYears)
        {
            return null;
        }

        // The sentence (or clause) before: its last cue is what the pronoun stands for. A breakdown after a colon details
        // the subject before it: "ticarət dövriyyəsi 4 milyard 806 milyon dollar olub: ixrac …, idxal …. 2023-cü ildə bu
        // göstərici …" is the turnover's. The lines of a list of years go back to what the list is under ("Ticarət
        // dövriyyəsi" over "• 2022: 4,6 mlrd dollar", "• 2023: …").
        var previous = afterClause ? segments[first - 1] : t.SentenceOf[first - 1];
        while (listsYears && SentenceStart(t, previous) is > 0 and var previousStart && OpensAListOfYears(t, previousStart))
        {
            previous = t.SentenceOf[previousStart - 1];
        }

        var of = afterClause ? segments : t.SentenceOf;
        var end = first - 1;
        while (end > 0 && of[end] > previous)
        {
            end--; // past the list's earlier lines
        }

        if (LastCueOf(t, of, previous, end, afterClause) is { } indicator)
        {
            return indicator;
        }

        // A list's own lead that names no figure goes back to the sentences before it: "Товарооборот России и Азербайджана
        // обновляет максимумы. По данным таможни, динамика выглядит так: 2021 — 2,97 млрд долларов; …", "… ticarət
        // dövriyyəsi 4,71 milyard dollar olub. Rusiyanın payı … 9,8 faizini təşkil edib. Son illərin göstəricilərinə nəzər
        // salaq: 2019 — 3,12 milyard dollar; …".
        if (listsYears && t.IsSymbol(end, ':'))
        {
            var sentence = previous;
            for (var back = 0; back < MaxSentencesBeforeALead && SentenceStart(t, sentence) is > 0 and var sentenceStart; back++)
            {
                sentence = of[sentenceStart - 1];
                if (LastCueOf(t, of, sentence, sentenceStart - 1, afterClause) is { } before)
                {
                    return before;
                }
            }
        }

        return null;
    }

    // How many sentences before a list's lead may name the figure the list gives year by year.
    private const int MaxSentencesBeforeALead = 2;

    // The last cue of a sentence (or clause) up to its end, before a colon that opens a breakdown.
    private static string? LastCueOf(TokenStream t, int[] of, int previous, int end, bool afterClause)
    {
        var last = end;
        for (var k = end; k >= 0 && of[k] == previous; k--)
        {
            if (t.IsSymbol(k, ':'))
            {
                last = k - 1;
            }
        }

        for (var k = last; k >= 0 && of[k] == previous; k--)
        {
            if (CueAt(t, k) is { } indicator)
            {
                return indicator;
            }

            // "Trade tells the same story. It rose from $2.9bn …": bare trade as the sentence's subject, first word.
            if (!afterClause && t.Is(k, "trade") && (k == 0 || !t.SameSentence(k - 1, k)) && t.IsAny(k + 1, s_verbsAfterASubject))
            {
                return IndicatorKeys.TradeTurnover;
            }
        }

        return null;
    }

    // "… рапортуют о товарообороте. В 2021 году — 2 млрд 900 млн долларов, в 2022-м — 4,6 млрд …": a sentence that lists
    // years and amounts with no verb lists the figure the sentence before spoke of. So does the line of a list, a bullet
    // or none before its year and a colon after it ("• 2022: 4,6 mlrd dollar", "• 2024-cü ildə: 4 799 000 000 dollar").
    private static bool OpensAListOfYears(TokenStream t, int first)
    {
        var k = t.IsAny(first, ["в", "во", "за", "in"]) ? first + 1 : t.IsABullet(first) ? first + 1 : first;
        if (!t.IsAYear(k))
        {
            return false;
        }

        for (var j = k + 1; j <= k + 4 && t.SameSentence(k, j); j++)
        {
            if ((t.IsSymbol(j, '-') || t.IsSymbol(j, ':')) && (t.IsNumber(j + 1) || t.IsCurrencySign(j + 1)))
            {
                return true;
            }

            if (!t.IsWord(j) && !t.IsSymbol(j, '-'))
            {
                return false;
            }
        }

        return false;
    }

    // Where the sentence numbered <paramref name="sentence"/> starts (a token index), or -1.
    private static int SentenceStart(TokenStream t, int sentence) => Array.IndexOf(t.SentenceOf, sentence, 0, t.Count);

    // A clause that is only an amount and its year: "; 4.4 billion USD in 2023;" (first is the semicolon).
    private static bool IsABareAmountOfAYear(TokenStream t, int first, int at, int after, int[] segments)
    {
        if (at != first + 1)
        {
            return false;
        }

        var k = after;
        if (t.IsAny(k, ["in", "в", "for", "за"]))
        {
            k++;
        }

        if (!t.IsAYear(k))
        {
            return false;
        }

        k++;
        if (t.IsAny(k, ["году", "г"]))
        {
            k++;
        }

        return k >= t.Count || segments[k] != segments[at] || t.IsSymbol(k, '.') || t.IsSymbol(k, ';');
    }

    // Verbs right after "Trade" opening a sentence that make it the subject ("Trade missions" are not trade).
    private static readonly string[] s_verbsAfterASubject =
        ["tells", "shows", "keeps", "remains", "continues", "looks", "is", "was", "has", "had", "grew", "rose", "fell", "went"];

    // Where the figure's segment starts, when that is within the window before it: a pronoun or a contrast that opens the
    // figure's clause is close to it, and a text with no sentence breaks would otherwise be walked back at every figure.
    private static int? ClauseStart(int at, int[] segments)
    {
        var first = at;
        while (first > 0 && segments[first - 1] == segments[at])
        {
            if (at - first >= Window)
            {
                return null;
            }

            first--;
        }

        return first;
    }

    // "2021-ci ildə o, 3,2 milyard dollara, 2022-ci ildə isə 3,7 milyard dollara çatıb": a contrast clause after a comma
    // that names no subject of its own shares the one of the clause before, whose figure was just claimed.
    private static string? ContrastContinuing(TokenStream t, int at, int[] segments, List<Claim> claims)
    {
        if (ClauseStart(at, segments) is not { } first)
        {
            return null;
        }

        if (first == 0 || claims.Count == 0 || !t.IsSymbol(first - 1, ',') || !t.SameSentence(first - 1, at) || !IsAzerbaijaniContrast(t, first))
        {
            return null;
        }

        var before = t.IndexAt(claims[^1].Span.Start);
        return before < first && segments[before] == segments[at] - 1 ? claims[^1].Indicator : null;
    }

    // The pronoun is the subject of the amount: "it reached", "он составил" (an amount verb right after it); Azerbaijani
    // puts the verb after the figure ("o, 4,3 milyard dollar təşkil edib"). "Он сообщил, что…" (he said) is not one.
    private static bool HasAnaphorAndAmountVerb(TokenStream t, int first, int at, int after, int[] segments)
    {
        for (var k = first; k < at; k++)
        {
            if (!AnyStem(t, k, s_anaphors))
            {
                continue;
            }

            // "The 2022 figure of $4.48 billion remains the highest on record".
            if (AnyStem(t, k + 1, s_amountVerbs) || k + 2 < at && AnyStem(t, k + 2, s_amountVerbs) || t.Is(k, "figure") && t.Is(k + 1, "of") && k + 2 == at)
            {
                return true;
            }

            // Azerbaijani sets the pronoun subject off with a comma, and its verb may come anywhere after it: "o, bir qədər
            // azalaraq 2,3 milyard dollara …".
            if (t.Is(k, "o") && t.IsSymbol(k + 1, ','))
            {
                for (var j = k + 2; j < at; j++)
                {
                    if (AnyStem(t, j, s_amountVerbs))
                    {
                        return true;
                    }
                }
            }

            // After the whole figure: "bu göstərici 2 milyard 140 milyon dollar idi". Azerbaijani ends the sentence with the
            // verb, however many amounts come first: "bu göstərici 4,37 milyard dollar, 2022-ci ildə isə 4,1 milyard … olub".
            var verbFinal = t.IsAny(k, ["göstərici", "rəqəm"]);
            for (var j = after; j < t.Count && (j <= after + 2 && segments[j] == segments[at] || verbFinal && t.SameSentence(j, at)); j++)
            {
                if (AnyStem(t, j, s_amountVerbs))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? CountIndicator(TokenStream t, Figure f, int at, int[] segments)
    {
        var unit = f.Unit;
        bool Starts(string prefix) => unit.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
        bool SegmentHas(params string[] stems) => SegmentContains(t, at, segments, stems);

        if (Starts("student") || Starts("студент") || Starts("tələbə"))
        {
            return IndicatorKeys.Students;
        }

        if (Starts("school") || Starts("школ") || Starts("məktəb"))
        {
            return IndicatorKeys.Schools;
        }

        if (Starts("roadmap") || unit == "maps" && f.Text.Contains("road", StringComparison.OrdinalIgnoreCase) || Starts("карт") && f.Text.Contains("дорожн", StringComparison.OrdinalIgnoreCase))
        {
            return IndicatorKeys.Roadmaps;
        }

        if ((Starts("clause") || Starts("paragraph") || Starts("пункт") || Starts("bənd"))
            && SegmentHas("declaration", "document", "декларац", "документ", "bəyannamə", "sənəd"))
        {
            return IndicatorKeys.Clauses;
        }

        if (Starts("application") || Starts("заяв"))
        {
            return IndicatorKeys.Applications;
        }

        if ((Starts("refugee") || Starts("беженц") || Starts("qaçqın") || Starts("displaced")) && SegmentHas("return", "вернул", "возвращ", "qayıt"))
        {
            return IndicatorKeys.ReturnedRefugees;
        }

        if ((Starts("document") || Starts("agreement") || Starts("документ") || Starts("соглашени") || Starts("sənəd"))
            && SegmentHas("signed", "legal", "contractual", "подписан", "правов", "imzalan"))
        {
            return IndicatorKeys.SignedDocuments;
        }

        if (Starts("tourist") || Starts("trips") || Starts("турист") || Starts("поездк") || Starts("turist"))
        {
            return IndicatorKeys.TouristTrips;
        }

        if ((Starts("ton") || Starts("тонн")) && SegmentHas("freight", "cargo", "груз", "yük"))
        {
            return IndicatorKeys.Freight;
        }

        return null;
    }

    private static string? ShareIndicator(TokenStream t, int at, int[] segments) =>
        SegmentContains(t, at, segments, "national currenc", "национальных валют", "национальной валют", "milli valyuta") ? IndicatorKeys.NationalCurrencyShare : null;

    private static bool SegmentContains(TokenStream t, int at, int[] segments, params string[] stems)
    {
        var text = t.Text;
        var first = at;
        while (first > 0 && at - first < Window && segments[first - 1] == segments[at])
        {
            first--;
        }

        var last = at;
        while (last + 1 < t.Count && last - at < Window && segments[last + 1] == segments[at])
        {
            last++;
        }

        var span = text.AsSpan(t[first].Start, t[last].End - t[first].Start);
        foreach (var stem in stems)
        {
            if (span.Contains(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static Period? PeriodFor(TokenStream t, int at, int after, IReadOnlyList<DateMention> dates, int[] segments, DateOnly? documentDate, string indicator,
        List<Claim> claims)
    {
        var best = SegmentDate(t, at, dates, segments, after);
        if (best is null && (YearOfLastClaim(t, at, segments, claims, indicator) ?? SameYearAsNamedBefore(t, at, dates, segments)
                             ?? ReportingPeriod(t, at, claims)) is { } relative)
        {
            return relative;
        }

        // "Exports amounted to $3.2 billion last year, while imports reached $1.1 billion": the sentence's date, when the
        // clause reports a past amount too ("whereas investment stands at $4 billion" is today's).
        if (best is null && ReportsPastAmount(t, at, segments))
        {
            best = SentenceDate(t, at, dates);
        }

        // A stock with no date of its own is the report's day's ("investment stands at $4 billion"); a flow is never a day's:
        // "по итогам года может превысить 4,5 млрд" or "exports grew to $3.5 billion" with no period said make no point.
        if (best is null)
        {
            return documentDate is { } doc && !IsFlow(indicator) ? new Period(doc, doc) : null;
        }

        return ToPeriod(best, indicator);
    }

    // How far back (in tokens, about three sentences) "the previous year" looks for the claim it follows.
    private const int YearBeforeReach = 2 * Window;

    // "the previous year", "годом ранее", "əvvəlki ildə": the year before that of the claim just made for the same
    // indicator (with no other claim between), not the year before the report's: "… 4,8 milyard dollar olub. … əvvəlki
    // ildə dövriyyə 4,3 milyard dollar olub". "The same year", "в том же году", "həmin il": that claim's year itself
    // ("товарооборот Дагестана … в 2020 году составил 96,4 млн … товарооборот России и Азербайджана в том же году …").
    private static Period? YearOfLastClaim(TokenStream t, int at, int[] segments, List<Claim> claims, string indicator)
    {
        if (claims.Count == 0 || claims[^1] is not { } claim || claim.Indicator != indicator
            || at - t.IndexAt(claim.Span.Start) > YearBeforeReach || SegmentSaysWhichYear(t, at, segments) is not { } yearsBack)
        {
            return null;
        }

        return YearsBefore(claim, yearsBack);
    }

    // The calendar year some years before a claim's, when the claim is for one whole calendar year.
    private static Period? YearsBefore(Claim claim, int yearsBack)
    {
        if (claim.Period is not { } last || last.Start.Month != 1 || last.End.Month != 12 || last.Start.Year != last.End.Year)
        {
            return null;
        }

        var year = last.Start.Year - yearsBack;
        return new Period(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }

    // "В 2023 году переводы в рублях достигли 210 млрд рублей. … в том же году товарооборот составил 4,4 млрд долларов":
    // with no claim before it, "the same year" is the last whole year the text named before the figure.
    private static Period? SameYearAsNamedBefore(TokenStream t, int at, IReadOnlyList<DateMention> dates, int[] segments)
    {
        if (SegmentSaysWhichYear(t, at, segments) != 0)
        {
            return null;
        }

        Period? year = null;
        foreach (var d in Near(dates, t[at].Start, t.Text.Length))
        {
            var k = t.IndexAt(d.Span.Start);
            if (k < at && at - k <= YearBeforeReach && d.Start is { Month: 1, Day: 1 } start && d.End is { Month: 12, Day: 31 } end && start.Year == end.Year)
            {
                year = new Period(start, end);
            }
        }

        return year;
    }

    // "in the reporting period", "за отчётный период", "hesabat dövründə": the period the report is about, which it states
    // with its first figure ("2023-cü ildə … ticarət dövriyyəsi … təşkil edib. … hesabat dövründə … ixracı 1,16 milyard
    // dollar olub"), not the day it was written.
    // (Said anywhere in the sentence: "Hesabat dövründə ixrac …, idxal isə … olub". A day is no reporting period: the first
    // claim over a longer one.)
    private static Period? ReportingPeriod(TokenStream t, int at, List<Claim> claims) =>
        claims.Count > 0 && SegmentSays(t, at, t.SentenceOf, s_reportingPeriod) ? claims.Find(c => c.Period is { } p && p.End > p.Start)?.Period : null;

    private static readonly string[][] s_reportingPeriod =
    [
        ["reporting", "period"], ["отчетный", "период"], ["отчётный", "период"], ["отчетном", "периоде"], ["отчётном", "периоде"],
        ["hesabat", "dövründə"], ["hesabat", "dövrü*"],
    ];

    private static readonly string[][] s_yearBefore =
    [
        ["previous", "year"], ["a", "year", "earlier"], ["предыдущем", "году"], ["предыдущего", "года"], ["годом", "ранее"], ["əvvəlki", "il*"],
    ];

    private static readonly string[][] s_sameYear =
    [
        ["the", "same", "year"], ["том", "же", "году"], ["тот", "же", "год"], ["həmin", "il*"], ["eyni", "il*"],
        // "Азербайджан по итогам года занял шестое место": the year the report has just named.
        ["по", "итогам", "года"],
    ];

    // 1 when the figure's segment says "the previous year", 0 when "the same year", else null.
    private static int? SegmentSaysWhichYear(TokenStream t, int at, int[] segments) =>
        SegmentSays(t, at, segments, s_yearBefore) ? 1 : SegmentSays(t, at, segments, s_sameYear) ? 0 : null;

    private static bool SegmentSays(TokenStream t, int at, int[] segments, string[][] phrases)
    {
        for (var k = Math.Max(0, at - Window); k < t.Count && k <= at + Window; k++)
        {
            if (segments[k] != segments[at] || !t.IsWord(k))
            {
                continue;
            }

            // ("на 11,6% больше, чем годом ранее": the year before is the percentage's base, not the amount's year.)
            foreach (var words in phrases)
            {
                if (MatchesAt(t, k, words) && !IsComparisonBase(t, k))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // The date nearest the figure in its segment, other than the base of a comparison; a date right after the figure (at
    // the token after it, <paramref name="after"/>, or one word on) before any other ("this year, after $3.5 billion in
    // 2021"), and one across a clause with its own time after all others.
    private static DateMention? SegmentDate(TokenStream t, int at, IReadOnlyList<DateMention> dates, int[] segments, int after = -1)
    {
        DateMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var d in Near(dates, t[at].Start, t.Text.Length))
        {
            var k = t.IndexAt(d.Span.Start);
            if (k >= t.Count || Math.Abs(k - at) > Window || segments[k] != segments[at] || IsComparisonBase(t, k) && !IsWhenOf(t, d, at))
            {
                continue;
            }

            // A date after the figure that a bracket or a compared amount claims is theirs: "4 milyard 370 milyon dollar təşkil
            // edib (2022-ci ildə …)", "grew to $4.8 billion, against $4.37 billion in 2023". A date after the bracket a figure
            // is in is not the figure's: "(…, импорт — 3 638,3 млн долларов), за 2023 год — …".
            if (k > at && BracketOrComparisonBetween(t, at, k))
            {
                continue;
            }

            var distance = after >= 0 && k >= after && k <= after + 1 ? 0 : Math.Abs(k - at);
            if (distance >= bestDistance)
            {
                continue;
            }

            // (Read only for a date that would otherwise be the nearest: the words between are walked once for it.)
            if (distance > 0 && ClauseWithItsTimeBetween(t, k, at))
            {
                distance += Window;
            }

            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = d;
            }
        }

        return best;
    }

    private static readonly string[] s_comparedAmountLeads = ["against", "versus", "vs", "против"];

    private static bool BracketOrComparisonBetween(TokenStream t, int at, int k)
    {
        for (var j = at + 1; j < k; j++)
        {
            if (t.IsSymbol(j, '(') || t.IsSymbol(j, ')') || t.IsAny(j, s_comparedAmountLeads))
            {
                return true;
            }
        }

        return false;
    }

    private static Period ToPeriod(DateMention best, string indicator)
    {
        if (best.Value is { } day)
        {
            return new Period(day, day);
        }

        var (start, end) = (best.Start!.Value, best.End!.Value);

        // "amounted to $3.2 billion in late 2019": a flow reported at the end of a year is that year's total.
        if (best.Granularity == "part" && start.Year == end.Year && end.Month == 12 && IsFlow(indicator))
        {
            start = new DateOnly(start.Year, 1, 1);
        }

        return new Period(start, end);
    }

    // Indicators counted over a period (a year's trade, a month's freight), not stocks at a day.
    private static bool IsFlow(string indicator) =>
        indicator is IndicatorKeys.TradeTurnover or IndicatorKeys.Exports or IndicatorKeys.Imports or IndicatorKeys.Freight or IndicatorKeys.TouristTrips;

    private static bool ReportsPastAmount(TokenStream t, int at, int[] segments)
    {
        for (var k = Math.Max(0, at - Window); k < t.Count && k <= at + Window; k++)
        {
            if (segments[k] == segments[at] && AnyStem(t, k, s_pastAmountVerbs))
            {
                return true;
            }
        }

        return false;
    }

    private static DateMention? SentenceDate(TokenStream t, int at, IReadOnlyList<DateMention> dates)
    {
        DateMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var d in Near(dates, t[at].Start, t.Text.Length))
        {
            var k = t.IndexAt(d.Span.Start);
            if (k < t.Count && t.SameSentence(k, at) && Math.Abs(k - at) <= Window && !IsComparisonBase(t, k) && Math.Abs(k - at) < bestDistance
                && !(k > at && BracketOrComparisonBetween(t, at, k)))
            {
                (best, bestDistance) = (d, Math.Abs(k - at));
            }
        }

        return best;
    }

    // "compared to 2018", "по сравнению с 2018 годом", "than in 2018"; the same period of another year ("the same period
    // of last year", "the same period in 2021", "аналогичным периодом прошлого года", "ötən ilin eyni dövrü ilə müqayisədə").
    private static bool IsComparisonBase(TokenStream t, int k) =>
        t.Is(k - 1, "to") && t.Is(k - 2, "compared") || t.Is(k - 1, "with") && t.Is(k - 2, "compared") || t.IsAny(k - 1, ["than", "чем"])
        || t.IsAny(k - 2, ["than", "чем"]) || t.Is(k - 1, "с") && t.Is(k - 2, "сравнению") || t.Is(k - 1, "over") && t.Is(k - 2, "percent")
        || t.IsAny(k - 1, ["периодом", "периоду", "периода", "против"]) || t.IsAny(k - 1, ["of", "in"]) && t.Is(k - 2, "period")
        || AzerbaijaniComparisonAfter(t, k);

    private const int WhenClauseReach = 12;

    // "по сравнению с 2023 годом, когда он равнялся $4,4 млрд", "than in 2023, when the figure stood at $4.4 billion": the
    // amount of a clause that "when" opens right after the base year is that year's.
    private static bool IsWhenOf(TokenStream t, DateMention date, int at)
    {
        var k = t.IndexAt(date.Span.End);
        if (t.IsAny(k, ["годом", "году", "год"]))
        {
            k++;
        }

        if (t.IsSymbol(k, ','))
        {
            k++;
        }

        // ("when the figure stood at $4.1 billion", "when trade between the two countries stood at …": the clause's own words,
        // with no comma before the figure.)
        if (!t.IsAny(k, ["когда", "when"]) || at <= k || at - k > WhenClauseReach)
        {
            return false;
        }

        for (var j = k + 1; j < at; j++)
        {
            if (t.IsSymbol(j, ','))
            {
                return false;
            }
        }

        return true;
    }

    // "2023-cü illə müqayisədə", "ötən ilin eyni dövrü", "ötən ilin müvafiq dövrü" (the corresponding period), "2023-cü ilə
    // (4,3 milyard dollar) nisbətən": the amount of the base year may stand in brackets before the postposition.
    private static bool AzerbaijaniComparisonAfter(TokenStream t, int k)
    {
        const int BracketLength = 8;
        var reach = k + 4;
        for (var j = k + 1; j <= reach && j < t.Count && t.SameSentence(j, k); j++)
        {
            if (t.IsSymbol(j, '('))
            {
                reach = Math.Max(reach, j + BracketLength);
            }

            if (t.IsAny(j, ["eyni", "müvafiq"]) || t.Is(j, "müqayisədə") || t.Is(j, "nisbətən"))
            {
                return true;
            }
        }

        return false;
    }

    private static Period? SinceAfter(TokenStream t, int at, IReadOnlyList<DateMention> dates)
    {
        foreach (var d in Near(dates, t[at].Start, t.Text.Length))
        {
            var k = t.IndexAt(d.Span.Start);
            if (k > at && k < at + 8 && t.SameSentence(k, at) && IsComparisonBase(t, k) && d.Start is { } s && d.End is { } e)
            {
                return new Period(s, e);
            }
        }

        return null;
    }

    // The dates within a few hundred characters of a position (dates are in document order): a bounded look, not a scan.
    private static IEnumerable<DateMention> Near(IReadOnlyList<DateMention> dates, int position, int length)
    {
        const int Reach = 400;
        int lo = 0, hi = dates.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (dates[mid].Span.Start < position - Reach)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var k = lo; k < dates.Count && dates[k].Span.Start <= Math.Min(length, position + Reach); k++)
        {
            yield return dates[k];
        }
    }

    private static int ChangeSign(TokenStream t, int at)
    {
        // Azerbaijani states the direction after the figure: "16 faiz artaraq", "5 faiz azalıb".
        for (var k = at + 1; k <= at + 3 && k < t.Count; k++)
        {
            if (t.StartsWith(k, "artar") || t.StartsWith(k, "artıb") || t.StartsWith(k, "artım"))
            {
                return 1;
            }

            if (t.StartsWith(k, "azal"))
            {
                return -1;
            }
        }

        for (var k = at - 1; k >= Math.Max(0, at - 3); k--)
        {
            if (AnyStem(t, k, s_decrease))
            {
                return -1;
            }

            if (AnyStem(t, k, s_increase))
            {
                return 1;
            }
        }

        return 0;
    }

    private static int Nearest(TokenStream t, IReadOnlyList<Figure> figures, int n, int[] segments, Func<Figure, bool> wanted)
    {
        var at = t.IndexAt(figures[n].Span.Start);
        var best = -1;
        var bestDistance = int.MaxValue;
        for (var m = n - 1; m >= 0; m--)
        {
            var k = t.IndexAt(figures[m].Span.Start);
            if (segments[k] != segments[at])
            {
                break;
            }

            if (wanted(figures[m]))
            {
                (best, bestDistance) = (m, at - k);
                break;
            }
        }

        for (var m = n + 1; m < figures.Count; m++)
        {
            var k = t.IndexAt(figures[m].Span.Start);
            if (segments[k] != segments[at])
            {
                break;
            }

            if (wanted(figures[m]))
            {
                if (k - at < bestDistance)
                {
                    best = m;
                }

                break;
            }
        }

        return best;
    }

    private static bool MatchesAt(TokenStream t, int k, string[] words)
    {
        for (var w = 0; w < words.Length; w++)
        {
            if (!Stem(t, k + w, words[w]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AnyStem(TokenStream t, int k, string[] stems)
    {
        foreach (var s in stems)
        {
            if (Stem(t, k, s))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Stem(TokenStream t, int k, string pattern) =>
        t.IsWord(k) && (pattern.EndsWith('*') ? t.StartsWith(k, pattern.AsSpan(0, pattern.Length - 1)) : t.Is(k, pattern));

    // Azerbaijani "isə" (whereas) follows the new clause's topic: ", bu il isə artım gözlənilir", ", cari ilin yanvar–sentyabr
    // aylarında isə dövriyyə … artıb" (a date before "isə" belongs to the new clause, not to the amount before the comma).
    private static bool IsAzerbaijaniContrast(TokenStream t, int k)
    {
        const int TopicLength = 8;
        for (var j = k + 1; j <= k + TopicLength && t.SameSentence(j, k) && !t.IsSymbol(j, ','); j++)
        {
            if (t.Is(j, "isə"))
            {
                return true;
            }
        }

        return false;
    }

    // A segment is a sentence, cut again at "whereas", "while" and semicolons: one subject per segment.
    private static int[] Segments(TokenStream t)
    {
        // Rented: the caller returns it. Only the first t.Count entries are meaningful.
        var segments = ArrayPool<int>.Shared.Rent(t.Count);
        var segment = 0;
        var sentenceOf = t.SentenceOf;
        for (var k = 0; k < t.Count; k++)
        {
            // The cheap comma test first: the word comparisons then run only after commas.
            if (k > 0 && (sentenceOf[k] != sentenceOf[k - 1] || t.IsSymbol(k - 1, ',') && (t.IsAny(k, s_segmentBreaks) || IsAzerbaijaniContrast(t, k))
                || t.IsSymbol(k, ';')))
            {
                segment++;
            }

            segments[k] = segment;
        }

        return segments;
    }
}
