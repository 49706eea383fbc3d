namespace Entente.Text.Tests.Extraction;

/// <summary>
/// Session 32: the turnover of a year in more forms — a year opening the next clause after a comma ("…, в 2022-м вырос
/// до 4,6 млрд") is that clause's, and bare "trade" after the sentence's own year ("Last year trade with Russia reached …").
/// </summary>
public class FormsSession32Tests
{
    private static IReadOnlyList<(int Year, decimal Value)> YearClaims(string language, string text) => TradeClaimFormsSession24Tests.YearClaims(language, text);

    [Fact]
    public void AYearAfterACommaOpensTheNextClause()
    {
        var claims = YearClaims("ru", "В 2021 году товарооборот двух стран составил 2,97 млрд долларов, в 2022-м вырос до 4,6 млрд, в 2023-м несколько снизился — до 4,4 млрд.");

        Assert.Equal([(2021, 2_970_000_000m), (2022, 4_600_000_000m), (2023, 4_400_000_000m)], claims);
    }

    // (The report is dated 15 November 2024: "last year" is 2023.)
    [Theory]
    [InlineData("Last year trade with Russia reached 4.8 billion dollars.", 2023)]
    [InlineData("HOST: Last year trade reached 4.8 billion dollars.", 2023)]
    [InlineData("In 2022 trade reached 4.8 billion dollars.", 2022)]
    public void TradeAfterTheSentencesYearIsTheTurnover(string text, int year)
    {
        Assert.Equal([(year, 4_800_000_000m)], YearClaims("en", text));
    }

    [Theory]
    [InlineData("Last year trade missions reached 40 countries and cost 4.8 million dollars.")]
    [InlineData("Last year the foreign trade of Kazakhstan reached 4.8 billion dollars.")]
    public void OtherTradeAfterTheYearIsNoTurnover(string text)
    {
        Assert.Empty(YearClaims("en", text));
    }
}
