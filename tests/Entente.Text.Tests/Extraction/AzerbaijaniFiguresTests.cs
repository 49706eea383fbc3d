using System.Globalization;
using Entente.Text.Extraction;
using Entente.Text.Vocabulary;

namespace Entente.Text.Tests.Extraction;

/// <summary>Money, percentages, dates and trade claims written the Azerbaijani way, and compound Russian amounts.</summary>
public class AzerbaijaniFiguresTests
{
    private static ExtractionResult Extract(string text, string language = "az") =>
        TextExtractor.Extract(text, new ExtractionContext(language, "news", new DateOnly(2025, 3, 1)));

    [Theory]
    [InlineData("Layihəyə 3 milyard dollar sərmayə qoyulub.", 3_000_000_000, "USD")]
    [InlineData("İxrac 2,7 milyard ABŞ dolları təşkil edib.", 2_700_000_000, "USD")]
    [InlineData("Şirkət 3 milyard 621 milyon dollarlıq mal idxal edib.", 3_621_000_000, "USD")]
    [InlineData("Zavodun tikintisinə 14 milyon manat xərclənib.", 14_000_000, "AZN")]
    [InlineData("Büdcədən 250 min manatdan çox vəsait ayrılıb.", 250_000, "AZN")]
    [InlineData("Rusiya şirkətləri Azərbaycana 6 milyard ABŞ dollarından çox sərmayə qoyub.", 6_000_000_000, "USD")]
    [InlineData("Məbləğ 40 milyon rubluna qədər artırılıb.", 40_000_000, "RUB")]
    [InlineData("Müqavilənin dəyəri 40 milyard rubl olub.", 40_000_000_000, "RUB")]
    [InlineData("Dövriyyə 4,8 mlrd. ABŞ dolları olub.", 4_800_000_000, "USD")]
    [InlineData("Sazişin dəyəri 2,5 trilyon rubl olub.", 2_500_000_000_000, "RUB")]
    [InlineData("Fondun həcmi 1,1 trln. manatdır.", 1_100_000_000_000, "AZN")]
    public void ReadsAzerbaijaniMoney(string text, decimal value, string currency)
    {
        var money = Assert.Single(Extract(text).Figures, f => f.Kind == "money");
        Assert.Equal(value, money.Value);
        Assert.Equal(currency, money.Unit);
    }

    [Theory]
    [InlineData("Rusiyaya ixrac ümumi ixracın cəmi 4.4 faizini təşkil edir.", 4.4)]
    [InlineData("İxracatımızın 95 faizindən çoxu Avropaya yönəlib.", 95)]
    [InlineData("Dövriyyə 16 faiz artıb.", 16)]
    [InlineData("Payı 12%-ə çatıb.", 12)]
    [InlineData("İxrac %12 artıb.", 12)]
    [InlineData("Ötən il 30-процентный рост товарооборота был достигнут.", 30)]
    public void ReadsPercentagesWithTheirEndings(string text, decimal value)
    {
        var percent = Assert.Single(Extract(text).Figures, f => f.Kind == "percent");
        Assert.Equal(value, percent.Value);
    }

    [Fact]
    public void AddsTheSmallerScalesOfARussianAmount()
    {
        var money = Assert.Single(Extract("Товарооборот составил $3 млрд 952 млн 67,09 тыс. за год.", "ru").Figures, f => f.Kind == "money");
        Assert.Equal(3_952_067_090m, money.Value);
        Assert.Equal("USD", money.Unit);
    }

    [Fact]
    public void AScaleDoesNotSwallowALargerNumberAfterIt()
    {
        // "2 milyard 1500 milyon" is not one amount: 1500 million is more than a billion.
        var figures = Extract("Birinci layihə 2 milyard, ikinci 1500 milyon dollar dəyərindədir.").Figures;
        Assert.DoesNotContain(figures, f => f.Value == 3_500_000_000m);
    }

    [Fact]
    public void TiesACompoundTradeFigureToItsYear()
    {
        var claim = Assert.Single(Extract("2024-cü ildə Rusiya ilə Azərbaycan arasında ticarət dövriyyəsi 4 milyard 799 milyon dollar olub.").Claims,
            c => c.Indicator == IndicatorKeys.TradeTurnover);
        Assert.Equal(2024, claim.Period.Start.Year);
        Assert.Equal(4_799_000_000m, claim.Value);
    }

    [Theory]
    [InlineData("Общий объем торговли между двумя странами в 2023 году составил $3 млрд 952 млн.", "ru", 3_952_000_000)]
    [InlineData("2023-cü ildə qarşılıqlı ticarət 2,7 milyard ABŞ dolları olub.", "az", 2_700_000_000)]
    public void ReadsTradeNamedInOtherWords(string text, string language, decimal value)
    {
        var claim = Assert.Single(Extract(text, language).Claims, c => c.Indicator == IndicatorKeys.TradeTurnover);
        Assert.Equal(2023, claim.Period.Start.Year);
        Assert.Equal(value, claim.Value);
    }

    [Theory]
    [InlineData("Görüş martın 3-də keçirilib.", 2025, 3, 3)]
    [InlineData("Forum 2023-cü il mart ayında Bakıda keçirilib.", 2023, 3, 0)]
    [InlineData("Saziş 2019-cu il martın 3-də imzalanıb.", 2019, 3, 3)]
    public void ReadsAzerbaijaniMonthsInTheirCases(string text, int year, int month, int day)
    {
        var date = Assert.Single(Extract(text).Dates);
        var start = date.Value ?? date.Start;
        Assert.NotNull(start);
        Assert.Equal(year, start.Value.Year);
        Assert.Equal(month, start.Value.Month);
        if (day > 0)
        {
            Assert.Equal(day, start.Value.Day);
        }
    }

    // The document's date in Extract is 1 March 2025, so "ötən il" is 2024 and "bu il" 2025.
    [Theory]
    [InlineData("2024-cü ilin yanvar-sentyabr aylarında ixrac artıb.", "2024-01-01", "2024-09-30")]
    [InlineData("Ötən ilin yanvar-sentyabr aylarında ixrac artıb.", "2024-01-01", "2024-09-30")]
    [InlineData("Bu ilin fevral ayında ixrac artıb.", "2025-02-01", "2025-02-28")]
    [InlineData("Ötən ilin doqquz ayında ixrac artıb.", "2024-01-01", "2024-09-30")]
    [InlineData("2024-cü ilin 6 ayında ixrac artıb.", "2024-01-01", "2024-06-30")]
    [InlineData("Bu ilin ilk iki ayında ixrac artıb.", "2025-01-01", "2025-02-28")]
    [InlineData("2024-cü ilin birinci yarısında ixrac artıb.", "2024-01-01", "2024-06-30")]
    [InlineData("2023-cü ilin üçüncü rübündə ixrac azalıb.", "2023-07-01", "2023-09-30")]
    public void ReadsThePartOfTheYearWrittenAfterTheYear(string text, string start, string end)
    {
        var date = Assert.Single(Extract(text).Dates);
        Assert.Equal((DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture)), (date.Start, date.End));
    }

    [Fact]
    public void ASentenceOpeningWithAYearDoesNotLendItsPeriodToThePreviousOne()
    {
        // Before, no sentence began at a digit, so the nine months' figure took the half year that followed it.
        var claims = Extract("Ötən ilin doqquz ayında ticarət dövriyyəsi 2,9 milyard dollar olub. 2024-cü ilin 6 ayında isə ticarət dövriyyəsi 2 milyard dollar təşkil edib.")
            .Claims.Where(c => c.Indicator == IndicatorKeys.TradeTurnover).ToList();
        Assert.Equal([(2_900_000_000m, 9), (2_000_000_000m, 6)], claims.Select(c => (c.Value, c.Period.End.Month)));
    }

    // The clause after "isə" has its own subject: "yatırımları" (investments) is what its amount measures.
    [Fact]
    public void AContrastClauseNamesItsOwnIndicator()
    {
        var claims = Extract("2024-cü ildə Gürcüstan şirkətlərinin investisiyaları 1 milyard dolları, Azərbaycanın yatırımları isə 2,5 milyard dolları ötüb.").Claims;

        Assert.Equal([(IndicatorKeys.Investment, 1_000_000_000m), (IndicatorKeys.Investment, 2_500_000_000m)], claims.Select(c => (c.Indicator, c.Value)));
    }
}
