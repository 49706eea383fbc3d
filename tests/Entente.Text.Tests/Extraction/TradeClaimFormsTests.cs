using Entente.Text.Analysis;
using Entente.Text.Extraction;
using Entente.Text.Vocabulary;

namespace Entente.Text.Tests.Extraction;

/// <summary>
/// How reports state a year's trade in three languages: a pronoun for the turnover the sentence before named, a year
/// said relative to the report's date, the figure a comparison starts from, and a contrast clause with its own date.
/// Each wrong reading here would put a false point in the series and a false conflict beside it.
/// </summary>
public class TradeClaimFormsTests
{
    private static readonly DateOnly s_reportDate = new(2024, 11, 15);

    private static IReadOnlyList<Claim> Claims(string language, string text) =>
        TextExtractor.Extract(text, new ExtractionContext(language, "news", s_reportDate)).Claims;

    [Theory]
    [InlineData("en", "Trade turnover between the two countries has been growing steadily. In 2023 it reached $4.3 billion.")]
    [InlineData("ru", "Товарооборот между странами стабильно растёт. В 2023 году он составил 4,3 млрд долларов.")]
    [InlineData("az", "Ticarət dövriyyəsi ildən-ilə artır. 2023-cü ildə o, 4,3 milyard dollar təşkil edib.")]
    public void APronounStandsForTheTurnoverTheSentenceBeforeNamed(string language, string text)
    {
        var claim = Assert.Single(Claims(language, text));
        Assert.Equal(IndicatorKeys.TradeTurnover, claim.Indicator);
        Assert.Equal(new Period(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), claim.Period);
        Assert.Equal(4_300_000_000m, claim.Value);
    }

    [Theory]
    [InlineData("en", "Trade turnover between the two countries is growing. It also signed contracts worth $2 billion.")]
    [InlineData("ru", "Товарооборот между странами растёт. Он сообщил, что стоимость проекта составила 2 млрд долларов.")]
    [InlineData("en", "The company's revenue grew. In 2023 it reached $4.3 billion.")]
    public void APronounThatIsNotTheAmountsSubjectClaimsNothing(string language, string text)
    {
        Assert.DoesNotContain(Claims(language, text), c => c.Indicator == IndicatorKeys.TradeTurnover);
    }

    [Theory]
    [InlineData("ru", "Товарооборот России и Азербайджана по итогам прошлого года вырос на 17% — до 4,3 млрд долларов.", 2023, 1, 2023, 12)]
    [InlineData("ru", "Товарооборот за январь-сентябрь текущего года вырос на 10% по сравнению с аналогичным периодом прошлого года и составил 3 млрд долларов.", 2024, 1, 2024, 9)]
    [InlineData("ru", "Товарооборот за 9 месяцев текущего года составил 3 млрд долларов.", 2024, 1, 2024, 9)]
    [InlineData("en", "Trade turnover reached $3 billion in January–September 2024, up 10 percent compared with the same period of last year.", 2024, 1, 2024, 9)]
    [InlineData("az", "Bu ilin yanvar-sentyabr aylarında ticarət dövriyyəsi ötən ilin eyni dövrü ilə müqayisədə 10 faiz artaraq 3 milyard dollar təşkil edib.", 2024, 1, 2024, 9)]
    [InlineData("az", "Ötən il iki ölkə arasında əmtəə dövriyyəsi 4,3 milyard dollara çatıb.", 2023, 1, 2023, 12)]
    [InlineData("az", "Ötən il ticarət dövriyyəsi 4,3 milyard dollara çatıb, bu il isə artım gözlənilir.", 2023, 1, 2023, 12)]
    public void TheClaimsPeriodIsTheOneTheFigureIsFor(string language, string text, int fromYear, int fromMonth, int toYear, int toMonth)
    {
        var claim = Assert.Single(Claims(language, text));
        Assert.Equal(IndicatorKeys.TradeTurnover, claim.Indicator);
        Assert.Equal(new Period(new DateOnly(fromYear, fromMonth, 1), new DateOnly(toYear, toMonth, DateTime.DaysInMonth(toYear, toMonth))), claim.Period);
    }

    [Fact]
    public void TheFigureAComparisonStartsFromTakesOnlyItsOwnDate()
    {
        var english = Claims("en", "The trade turnover amounted to $4.3 billion in 2023 against $3.7 billion in 2022.");
        Assert.Equal([(2023, 4_300_000_000m), (2022, 3_700_000_000m)], english.Select(c => (c.Period!.Start.Year, c.Value)));

        var russian = Claims("ru", "Товарооборот в 2023 году составил 4,3 млрд долларов против 3,7 млрд долларов годом ранее.");
        // "Годом ранее" is its own date: the year before the claim it is compared with (never that claim's year).
        Assert.Equal([(2023, 4_300_000_000m), (2022, 3_700_000_000m)], russian.Select(c => (c.Period!.Start.Year, c.Value)));
    }

    [Fact]
    public void AClauseAfterWhileTakesTheSentencesDateWhenItHasNone()
    {
        var claims = Claims("en", "Russia's exports to Azerbaijan amounted to $3.2 billion last year, while imports from Azerbaijan reached $1.1 billion.");
        Assert.Equal([(IndicatorKeys.Exports, 2023), (IndicatorKeys.Imports, 2023)], claims.Select(c => (c.Indicator, c.Period!.Start.Year)));
        Assert.All(claims, c => Assert.Equal(new DateOnly(2023, 12, 31), c.Period!.End));
    }

    private static (int Year, decimal Value)[] TradeYears(string language, string text) =>
        Claims(language, text).Where(c => c.Indicator == IndicatorKeys.TradeTurnover).Select(c => (c.Period!.Start.Year, c.Value)).ToArray();

    // The year before the amount in its clause wins over the date that opens the next clause, before its "isə" (whereas).
    [Theory]
    // Bare "trade" that reaches an amount is the pair's turnover.
    [InlineData("Most headlines about Ghana and Peru concern pipelines, freight corridors and trade, which reached $4.8 billion in 2023.", 1)]
    [InlineData("Trade reached $4.8 billion in 2023, the ministers said.", 1)]
    // A state's own trade, foreign trade, or a trade centre's figure is not.
    [InlineData("Ghana's trade reached $14 billion in 2023.", 0)]
    [InlineData("Foreign trade reached $50 billion in 2023.", 0)]
    [InlineData("The Trade Center reached $4.8 billion in 2023.", 0)]
    public void BareTradeThatReachesAnAmountIsTheTurnover(string text, int claims)
    {
        var years = TradeYears("en", text);

        Assert.Equal(claims, years.Length);
        Assert.All(years, year => Assert.Equal((2023, 4_800_000_000m), year));
    }

    [Fact]
    public void AnAzerbaijaniClauseWithIsəKeepsItsDateToItself()
    {
        var claims = TradeYears("az", "Nazirin sözlərinə görə, 2021-ci ildə Gürcüstan ilə ticarət dövriyyəsi 1,2 milyard ABŞ dolları təşkil edib, "
            + "cari ilin yanvar–iyun aylarında isə dövriyyə ötən ilin eyni dövrü ilə müqayisədə 5,3 faiz artıb.");

        Assert.Equal([(2021, 1_200_000_000m)], claims);
    }

    // The base year of a comparison with its amount in brackets, or said again with "this figure", is a claim of its own.
    [Theory]
    [InlineData("az", "2023-cü ildə ticarət dövriyyəsi 2 milyard 510 milyon dollar olub, bu, 2022-ci ilə (2 milyard 140 milyon dollar) nisbətən 17,3 faiz çoxdur.")]
    [InlineData("az", "2023-cü ildə ticarət dövriyyəsi 2 milyard 510 milyon dollar olub. 2022-ci ildə bu göstərici 2 milyard 140 milyon dollar idi.")]
    [InlineData("ru", "В 2023 году товарооборот составил 2,51 млрд долларов. В 2022 году этот показатель составлял 2,14 млрд долларов.")]
    [InlineData("ru", "В 2023 году товарооборот составил 2,51 млрд долларов, что на 17,3% больше, чем в 2022 году (2,14 млрд долларов).")]
    [InlineData("en", "Trade turnover reached $2.51 billion in 2023, up 17.3% compared with 2022 ($2.14 billion).")]
    [InlineData("en", "Trade turnover reached $2.51 billion in 2023. In 2022, before the new border post opened, the figure stood at $2.14 billion.")]
    public void TheEarlierYearsAmountIsItsOwnClaim(string language, string text)
    {
        Assert.Equal([(2023, 2_510_000_000m), (2022, 2_140_000_000m)], TradeYears(language, text));
    }

    [Theory]
    [InlineData("en", "Trade turnover reached $2.51 billion in 2023. The figure stood at $2.5 billion, the minister said.")]
    [InlineData("en", "Trade turnover reached $2.51 billion in 2023. In 2023 the figure stood at $2.51 billion.")]
    [InlineData("en", "Trade turnover reached $2.51 billion in 2023. In 2022 the figure for exports stood at $1.1 billion.")]
    [InlineData("ru", "Товарооборот в 2023 году составил 2,51 млрд долларов. Этот показатель планируется довести до 3 млрд долларов.")]
    public void TheFigureWithoutADifferentYearOfItsOwnAddsNoTurnoverClaim(string language, string text)
    {
        Assert.Equal([(2023, 2_510_000_000m)], TradeYears(language, text));
    }

    // "Last year" counts from the report's date; a state's trade with another is their turnover, a region's is not.
    [Theory]
    [InlineData("en", "Officials said the regions account for much of Georgia's trade with Turkey, which totalled $2.1 billion last year.", 1)]
    [InlineData("en", "Officials said Kakheti's trade with Turkey amounted to $210 million last year.", 0)]
    [InlineData("ru", "Товарооборот между странами в прошлом году составил 2,1 млрд долларов.", 1)]
    [InlineData("az", "Ötən il ölkələr arasında ticarət dövriyyəsi 2,1 milyard dollar olub.", 1)]
    public void LastYearsTradeOfAStateIsThePreviousYearsTurnover(string language, string text, int claims)
    {
        Assert.Equal(claims, TradeYears(language, text).Count(c => c.Year == 2023));
        Assert.DoesNotContain(TradeYears(language, text), c => c.Year != 2023);
    }

    // "The previous year" is the year before the claim just made, not the year before the report's.
    [Theory]
    [InlineData("az", "2023-cü ildə ticarət dövriyyəsi 2 milyard 510 milyon dollar olub. Qeyd edək ki, əvvəlki ildə dövriyyə 2 milyard 140 milyon dollar olub.")]
    [InlineData("az", "2023-cü ildə ticarət dövriyyəsi 2 milyard 510 milyon dollar olub. Bu barədə komitə bildirib.\n\nGöstərici 2022-ci illə müqayisədə 17,3 faiz çoxdur. "
        + "Qeyd edək ki, əvvəlki ildə dövriyyə 2 milyard 140 milyon dollar olub.")]
    [InlineData("ru", "В 2023 году товарооборот составил 2,51 млрд долларов. В предыдущем году товарооборот составил 2,14 млрд долларов.")]
    [InlineData("en", "Trade turnover reached $2.51 billion in 2023. In the previous year, trade turnover was $2.14 billion.")]
    [InlineData("ru", "Товарооборот стран по итогам 2023 года достиг $2,51 млрд. Годом ранее показатель составлял $2,14 млрд.")]
    [InlineData("ru", "Товарооборот между странами по итогам 2023 года составил $2,51 млрд, увеличившись по сравнению с 2022 годом, когда он равнялся $2,14 млрд.")]
    [InlineData("en", "Trade turnover reached $2.51 billion in 2023, up from 2022, when it stood at $2.14 billion.")]
    public void ThePreviousYearIsTheYearBeforeTheLastClaim(string language, string text)
    {
        Assert.Equal([(2023, 2_510_000_000m), (2022, 2_140_000_000m)], TradeYears(language, text));
    }

    // "The same year" is the year of the last figure, a region's too, though a region's turnover is no claim of the states';
    // "оборот двух стран" is the two states' turnover.
    [Theory]
    [InlineData("ru", "Товарооборот Дагестана с Ганой в 2022 году составил 96,4 млн долларов. Для сравнения: товарооборот Перу и Ганы в том же году составил около 2,14 млрд долларов.")]
    [InlineData("ru", "Товарооборот Дагестана с Ганой в 2022 году составил 96,4 млн долларов. Для сравнения, в 2022 году оборот двух стран составлял около $2,14 млрд.")]
    [InlineData("en", "Dagestan's trade turnover with Ghana was $96.4 million in 2022. Trade turnover between Peru and Ghana in the same year was about $2.14 billion.")]
    public void TheSameYearIsTheLastClaimsYear(string language, string text)
    {
        Assert.Equal([(2022, 2_140_000_000m)], TradeYears(language, text));
    }

    [Theory]
    [InlineData("en", "Exports reached $1.1 billion in 2023. In the previous year, trade turnover was $2.14 billion.")]
    [InlineData("en", "Trade turnover reached $2.51 billion in January-June 2023. In the previous year, trade turnover was $4.14 billion.")]
    public void ThePreviousYearNeedsAYearsClaimOfTheSameIndicator(string language, string text)
    {
        Assert.DoesNotContain(TradeYears(language, text), c => c.Year == 2022);
    }

    // Said on 15 November 2024: a year not over yet, or one to come, is a forecast or a target, not a reported figure.
    [Theory]
    [InlineData("en", "This year the growth has been good, and we estimated a $5 billion turnover between our countries.")]
    [InlineData("ru", "Товарооборот между странами по итогам 2024 года может превысить 4,5 млрд долларов.")]
    [InlineData("az", "2025-ci ildə ticarət dövriyyəsinin 6 milyard dollara çatdırılması hədəflənir.")]
    public void AYearNotOverWhenTheReportWasWrittenClaimsNothing(string language, string text)
    {
        Assert.Empty(TradeYears(language, text));
    }

    [Theory]
    [InlineData("en", "The two countries aim to raise bilateral trade to $15 billion.")]
    [InlineData("en", "Trade turnover is expected to reach $6 billion.")]
    [InlineData("ru", "Стороны поставили цель довести товарооборот до 5 млрд долларов.")]
    [InlineData("az", "Ticarət dövriyyəsinin 15 milyard dollara çatdırılması hədəflənir.")]
    public void AnAimOrAForecastIsNoClaim(string language, string text)
    {
        Assert.Empty(Claims(language, text));
    }

    [Fact]
    public void AFigureBesideATargetIsStillAClaim()
    {
        // The target is the second amount's; the first is the year's trade.
        var claim = Assert.Single(Claims("en", "In 2023 trade turnover reached $4.4 billion, short of the $5 billion target."));
        Assert.Equal(4_400_000_000m, claim.Value);

        // "As expected" reports what came.
        Assert.Equal(4_400_000_000m, Assert.Single(Claims("en", "As expected, in 2023 trade turnover reached $4.4 billion.")).Value);
    }
    // Session 23: a clause with its own time after a comma ("…, а за девять месяцев", ", and in January–September") keeps
    // it to itself; a year right after the figure is its own; a pronoun after a semicolon; "our trade" in a leader's words.
    [Theory]
    [InlineData("ru", "По итогам 2023 года товарооборот двух стран вырос на 11% и достиг 3,3 млрд долларов, а за девять месяцев 2024 года составил 3,1 млрд долларов.",
        new[] { 2023, 1, 12 }, new[] { 2024, 1, 9 })]
    [InlineData("en", "In 2023, trade between our countries amounted to $3.3 billion, and in January–September this year it reached $3.1 billion.",
        new[] { 2023, 1, 12 }, new[] { 2024, 1, 9 })]
    public void AClauseWithItsOwnTimeAfterACommaKeepsItToItself(string language, string text, int[] first, int[] second)
    {
        var claims = Claims(language, text);

        Assert.Equal(
            [(first[0], first[1], first[2], 3_300_000_000m), (second[0], second[1], second[2], 3_100_000_000m)],
            claims.Select(c => (c.Period!.Start.Year, c.Period.Start.Month, c.Period.End.Month, c.Value)));
        Assert.All(claims, c => Assert.Equal(IndicatorKeys.TradeTurnover, c.Indicator));
    }

    [Theory]
    [InlineData("en", "Bilateral turnover is expected to exceed $4 billion this year, after $3.5 billion in 2023.", 2023, 3_500_000_000)]
    [InlineData("en", "Trade turnover grew by 14% in January–October; in 2023 it amounted to $2.4 billion.", 2023, 2_400_000_000)]
    [InlineData("en", "\"Last year our trade grew by 12 percent to reach $9.7 billion,\" the president said.", 2023, 9_700_000_000)]
    public void AYearsTurnoverStatedAfterATargetASemicolonOrInALeadersWordsIsClaimed(string language, string text, int year, long value)
    {
        var claim = Assert.Single(Claims(language, text));
        Assert.Equal((IndicatorKeys.TradeTurnover, new Period(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)), (decimal)value),
            (claim.Indicator, claim.Period, claim.Value));
    }
    // A region's turnover is no claim of the states' (it would be a false point and a false conflict in their series), but
    // "the same year" after it is still its year.
    [Theory]
    [InlineData("ru", "Товарооборот Астраханской области с Азербайджаном в 2023 году составил 112 млн долларов.")]
    [InlineData("en", "Trade between Azerbaijan and the Astrakhan region amounted to $112 million in 2023.")]
    [InlineData("en", "Dagestan's trade with Azerbaijan reached $96 million in 2023.")]
    public void ARegionsTurnoverIsNoClaimOfTheStates(string language, string text)
    {
        Assert.DoesNotContain(Claims(language, text), c => c.Indicator == IndicatorKeys.TradeTurnover);
    }

    [Fact]
    public void TheSameYearAfterARegionsTurnoverIsItsYear()
    {
        var claim = Assert.Single(Claims("ru",
            "Товарооборот Дагестана с Азербайджаном в 2020 году составил 96,4 млн долларов. Для сравнения: товарооборот России и Азербайджана в том же году составил около 2,9 млрд долларов."));
        Assert.Equal((new Period(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31)), 2_900_000_000m), (claim.Period, claim.Value));
    }

    [Theory]
    // A pronoun in the clause after "while" stands for the turnover of the clause before.
    [InlineData("en", "Turnover reached $4.8 billion in 2023, up from $4.39bn in 2022, while in 2021 it stood at $2.9 billion.", 2021, 2_900_000_000)]
    // Azerbaijani sets the year beside the amount it compares with: "2022-ci ildəki … dollarla müqayisədə".
    [InlineData("az", "Ticarət dövriyyəsi 2023-cü ildə 4 milyard 812,6 milyon ABŞ dolları təşkil edib. Bu, 2022-ci ildəki 4 milyard 371 milyon dollarla müqayisədə 10,1 faiz çoxdur.", 2022, 4_371_000_000)]
    public void TheYearOfAComparedOrContrastedAmountIsItsOwn(string language, string text, int year, long value)
    {
        Assert.Contains((year, (decimal)value), TradeYears(language, text));
    }
}

public class TradeClaimFormsSession29Tests
{
    private static IReadOnlyList<(int Year, decimal Value)> YearClaims(string language, string text) =>
        TradeClaimFormsSession24Tests.YearClaims(language, text);

    // Bare Russian "торговля" as the subject of a verb that reports an amount is the turnover; qualified, it is not.
    [Theory]
    [InlineData("По итогам 2023 года торговля вышла на рекордный уровень — 4 млрд 812 млн долларов.", 1)]
    [InlineData("По итогам 2023 года торговля составила 4 млрд 812 млн долларов.", 1)]
    [InlineData("По итогам 2023 года внешняя торговля составила 4 млрд 812 млн долларов.", 0)]
    [InlineData("По итогам 2023 года торговля нефтью составила 4 млрд 812 млн долларов.", 0)]
    public void BareRussianTradeThatReachesAnAmountIsTheTurnover(string text, int claims)
    {
        var years = YearClaims("ru", text);

        Assert.Equal(claims, years.Count);
        Assert.All(years, year => Assert.Equal((2023, 4_812_000_000m), year));
    }

    // "показатель снижался" (the imperfective of an amount verb) and Azerbaijani "bu rəqəm" (this figure) stand for the turnover.
    [Theory]
    [InlineData("ru", "В 2023 году товарооборот составил 4,8 млрд долларов. Годом ранее, в 2022-м, показатель снижался до 4,37 млрд долл. США.")]
    [InlineData("az", "2023-cü ildə ticarət dövriyyəsi 4,8 milyard dollar təşkil edib. 2022-ci ildə bu rəqəm 4,37 milyard dollar idi.")]
    public void AnImperfectiveVerbOrAFiguresWordStandsForTheTurnover(string language, string text)
    {
        Assert.Contains((2022, 4_370_000_000m), YearClaims(language, text));
    }
}

public class TradeClaimFormsSession24Tests
{
    private static readonly DateOnly s_reportDate = new(2024, 11, 15);

    internal static IReadOnlyList<(int Year, decimal Value)> YearClaims(string language, string text) =>
        [.. TextExtractor.Extract(text, new ExtractionContext(language, "news", s_reportDate)).Claims
            .Where(c => c.Indicator == IndicatorKeys.TradeTurnover)
            .Select(c => (c.Period!.Start.Year, c.Value))];

    // The base of a comparison "a year earlier" is the year before the figure it is compared with.
    [Theory]
    [InlineData("en", "Bilateral trade rose to $2.9 billion in 2021, up 20% from $2.4 billion a year earlier.")]
    [InlineData("ru", "Товарооборот в 2021 году вырос до 2,9 млрд долларов, против 2,4 млрд долларов годом ранее.")]
    public void TheBaseOfAComparisonAYearEarlierIsTheYearBefore(string language, string text)
    {
        Assert.Equal([(2021, 2_900_000_000m), (2020, 2_400_000_000m)], YearClaims(language, text));
    }

    // "…, when the figure stood at …" after the base year: the figure is that year's.
    [Fact]
    public void TheFigureOfAWhenClauseAfterTheBaseYearIsThatYears()
    {
        Assert.Equal([(2023, 4_600_000_000m), (2022, 4_100_000_000m)], YearClaims("en",
            "Trade turnover between the two countries amounted to $4.6 billion in 2023. That is 12 percent more than in 2022, when the figure stood at $4.1 billion."));
    }

    [Theory]
    [InlineData("en", "\"Last year our commerce topped $4.3 billion,\" the deputy prime minister said.", 2023, 4_300_000_000)]
    [InlineData("en", "Bilateral commerce reached $4.3 billion in 2023.", 2023, 4_300_000_000)]
    [InlineData("en", "Turnover reached $2.9 billion in 2021. The figure is 20% more than in 2020, when trade between the two countries stood at $2.4 billion.", 2020, 2_400_000_000)]
    [InlineData("az", "2023-cü ildə rubl ilə köçürmələrin həcmi 200 milyard rubla çatıb. Müqayisə üçün: həmin il iki ölkə arasında ticarət dövriyyəsi 4,4 milyard dollar olub.", 2023, 4_400_000_000)]
    [InlineData("ru", "В 2023 году объем переводов в рублях достиг 200 млрд рублей. Для сравнения: товарооборот двух стран в том же году составил 4,4 млрд долларов.", 2023, 4_400_000_000)]
    public void ATurnoverNamedAsCommerceInAWhenClauseOrInTheSameYearAsAnotherFigureIsClaimed(string language, string text, int year, long value)
    {
        Assert.Contains((year, (decimal)value), YearClaims(language, text));
    }

    // "In the reporting period" is the period the report states first, not the day it was written.
    [Theory]
    [InlineData("az", "2023-cü ildə ticarət dövriyyəsi 4,4 milyard dollar təşkil edib. Hesabat dövründə Azərbaycanın Rusiyaya ixracı 1,2 milyard dollar olub.")]
    [InlineData("ru", "В 2023 году товарооборот составил 4,4 млрд долларов. За отчётный период экспорт Азербайджана в Россию составил 1,2 млрд долларов.")]
    [InlineData("en", "Trade turnover reached $4.4 billion in 2023. In the reporting period, Azerbaijan's exports to Russia amounted to $1.2 billion.")]
    public void TheReportingPeriodIsThePeriodTheReportStatesFirst(string language, string text)
    {
        var exports = Assert.Single(TextExtractor.Extract(text, new ExtractionContext(language, "news", s_reportDate)).Claims, c => c.Indicator == IndicatorKeys.Exports);
        Assert.Equal(new Period(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), exports.Period);
    }

    [Fact]
    public void TheReportingPeriodCoversTheContrastClauseOfItsSentence()
    {
        var claims = TextExtractor.Extract(
            "2023-cü ildə ticarət dövriyyəsi 4,4 milyard dollar təşkil edib. Hesabat dövründə ixrac 1,2 milyard dollar, Rusiyadan idxal isə 3,2 milyard dollar olub.",
            new ExtractionContext("az", "news", s_reportDate)).Claims;

        var imports = Assert.Single(claims, c => c.Indicator == IndicatorKeys.Imports);
        Assert.Equal((new Period(new DateOnly(2023, 1, 1), new DateOnly(2023, 12, 31)), 3_200_000_000m), (imports.Period, imports.Value));
    }

    // A flow with no period said is no point of its series (it would be a day's trade); a stock is the report's day's.
    [Theory]
    [InlineData("ru", "Оверчук: товарооборот России и Азербайджана по итогам года может превысить 4,5 млрд долларов.")]
    [InlineData("en", "Russian exports grew to $3.5 billion, the ministry said.")]
    [InlineData("az", "Azərbaycanın Rusiyaya ixracı 1,2 milyard dollar olub.")]
    public void AFlowWithNoPeriodSaidMakesNoClaim(string language, string text)
    {
        Assert.Empty(TextExtractor.Extract(text, new ExtractionContext(language, "news", s_reportDate)).Claims);
    }

    [Fact]
    public void AStockWithNoPeriodSaidIsTheReportsDays()
    {
        var claim = Assert.Single(TextExtractor.Extract("Russian investment in Azerbaijan stands at $4 billion.", new ExtractionContext("en", "news", s_reportDate)).Claims);
        Assert.Equal((IndicatorKeys.Investment, new Period(s_reportDate, s_reportDate)), (claim.Indicator, claim.Period));
    }

    // Azerbaijani: "o," marks the pronoun subject, with the verb anywhere after it; a clause "<year> isə <amount>" after a
    // comma shares the clause before's subject and verb.
    [Fact]
    public void AnAzerbaijaniListOfYearsAfterAPronounIsClaimedYearByYear()
    {
        Assert.Equal([(2019, 2_500_000_000m), (2020, 2_300_000_000m), (2021, 2_700_000_000m)], YearClaims("az",
            "2019-cu ildə ticarət dövriyyəsi 2,5 milyard dollar olub. 2020-ci ildə o, bir qədər azalaraq 2,3 milyard dollara, 2021-ci ildə isə 2,7 milyard dollara çatıb."));
    }
}

/// <summary>Session 25: trade named by the pair of states before it, and an Azerbaijani "is more than" base.</summary>
public class TradeClaimFormsSession25Tests
{
    private static IReadOnlyList<(int Year, decimal Value)> YearClaims(string language, string text) => TradeClaimFormsSession24Tests.YearClaims(language, text);

    [Theory]
    [InlineData("en", "Kazakh-Uzbek trade rose 20% to $4.9 billion in 2022.", 2022, 4_900_000_000)]
    [InlineData("en", "Kazakhstan–Uzbekistan trade amounted to $458 million in 2023, up 40% year on year.", 2023, 458_000_000)]
    [InlineData("en", "Kazakhstan-Uzbekistan trade amounted to $458 million in 2023.", 2023, 458_000_000)]
    [InlineData("ru", "Казахстанско-узбекская торговля в 2023 году составила 4,3 млрд долларов.", 2023, 4_300_000_000)]
    [InlineData("az", "Qazaxıstan-Özbəkistan ticarəti 2023-cü ildə 4,3 milyard dollar təşkil edib.", 2023, 4_300_000_000)]
    public void TradeNamedByAPairOfStatesIsTheirTurnover(string language, string text, int year, long value)
    {
        Assert.Equal([(year, (decimal)value)], YearClaims(language, text));
    }

    [Theory]
    [InlineData("en", "Kazakh grain trade rose to $4.9 billion in 2022.")]
    [InlineData("en", "Kazakh-Kazakh trade rose to $4.9 billion in 2022.")]
    public void TradeOfOneStateIsNoTurnover(string language, string text)
    {
        Assert.Empty(YearClaims(language, text));
    }

    [Fact]
    public void TheBaseAnAzerbaijaniFigureIsMoreThanIsItsYears()
    {
        Assert.Contains((2021, 4_600_000_000m), YearClaims("az",
            "Ticarət dövriyyəsi 2022-ci ildə 6,1 milyard ABŞ dolları təşkil edib. Bu, 2021-ci ilin göstəricisi olan 4,6 milyard dollardan 32,6 faiz çoxdur."));
    }
}

/// <summary>
/// A year's trade said in few words, as a run of figures goes on: the currency left out after the first amount, an amount
/// in brackets after a year, "the 2022 figure of …", "put 2024 at …", "годом ранее" between two figures.
/// </summary>
public class ShortenedTradeClaimTests
{
    private static IReadOnlyList<(int Year, decimal Value)> YearClaims(string language, string text) => TradeClaimFormsSession24Tests.YearClaims(language, text);

    [Theory]
    [InlineData("ru", "В 2019 году товарооборот двух стран составил 3,1 млрд долларов, в пандемийном 2020-м он сократился почти на 23% — до 2,4 млрд.", 2020, 2_400_000_000)]
    [InlineData("ru", "В 2022 году товарооборот составил 3,7 млрд долларов. В 2023 году взаимная торговля впервые превысила 4 млрд долларов, достигнув 4,35 млрд.", 2023, 4_350_000_000)]
    [InlineData("az", "2023-cü ildə Qana ilə Peru arasında ticarət dövriyyəsi 4,84 milyard ABŞ dolları təşkil edib. Bu, 2022-ci illə (4,37 milyard dollar) müqayisədə 10,8 faiz çoxdur.", 2022, 4_370_000_000)]
    [InlineData("ru", "В 2020 году товарооборот сократился до 2,4 млрд долларов. Восстановление началось уже в 2021 году (2,9 млрд долларов).", 2021, 2_900_000_000)]
    [InlineData("en", "Trade turnover amounted to $4.37 billion in 2023, down 2.5% from the previous year. The 2022 figure of $4.48 billion remains the highest on record.", 2022, 4_480_000_000)]
    [InlineData("en", "Bilateral trade reached a record $4.48 billion in 2021. In 2022 the figure eased to $4.37 billion, and preliminary data put 2023 at about $4.8 billion.", 2023, 4_800_000_000)]
    [InlineData("en", "Bilateral trade reached a record $4.48 billion in 2021. In 2022 the figure eased to $4.37 billion, and preliminary data put 2023 at about $4.8 billion.", 2022, 4_370_000_000)]
    [InlineData("ru", "По итогам 2023 года товарооборот двух стран составил 9,8 млрд долларов и вырос на 7% — годом ранее он находился на уровне около 9,2 млрд долларов.", 2022, 9_200_000_000)]
    public void TheShortenedFigureIsItsYearsTurnover(string language, string text, int year, long value)
    {
        Assert.Contains((year, (decimal)value), YearClaims(language, text));
    }

    // The comparison's own figure keeps its year: "годом ранее" after it is the base's, not its own.
    [Fact]
    public void TheYearBeforeSaidAfterAFigureIsNotItsYear()
    {
        Assert.Equal([(2022, 3_000_000_000m), (2023, 9_800_000_000m), (2022, 9_200_000_000m)], YearClaims("ru",
            "В 2022 году товарооборот составил 3 млрд долларов. В 2023 году товарооборот составил 9,8 млрд долларов против 9,2 млрд долларов годом ранее."));
    }

    [Theory]
    // A different noun after the amount, or no word of change before it: no currency is carried on.
    [InlineData("Товарооборот составил 3,1 млрд долларов. Население страны — 10 млн.")]
    [InlineData("Товарооборот составил 3,1 млрд долларов, а добыча газа выросла до 2,4 млрд кубометров.")]
    [InlineData("Товарооборот составил 3,1 млрд долларов, инвестиции — 2,4 млн.")]
    public void AnAmountWithoutItsCurrencyTakesItOnlyWhenItContinuesTheMoney(string text)
    {
        var figures = TextExtractor.Extract(text, new ExtractionContext("ru", "news", new DateOnly(2024, 11, 15))).Figures;

        Assert.Single(figures, f => f.Kind == "money");
    }
}
