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
        Assert.Equal([(2023, 4_300_000_000m)], russian.Select(c => (c.Period!.Start.Year, c.Value)));
    }

    [Fact]
    public void AClauseAfterWhileTakesTheSentencesDateWhenItHasNone()
    {
        var claims = Claims("en", "Russia's exports to Azerbaijan amounted to $3.2 billion last year, while imports from Azerbaijan reached $1.1 billion.");
        Assert.Equal([(IndicatorKeys.Exports, 2023), (IndicatorKeys.Imports, 2023)], claims.Select(c => (c.Indicator, c.Period!.Start.Year)));
        Assert.All(claims, c => Assert.Equal(new DateOnly(2023, 12, 31), c.Period!.End));
    }
}
