using System.Runtime.CompilerServices;
using System.Buffers;
using System.Globalization;
using Entente.Text.Analysis;
using Entente.Text.Understanding;
using Entente.Text.Vocabulary;

namespace Entente.Text.Extraction;

/// <summary>
/// Finds money ("US$3.4 billion", "3,4 млрд долларов", "₼500"), percentages ("16 percent", "27.4%") and counts of
/// things ("340 schools", "over 11,000 Azerbaijani students", "six road maps"), each with its qualifier.
/// </summary>
internal static partial class FigureExtractor
{
    // Things English writes as two words but counts as one: the unit is the closed form, so that sources writing
    // "road maps" and "roadmaps" count the same thing.
    private static readonly Dictionary<(string Modifier, string Noun), string> s_openCompounds = new()
    {
        [("road", "maps")] = "roadmaps",
        [("work", "plans")] = "workplans",
        [("data", "bases")] = "databases",
    };

    private static readonly string[] s_labelWords =
    [
        "article", "articles", "clause", "clauses", "paragraph", "paragraphs", "point", "points", "item", "section", "chapter",
        "part", "annex", "no", "number", "page", "session", "resolution", "statya", "статья", "статьи", "статьей", "пункт",
        "пункта", "пунктом", "пункте", "часть", "части", "глава", "главы", "раздел", "maddə", "bənd", "fəsil", "№",
    ];

    private static readonly string[] s_determiners = ["the", "our", "their", "these", "those", "its", "his", "her", "both", "all"];

    // Words that end in -s but are not counted nouns.
    private static readonly string[] s_notNouns =
    [
        "is", "was", "has", "this", "thus", "plus", "less", "as", "us", "its", "his", "hers", "ours", "theirs", "always", "perhaps",
        "whereas", "across", "unless", "towards", "besides", "sometimes", "does", "says", "goes", "makes", "takes", "gives",
        "continues", "remains", "includes", "stands", "amounts", "reaches", "becomes", "seems", "means", "was", "yes",
    ];

    // Words that end a count's noun phrase.
    private static readonly string[] s_stops =
    [
        "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "than", "that", "which", "who", "are", "were",
        "have", "had", "be", "been", "will", "would", "per", "a", "an", "the", "is", "was", "has", "not",
    ];

    /// <summary>All figures in document order; spans of <paramref name="taken"/> (dates) are skipped.</summary>
    public static List<Figure> Extract(TokenStream t, IReadOnlyList<DateMention> taken)
    {
        var covered = CoveredTokens(t, taken);
        try
        {
            return Figures(t, covered);
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(covered);
        }
    }

    // Runs once per text over every token: compiled fully optimised at once, so a busy machine (where the background
    // recompilation of hot methods lags) does not run this loop as quickly-jitted code for many texts.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<Figure> Figures(TokenStream t, bool[] covered)
    {
        var found = new List<Figure>();
        string? carriedQualifier = null;
        var i = 0;
        while (i < t.Count)
        {
            if (covered[i] || t[i].Kind == TokenKind.Symbol || !StartsNumber(t, i))
            {
                i++;
                continue;
            }

            var (value, numberEnd) = ReadNumber(t, i);
            if (value is null || IsLabel(t, i) || IsGlued(t, i, numberEnd))
            {
                i = Math.Max(i + 1, numberEnd + 1);
                continue;
            }

            var figure = Classify(t, i, numberEnd, value.Value, found, out var end, out var start);
            if (figure is null)
            {
                // "almost three and a half, US$3.4 billion": a bare number repaired by the next carries its qualifier on.
                carriedQualifier = t.IsSymbol(numberEnd + 1, ',') ? QualifierBefore(t, i, out _) : null;
                i = numberEnd + 1;
                continue;
            }

            var qualifier = QualifierBefore(t, start, out _);
            if (qualifier == Qualifiers.Exact && carriedQualifier is not null && t.IsSymbol(start - 1, ','))
            {
                qualifier = carriedQualifier;
            }

            carriedQualifier = null;
            found.Add(figure with { Qualifier = qualifier });
            i = end + 1;
        }

        return found;
    }

    private static Figure? Classify(TokenStream t, int first, int numberEnd, decimal value, List<Figure> found, out int end, out int start)
    {
        start = first;
        end = numberEnd;
        var j = numberEnd + 1;

        // "$2.96-billion": a hyphen may join the number to its scale.
        if (t.IsSymbol(j, '-') && t.Touches(numberEnd) && t.Touches(j) && t.IsWord(j + 1) && ScaleWithItsCase(t.Span(j + 1)) is >= 1_000_000)
        {
            j++;
        }

        // A scale word multiplies, unless the product would not fit a decimal (random digits, not a figure).
        if ((t.IsWord(j) && ScaleWithItsCase(t.Span(j)) is { } scale && scale >= 1000 && !t.Is(j, "k") || t.Is(j, "k") && t.Touches(numberEnd))
            && value <= decimal.MaxValue / 1_000_000_000_000m)
        {
            var lastScale = ScaleWithItsCase(t.Span(j)) ?? 1;
            value *= lastScale;
            end = j;
            j++;
            SkipAbbreviationDot(t, ref j, ref end);
            value = WithSmallerScales(t, value, lastScale, ref j, ref end);
        }
        else if (!t.IsNumber(first) && t.IsWord(numberEnd) && NumberWords.ScaleOf(t.Span(numberEnd)) is >= 1000 and var wordScale)
        {
            // "four billion 799 million dollars": the number in words ends in its scale.
            value = WithSmallerScales(t, value, wordScale, ref j, ref end);
        }

        // "$520m", "AZN 24m", "€38m": "m" glued to the number after a currency is millions ("5m" alone is five metres).
        if (end == numberEnd && t.Is(j, "m") && t.Touches(numberEnd) && CurrencyBefore(t, first, out _) is not null && value <= decimal.MaxValue / 1_000_000)
        {
            value *= 1_000_000;
            end = j;
            j++;
        }

        // Azerbaijani "min" (thousand) is a scale only beside a currency: "250 min manat", never "20 min". So it also ends a
        // chain of larger scales only there: "1 milyard 126 milyon 480 min ABŞ dolları".
        // After a currency sign or code too: "AZN 850 min", "($500 min)".
        if (t.Is(j, "min") && (CurrencyAfter(t, j + 1, out _) is not null || CurrencyBefore(t, first, out _) is not null)
            && value <= decimal.MaxValue / 1000)
        {
            value *= 1000;
            end = j;
            j++;
        }
        else if (end > numberEnd && t.IsNumber(j) && t.Is(j + 1, "min") && CurrencyAfter(t, j + 2, out _) is not null
                 && ParseDigits(t.Span(j)) is { } thousands && thousands < 1000 && value % 1_000_000 == 0)
        {
            value += thousands * 1000;
            end = j + 1;
            j += 2;
        }

        // Currency before: $3.2 billion, US$3.4 billion, € 500, USD 5 million, ₼200.
        var currency = CurrencyBefore(t, first, out var currencyStart);
        // "$500–600 млн": the low end of a range after the currency sign takes the high end's scale.
        if (currency is not null && end == numberEnd && HighEndsScale(t, first, j, end) is { } rangeScale && value <= decimal.MaxValue / rangeScale)
        {
            value *= rangeScale;
        }

        if (currency is null)
        {
            currency = CurrencyAfter(t, j, out var currencyEnd);
            if (currency is not null)
            {
                end = currencyEnd;
            }
        }
        else
        {
            start = currencyStart;
        }

        // "$500–600 млн": the high end of a range takes the currency sign before its low end.
        if (currency is null && t.IsSymbol(first - 1, '-') && t.IsNumber(first - 2))
        {
            var lowStart = first - 2;
            while (lowStart > 0 && t.IsNumber(lowStart - 1) && t.Touches(lowStart - 1))
            {
                lowStart--;
            }

            currency = CurrencyBefore(t, lowStart, out _);
        }

        // "составил 3,1 млрд долларов, в 2020-м сократился до 2,4 млрд.": a scaled amount with nothing after it carries on
        // the currency of the money just named.
        currency ??= end > numberEnd ? ElidedCurrency(t, first, numberEnd + 1, j, found) ?? CurrencyOfTheNextAmount(t, j, found) : null;

        if (currency is not null)
        {
            return new Figure(t.TextOf(start, end), t.SpanOf(start, end)) { Kind = "money", Value = value, Unit = currency };
        }

        if (end == numberEnd && TableUnit(t, first) is var (tableScale, tableCurrency) && value <= decimal.MaxValue / tableScale)
        {
            return new Figure(t.TextOf(start, end), t.SpanOf(start, end)) { Kind = "money", Value = value * tableScale, Unit = tableCurrency };
        }

        if (RangeLowEnd(t, first, numberEnd, end, j, value, found) is { } low)
        {
            end = t.IndexAt(low.Span.End) - 1;
            return low;
        }

        if (end == numberEnd && ListedBeforeAnAmount(t, first, numberEnd, value, found) is { } listed)
        {
            return listed;
        }

        // "%12": Azerbaijani (like Turkish) may write the sign before the number.
        if (t.IsSymbol(first - 1, '%') && t.Touches(first - 1) && !(first >= 2 && t.IsNumber(first - 2) && t.Touches(first - 2)))
        {
            start = first - 1;
            return new Figure(t.TextOf(start, end), t.SpanOf(start, end)) { Kind = "percent", Value = value, Unit = "percent" };
        }

        if (PercentAfter(t, j, out var percentEnd))
        {
            end = percentEnd;
            return new Figure(t.TextOf(start, end), t.SpanOf(start, end)) { Kind = "percent", Value = value, Unit = "percent" };
        }

        // Counts: a plain number needs the thing it counts.
        if (t.IsNumber(first) ? value < 1 : value < 2 || IsDeterminedWordNumber(t, first))
        {
            return null;
        }

        var unitIndex = CountedNoun(t, j, found, out var unit);
        if (unitIndex < 0)
        {
            return null;
        }

        if (unitIndex > 0)
        {
            end = unitIndex;
        }

        return new Figure(t.TextOf(start, end), t.SpanOf(start, end)) { Kind = "count", Value = value, Unit = unit! };
    }

    // "4 milyard 799 milyon dollar", "$3 млрд 952 млн 67,09 тыс.": smaller scales after a scaled figure add to it.
    private static decimal WithSmallerScales(TokenStream t, decimal value, decimal lastScale, ref int j, ref int end)
    {
        while (t.IsNumber(j) && t.IsWord(j + 1) && NumberWords.ScaleOf(t.Span(j + 1)) is { } smaller && smaller >= 1000 && smaller < lastScale
               && ParseDigits(t.Span(j)) is { } part && part < lastScale / smaller)
        {
            value += part * smaller;
            lastScale = smaller;
            end = j + 1;
            j += 2;
            SkipAbbreviationDot(t, ref j, ref end);
        }

        return value;
    }

    // Words after which an amount continues a comparison or a change: "до", "против", "to", "from", "reaching".
    private static readonly string[] s_elisionLeads =
        ["до", "против", "с", "от", "достигнув", "составив", "to", "from", "against", "reaching",
         // the figure of another period, restated: "Back in 2022 it was 4.06 billion", "годом ранее было около 4,3 млрд"
         "was", "were", "recorded", "было", "был", "была", "составил", "составила", "составило"];

    private static readonly string[] s_hedges = ["около", "почти", "примерно", "более", "about", "nearly", "almost", "around", "over", "təxminən"];

    // An amount in the same scale as the money just named (this sentence or the one before; the scale in any spelling,
    // "4,3 млрд" after "4,8 миллиарда долларов"), after a word of comparison, change or restating or a dash, and with no
    // noun after it, is in that money's currency: "… сократился почти на 23% — до 2,4 млрд.", "достигнув 4,35 млрд",
    // "it was 4.06 billion". "Население — 10 млн." and "до 2,4 млрд кубометров" are not.
    private static string? ElidedCurrency(TokenStream t, int first, int scale, int next, List<Figure> found)
    {
        var last = found.FindLast(f => f.Kind == "money");
        if (last is null || t.IsWord(next) && !t.IsSymbol(next - 1, '.') && !t.IsAny(next, ["и", "а", "в", "and", "in", "və"]))
        {
            return null;
        }

        var lead = t.IsAny(first - 1, s_hedges) ? first - 2 : first - 1;
        var lastAt = t.IndexAt(last.Span.Start);
        // (A dash, as "поставки — около 1,2 млрд" writes it, is a hyphen by now; one that touches the number is its sign.)
        var leads = t.IsAny(lead, s_elisionLeads) || t.IsSymbol(lead, '-') && !t.Touches(lead);
        return leads && first - lastAt <= ElisionReach && t.SentenceOf[lastAt] >= t.SentenceOf[first] - 1
            && NumberWords.ScaleOf(t.Span(scale)) is { } same && SaysTheScale(last.Text, same) ? last.Unit : null;
    }

    private const int ElisionReach = 40;

    // Whether an amount's words name the scale in any spelling: "4,8 миллиарда долларов" says the scale of "4,3 млрд".
    private static bool SaysTheScale(string amount, decimal scale)
    {
        foreach (var word in amount.Split([' ', '\u00A0', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (NumberWords.ScaleOf(word) == scale)
            {
                return true;
            }
        }

        return false;
    }

    // A scaled amount left without its currency before a comma or "and" takes the currency of the amount that follows in
    // the sentence: "4 milyard 170 milyon, 4 milyard 365 milyon və 4 milyard 798 milyon ABŞ dolları", "idxal 2,69 milyard,
    // ixrac isə 920 milyon dollar".
    private static string? CurrencyOfTheNextAmount(TokenStream t, int next, List<Figure> found)
    {
        if (!t.IsSymbol(next, ',') && !t.IsAny(next, ["and", "и", "а", "və"]))
        {
            return null;
        }

        for (var k = next + 1; k <= next + NextAmountReach && t.SameSentence(next, k); k++)
        {
            // (A year between is the next amount's time: "4 603,1 млн, в 2023-м — 4 374,8 млн …".)
            if (t[k].Kind == TokenKind.Number && !t.IsAYear(k))
            {
                return ReadNumber(t, k) is ({ } value, var numberEnd) && Classify(t, k, numberEnd, value, found, out _, out _) is { Kind: "money" } money
                    ? money.Unit
                    : null;
            }
        }

        return null;
    }

    private const int NextAmountReach = 6;

    // Returns the index of the noun's token, 0 when the unit came from elsewhere ("a thousand of them"), -1 when none.
    private static int CountedNoun(TokenStream t, int j, List<Figure> found, out string? unit)
    {
        unit = null;

        // "340, not 300 schools": the noun comes after the contrast.
        if (t.IsSymbol(j, ',') && t.Is(j + 1, "not") && t.IsNumber(j + 2) && t.IsWord(j + 3) && IsPluralNoun(t, j + 3))
        {
            unit = t.Span(j + 3).ToString().ToLowerInvariant();
            return 0;
        }

        // "more than a thousand of them": the noun is the last thing counted in the sentence.
        if (t.Is(j, "of") && t.IsAny(j + 1, ["them", "these", "those", "which", "whom"]))
        {
            var sentence = t.SentenceOf[Math.Min(j, t.Count - 1)];
            for (var k = found.Count - 1; k >= 0; k--)
            {
                var idx = t.IndexAt(found[k].Span.Start);
                if (idx >= t.Count || t.SentenceOf[idx] < sentence)
                {
                    break;
                }

                if (t.SentenceOf[idx] == sentence && found[k].Kind == "count")
                {
                    unit = found[k].Unit;
                    return t.IndexAt(t[j + 1].Start);
                }
            }

            return -1;
        }

        if (!t.IsWord(j))
        {
            return -1;
        }

        if (IsCyrillic(t, j) || IsAzerbaijani(t, j))
        {
            // Russian and Azerbaijani: the first word that is not an adjective ("11 тысяч азербайджанских студентов").
            for (var k = j; k < j + 3 && t.IsWord(k); k++)
            {
                var w = t.Span(k);
                if (IsCyrillic(t, k) && RussianInflection.HasAdjectiveEnding(w) || NumberWords.ScaleOf(w) is not null)
                {
                    continue;
                }

                if (IsCyrillic(t, k) && w.Length <= 2 || t.IsAny(k, s_azerbaijaniJoins) || IsAYearWord(t, k) && t.IsAYear(j - 1))
                {
                    return -1;
                }

                unit = w.ToString().ToLowerInvariant();
                return k;
            }

            return -1;
        }

        for (var k = j; k < j + 5 && t.IsWord(k); k++)
        {
            if (IsPluralNoun(t, k))
            {
                unit = t.Span(k).ToString().ToLowerInvariant();
                if (k > j && s_openCompounds.TryGetValue((t.Span(k - 1).ToString().ToLowerInvariant(), unit), out var closed))
                {
                    // "six road maps" counts roadmaps, not maps: the unit other sources count under.
                    unit = closed;
                }

                return k;
            }

            // "interstate and intergovernmental agreements": adjectives joined by "and" stay in the phrase.
            if (t.Is(k, "and") && k > j && t.IsWord(k + 1) && !t.IsAny(k + 1, s_stops))
            {
                continue;
            }

            if (t.IsAny(k, s_stops) || Months.TryParse(t.Span(k), out _))
            {
                return -1;
            }
        }

        return -1;
    }

    private static bool IsPluralNoun(TokenStream t, int k)
    {
        var w = t.Span(k);
        if (w.Length < 3 || !char.IsLower(w[0]) || w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)
            || w.EndsWith("'s", StringComparison.Ordinal) || t.IsAny(k, s_notNouns) || t.IsAny(k, s_stops))
        {
            return false;
        }

        return w[^1] == 's' || w is "people" or "children" or "men" or "women" or "staff" or "personnel" or "tonnes" or "km";
    }

    // Conjunctions and particles no count is of: "2023 və 2024-cü illərdə".
    private static readonly string[] s_azerbaijaniJoins = ["və", "ilə", "ya", "yaxud", "isə", "də", "da", "ki"];

    // "2024 illərdə", "2023 годах": a year with its word is a date, not a count of years.
    private static bool IsAYearWord(TokenStream t, int k) => t.StartsWith(k, "il") || t.StartsWith(k, "год");

    private static bool IsAzerbaijani(TokenStream t, int k)
    {
        foreach (var c in t.Span(k))
        {
            if (c is 'ə' or 'Ə' or 'ğ' or 'Ğ' or 'ı' or 'ş' or 'Ş' or 'ç' or 'Ç' or 'ö' or 'ü')
            {
                return true;
            }
        }

        return false;
    }

    // "the two countries", "our two states": a deictic number refers to things already known, it measures nothing.
    private static bool IsDeterminedWordNumber(TokenStream t, int first) => !t.IsNumber(first) && t.IsAny(first - 1, s_determiners);

    // "from 180,000 to 400,000 rubles", "от 180 до 400 тыс. рублей", "180 mindən 400 min rubla qədər", "1,2–1,5 млрд
    // долларов", "18–20%": the low end of a range of money or percentages takes the high end's currency (or its "%"),
    // and its scale when it has none of its own ("от 2 до 3 млрд долларов").
    private static Figure? RangeLowEnd(TokenStream t, int first, int numberEnd, int end, int j, decimal value, List<Figure> found)
    {
        var (high, lowEnd, ablativeScale) = RangeHighStart(t, first, j, end);
        // (A year is the row of a table's cell, not the low end of a range: "2023 — 52,8".)
        if (high < 0 || high >= t.Count || !StartsNumber(t, high) || ReadNumber(t, high) is not ({ } highNumber and not 0, var highEnd)
            || value > decimal.MaxValue / ablativeScale || t.IsAYear(first) && TableUnit(t, high) is not null)
        {
            return null;
        }

        if (Classify(t, high, highEnd, highNumber, found, out _, out _) is not { Kind: "money" or "percent" } top)
        {
            return null;
        }

        var scaled = end > numberEnd || ablativeScale > 1;
        return new Figure(t.TextOf(first, lowEnd), t.SpanOf(first, lowEnd))
        {
            Kind = top.Kind, Value = scaled ? value * ablativeScale : value * (top.Value / highNumber), Unit = top.Unit,
        };
    }

    // "4,1, 4,3 и 4,8 млрд долларов", "1.2, 1.5 and 2 billion dollars": a bare number in a list of numbers that ends in an
    // amount of money (or a percentage) takes that amount's scale and currency.
    private static Figure? ListedBeforeAnAmount(TokenStream t, int first, int numberEnd, decimal value, List<Figure> found)
    {
        var k = numberEnd + 1;
        for (var items = 0; items < MaxListItems && t.IsNumber(first) && IsListJoin(t, k) && t.IsNumber(k + 1); items++)
        {
            if (ReadNumber(t, k + 1) is not ({ } next and not 0, var nextEnd))
            {
                return null;
            }

            // The list ends at its last number, which "and" joins on ("87.05 u 87.06, 35 %" is no list of percentages).
            if (!IsListJoin(t, nextEnd + 1) || !t.IsNumber(nextEnd + 2))
            {
                return t.IsAny(k, s_listConjunctions) && Classify(t, k + 1, nextEnd, next, found, out _, out _) is { Kind: "money" or "percent" } last
                       && value <= decimal.MaxValue / Math.Max(1, last.Value / next)
                    ? new Figure(t.TextOf(first, numberEnd), t.SpanOf(first, numberEnd)) { Kind = last.Kind, Value = value * (last.Value / next), Unit = last.Unit }
                    : null;
            }

            k = nextEnd + 1;
        }

        return null;
    }

    private const int MaxListItems = 6;

    private static readonly string[] s_listConjunctions = ["and", "и", "və"];

    private static bool IsListJoin(TokenStream t, int k) => t.IsSymbol(k, ',') && !t.Touches(k) || t.IsAny(k, s_listConjunctions);

    // Where a range's high end starts after its low end (j is the token after the low end's number and scale), or -1;
    // with the low end's last token and the scale its joiner carries. Azerbaijani marks the low end with the ablative,
    // on its scale ("180 mindən") or after a hyphen ("180-dən").
    private static (int High, int LowEnd, decimal Scale) RangeHighStart(TokenStream t, int first, int j, int end)
    {
        if (t.Is(j, "to") && t.Is(first - 1, "from") || t.Is(j, "and") && t.Is(first - 1, "between") || t.Is(j, "до") && t.Is(first - 1, "от"))
        {
            return (j + 1, end, 1);
        }

        if (t.IsSymbol(j, '-') && t.Touches(j - 1) && t.IsAny(j + 1, ["dən", "dan"]))
        {
            return (j + 2, j + 1, 1);
        }

        // A hyphen or a dash (a hyphen by now) between two numbers: "250–300 млн долларов", "1.2-1.5 billion dollars".
        if (t.IsSymbol(j, '-') && t.IsNumber(first) && t.IsNumber(j + 1))
        {
            return (j + 1, end, 1);
        }

        return t.IsWord(j) && AblativeScale(t.Span(j)) is { } scale ? (j + 1, j, scale) : (-1, end, 1);
    }

    // The scale the high end of a range after this number has, when it has one: "млн" in "$500–600 млн".
    private static decimal? HighEndsScale(TokenStream t, int first, int j, int end)
    {
        var (high, _, _) = RangeHighStart(t, first, j, end);
        return high >= 0 && high < t.Count && StartsNumber(t, high) && ReadNumber(t, high) is ({ }, var highEnd)
               && t.IsWord(highEnd + 1) && ScaleWithItsCase(t.Span(highEnd + 1)) is >= 1000 and var scale
            ? scale
            : null;
    }

    // A scale word, also with an Azerbaijani case ending after a hyphen: "USD 4,5 mln-dir", "$15 mlrd-a".
    private static decimal? ScaleWithItsCase(ReadOnlySpan<char> word)
    {
        if (NumberWords.ScaleOf(word) is { } scale)
        {
            return scale;
        }

        var hyphen = word.IndexOf('-');
        // "mln-dir", "mlrd-a": a case ending; "million-worth": what the amount buys.
        var after = word[(hyphen + 1)..];
        var isACaseEnding = after.Length is >= 1 and <= MaxCaseEndingLength && IsLowerCase(after);
        return hyphen > 0 && (isACaseEnding || after.Equals("worth", StringComparison.OrdinalIgnoreCase))
            ? NumberWords.ScaleOf(word[..hyphen])
            : null;

        static bool IsLowerCase(ReadOnlySpan<char> ending)
        {
            foreach (var c in ending)
            {
                if (!char.IsLower(c))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private const int MaxCaseEndingLength = 4;

    // "mindən" (from … thousand), "milyondan", "milyarddan": a scale word in the Azerbaijani ablative.
    private static decimal? AblativeScale(ReadOnlySpan<char> word)
    {
        if (word.Length < 6 || !(word.EndsWith("dən", StringComparison.OrdinalIgnoreCase) || word.EndsWith("dan", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var stem = word[..^3];
        return stem.Equals("min", StringComparison.OrdinalIgnoreCase) ? 1000m : NumberWords.ScaleOf(stem);
    }

    private static string? CurrencyBefore(TokenStream t, int first, out int start)
    {
        start = first;
        var k = first - 1;
        if (k < 0 || t.SentenceOf[k] != t.SentenceOf[first])
        {
            return null;
        }

        if (t[k].Kind == TokenKind.Symbol && CurrencyTable.FromSymbol(t.Span(k)) is { } code)
        {
            start = k;
            // US$, U.S.$, CA$: the letters before the symbol belong to it.
            if (t.IsWord(k - 1) && t.Touches(k - 1) && t[k - 1].Length <= 3 && char.IsUpper(t.Text[t[k - 1].Start]))
            {
                start = k - 1;
            }

            return code;
        }

        if (t.IsWord(k) && CurrencyTable.FromCode(t.Span(k)) is { } iso)
        {
            start = k;
            return iso;
        }

        return null;
    }

    private static string? CurrencyAfter(TokenStream t, int j, out int end)
    {
        end = j;
        if (j >= t.Count)
        {
            return null;
        }

        if (t[j].Kind == TokenKind.Symbol && CurrencyTable.FromSymbol(t.Span(j)) is { } symbol)
        {
            return symbol;
        }

        if (!t.IsWord(j))
        {
            return null;
        }

        if (CurrencyTable.FromCode(t.Span(j)) is { } code)
        {
            return code;
        }

        // "US dollars", "U.S. dollars", "American dollars", "ABŞ dolları"; the issuing state's adjective before its currency:
        // "Russian roubles", "российских рублей", "Azerbaijani manats" ("Belarusian roubles" are another currency).
        var k = j;
        if ((t.IsAny(k, ["US", "American", "Canadian", "ABŞ"]) || IsItsIssuersAdjective(t, k)) && t.IsWord(k + 1))
        {
            k++;
        }

        if (CurrencyTable.FromWord(t.Span(k)) is { } word)
        {
            end = k;
            if (t.IsSymbol(k + 1, '.') && t.Touches(k) && t[k].Length <= 4)
            {
                end = k + 1;
            }

            // "долларов США"
            if (t.Is(end + 1, "США"))
            {
                end++;
            }

            return word;
        }

        return null;
    }

    // A national currency's ISO 4217 code opens with its state's ISO 3166 code (RUB, AZN, KZT): the adjective before the
    // currency's word is its issuer's, or the money is another state's ("Belarusian roubles" are no RUB).
    private static bool IsItsIssuersAdjective(TokenStream t, int k) =>
        t.IsWord(k + 1) && CurrencyTable.FromWord(t.Span(k + 1)) is { } currency
        && Demonyms.StateOfWord(t.Span(k)) is { } state && currency.StartsWith(state, StringComparison.Ordinal);

    private static bool PercentAfter(TokenStream t, int j, out int end)
    {
        end = j;
        if (t.IsSymbol(j, '%'))
        {
            return true;
        }

        // "30-процентный рост": the percentage glued to its adjective.
        if (t.IsSymbol(j, '-') && t.Touches(j - 1) && t.Touches(j) && t.StartsWith(j + 1, "процентн"))
        {
            end = j + 1;
            return true;
        }

        if (t.IsAny(j, ["percent", "pct", "процента", "процентов", "процент"]) || IsAzerbaijaniPercent(t, j))
        {
            if (t.Is(j + 1, "points") || t.IsAny(j + 1, ["пункта", "пунктов"]))
            {
                end = j + 1;
            }

            return true;
        }

        if (t.Is(j, "per") && t.Is(j + 1, "cent"))
        {
            end = j + 1;
            return true;
        }

        if (t.Is(j, "percentage") && t.IsAny(j + 1, ["points", "point"]))
        {
            end = j + 1;
            return true;
        }

        return false;
    }

    // "faiz" with the case endings Azerbaijani adds to it: "4,4 faizini", "95 faizindən", "faizə", "faizlik".
    private static bool IsAzerbaijaniPercent(TokenStream t, int j) =>
        t.StartsWith(j, "faiz") && t[j].Length <= "faizindən".Length + 1;

    /// <summary>The qualifier written before a figure that starts at token <paramref name="start"/>.</summary>
    internal static string QualifierBefore(TokenStream t, int start, out int qualifierStart)
    {
        qualifierStart = start;
        var k = start - 1;
        if (k < 0)
        {
            return Qualifiers.Exact;
        }

        bool Is(int at, string w) => t.Is(at, w);

        if (Is(k, "than") && t.IsAny(k - 1, ["more", "over"]))
        {
            return Is(k - 2, "no") || Is(k - 2, "not") ? Qualifiers.AtMost : Qualifiers.Over;
        }

        if (Is(k, "than") && t.IsAny(k - 1, ["less", "fewer"]))
        {
            return Is(k - 2, "no") || Is(k - 2, "not") ? Qualifiers.AtLeast : Qualifiers.Under;
        }

        if (Is(k, "least") && Is(k - 1, "at") || Is(k, "менее") && Is(k - 1, "не") || Is(k, "меньше") && Is(k - 1, "не"))
        {
            return Qualifiers.AtLeast;
        }

        if (Is(k, "most") && Is(k - 1, "at") || Is(k, "to") && Is(k - 1, "up") || Is(k, "более") && Is(k - 1, "не"))
        {
            return Qualifiers.AtMost;
        }

        if (Is(k, "to") && Is(k - 1, "close"))
        {
            return Qualifiers.Almost;
        }

        if (t.IsAny(k, ["almost", "nearly", "почти"]))
        {
            return Qualifiers.Almost;
        }

        if (t.IsAny(k, ["about", "approximately", "around", "roughly", "approx", "some", "circa", "около", "примерно", "порядка", "приблизительно", "ориентировочно", "təxminən", "təqribən"]))
        {
            return Qualifiers.Approximately;
        }

        if (t.IsAny(k, ["over", "above", "exceeding", "более", "свыше", "больше"]))
        {
            return Qualifiers.Over;
        }

        if (t.IsAny(k, ["under", "below", "менее", "меньше"]))
        {
            return Qualifiers.Under;
        }

        return Qualifiers.Exact;
    }

    private static bool StartsNumber(TokenStream t, int i) =>
        t[i].Kind == TokenKind.Number || t[i].Kind == TokenKind.Word && (t.ClassOf(i) & WordClass.Number) != 0 && NumberWords.TryRead(t, i, out _) > 0;

    private static (decimal? Value, int End) ReadNumber(TokenStream t, int i)
    {
        if (t[i].Kind == TokenKind.Word)
        {
            var used = NumberWords.TryRead(t, i, out var words);
            return (words, i + used - 1);
        }

        var value = ParseDigits(t.Span(i));
        var end = i;

        // "11 000" written with a space between groups of three; the last group may end in decimals ("3 602,7 млн").
        while (value is not null && value < 1_000_000_000_000_000m && t[end].Length <= 3 && t.IsNumber(end + 1) && IsAGroupOfThree(t.Span(end + 1)) && t[end + 1].Start - t[end].End == 1
            && t.Text[t[end].End] is ' ' or '\u00A0' or '\u202F' or '\u2009' && !t.IsNumber(i - 1) && ParseDigits(t.Span(end + 1)) is { } group
            && t.Span(end).IndexOfAny(',', '.') < 0)
        {
            value = value * 1000 + group;
            end++;
        }

        return (value, end);
    }

    // "000", "602", and "602,7" (the last group, with its decimals).
    private static bool IsAGroupOfThree(ReadOnlySpan<char> token) =>
        token.Length == 3 || token.Length > 4 && token[3] == ',' && token[..3].IndexOfAnyExcept("0123456789") < 0 && token[4..].IndexOfAnyExcept("0123456789") < 0;

    /// <summary>"11,000" → 11000, "3,4" → 3.4, "27.4" → 27.4, "1.234.567" → 1234567.</summary>
    internal static decimal? ParseDigits(ReadOnlySpan<char> s)
    {
        var lastComma = s.LastIndexOf(',');
        var lastDot = s.LastIndexOf('.');
        int decimalAt;
        if (lastComma >= 0 && lastDot >= 0)
        {
            decimalAt = Math.Max(lastComma, lastDot);
        }
        else if (lastComma >= 0)
        {
            decimalAt = AllGroupsOfThree(s, ',') ? -1 : lastComma;
        }
        else if (lastDot >= 0)
        {
            decimalAt = s.IndexOf('.') != lastDot ? -1 : lastDot;
        }
        else
        {
            decimalAt = -1;
        }

        Span<char> buffer = stackalloc char[Math.Min(s.Length, 64)];
        if (s.Length > 64)
        {
            return null;
        }

        var n = 0;
        for (var k = 0; k < s.Length; k++)
        {
            if (char.IsAsciiDigit(s[k]))
            {
                buffer[n++] = s[k];
            }
            else if (k == decimalAt)
            {
                buffer[n++] = '.';
            }
        }

        return decimal.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private static bool AllGroupsOfThree(ReadOnlySpan<char> s, char separator)
    {
        var first = s.IndexOf(separator);
        if (first is 0 or > 3)
        {
            return false;
        }

        var rest = s[(first + 1)..];
        while (true)
        {
            var next = rest.IndexOf(separator);
            var group = next < 0 ? rest : rest[..next];
            if (group.Length != 3)
            {
                return false;
            }

            if (next < 0)
            {
                return true;
            }

            rest = rest[(next + 1)..];
        }
    }

    // Clause and article numbers, list labels ("12. The Parties"), and "No. 5" are labels, not figures.
    private static bool IsLabel(TokenStream t, int i)
    {
        if (t.IsAny(i - 1, s_labelWords) || t.IsSymbol(i - 1, '№') || t.IsSymbol(i - 1, '#'))
        {
            return true;
        }

        return t[i].AfterNewline && t[i].Kind == TokenKind.Number && (t.IsSymbol(i + 1, '.') || t.IsSymbol(i + 1, ')')) && t.Touches(i);
    }

    // "COVID-19", "G20", "3+3", "30th": a number glued to letters or signs is part of a name or an ordinal. A sign of change
    // is not: "(+5,1%)".
    private static bool IsGlued(TokenStream t, int first, int last)
    {
        if (t[first].Kind != TokenKind.Number)
        {
            return false;
        }

        if (first > 0 && !t[first].AfterSpace && (t.IsWord(first - 1) && !IsCurrencyCode(t, first - 1)
                                                   || t.IsSymbol(first - 1, '+') && first > 1 && t.IsNumber(first - 2) && t.Touches(first - 2)
                                                   || t.IsSymbol(first - 1, '-') && t.IsWord(first - 2)))
        {
            return true;
        }

        return t.Touches(last) && (t.IsWord(last + 1) && !t.IsAny(last + 1, ["k", "bn", "mln", "mn", "m"]) || t.IsSymbol(last + 1, '+'));
    }

    // "млрд.", "тыс.", "mlrd.": the dot of an abbreviated scale word belongs to it.
    private static void SkipAbbreviationDot(TokenStream t, ref int j, ref int end)
    {
        if (t.IsSymbol(j, '.') && t.Touches(j - 1) && (IsCyrillic(t, j - 1) || t.IsAny(j - 1, ["mln", "mlrd", "trln"])))
        {
            end = j;
            j++;
        }
    }

    private static bool IsCurrencyCode(TokenStream t, int k) => CurrencyTable.FromCode(t.Span(k)) is not null;

    private static bool IsCyrillic(TokenStream t, int i) => t.Text[t[i].Start] is >= '\u0400' and <= '\u04FF';

    private static bool[] CoveredTokens(TokenStream t, IReadOnlyList<DateMention> taken)
    {
        // Rented (the caller returns it) and cleared: only the first t.Count entries are read.
        var covered = ArrayPool<bool>.Shared.Rent(t.Count);
        Array.Clear(covered, 0, t.Count);
        foreach (var d in taken)
        {
            for (var k = t.IndexAt(d.Span.Start); k < t.Count && t[k].Start < d.Span.End; k++)
            {
                covered[k] = true;
            }
        }

        return covered;
    }
}
