using Entente.Text.Analysis;
using Entente.Text.Extraction;
using Entente.Text.Vocabulary;

namespace Entente.Text.Tests.Extraction;

public class FigureExtractorTests
{
    private static IReadOnlyList<Figure> Figures(string text, string language = "en") =>
        TextExtractor.Extract(text, new ExtractionContext(language, "news", null)).Figures;

    [Theory]
    [InlineData("Turnover reached US$7.2 billion.", "US$7.2 billion", "7200000000", "USD")]
    [InlineData("a loan of $914.1 million was agreed", "$914.1 million", "914100000", "USD")]
    [InlineData("Товарооборот составил 3,4 млрд долларов.", "3,4 млрд долларов", "3400000000", "USD")]
    [InlineData("Инвестиции достигли 120 млн рублей.", "120 млн рублей", "120000000", "RUB")]
    [InlineData("The fund holds AZN 250 million.", "AZN 250 million", "250000000", "AZN")]
    [InlineData("The grant is ₼500.", "₼500", "500", "AZN")]
    [InlineData("They pledged 40 billion roubles.", "40 billion roubles", "40000000000", "RUB")]
    [InlineData("Exports were worth 1.5 billion US dollars.", "1.5 billion US dollars", "1500000000", "USD")]
    [InlineData("Объем составил 11 000 долларов.", "11 000 долларов", "11000", "USD")]
    [InlineData("The work programme is put at $250mn.", "$250mn", "250000000", "USD")]
    public void ReadsMoneyWithItsCurrency(string text, string mention, string value, string currency)
    {
        var figure = Assert.Single(Figures(text));
        Assert.Equal("money", figure.Kind);
        Assert.Equal(mention, figure.Text);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), figure.Value);
        Assert.Equal(currency, figure.Unit);
        Assert.Equal(mention, figure.Span.Of(text));
    }

    [Theory]
    [InlineData("Trade rose by 12.5% last year.", "12.5%", "12.5")]
    [InlineData("Growth was 3 per cent.", "3 per cent", "3")]
    [InlineData("Доля выросла до 45 процентов.", "45 процентов", "45")]
    public void ReadsPercentages(string text, string mention, string value)
    {
        var figure = Assert.Single(Figures(text));
        Assert.Equal("percent", figure.Kind);
        Assert.Equal(mention, figure.Text);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), figure.Value);
    }

    [Theory]
    [InlineData("Some 120 Georgian engineers took part.", "120 Georgian engineers", 120, "engineers", Qualifiers.Approximately)]
    [InlineData("It has more than 40 branches.", "40 branches", 40, "branches", Qualifiers.Over)]
    [InlineData("nearly 2,500 trucks crossed the border", "2,500 trucks", 2500, "trucks", Qualifiers.Almost)]
    [InlineData("at least seven joint ventures were set up", "seven joint ventures", 7, "ventures", Qualifiers.AtLeast)]
    [InlineData("The plan lists twenty-one projects.", "twenty-one projects", 21, "projects", Qualifiers.Exact)]
    [InlineData("fewer than 30 delegates came", "30 delegates", 30, "delegates", Qualifiers.Under)]
    [InlineData("Учатся более 5 тысяч студентов.", "5 тысяч студентов", 5000, "студентов", Qualifiers.Over)]
    public void ReadsCountsWithTheThingCountedAndTheQualifier(string text, string mention, int value, string unit, string qualifier)
    {
        var figure = Assert.Single(Figures(text, text.Any(c => c > 'я' - 100 && c >= 'а') ? "ru" : "en"));
        Assert.Equal("count", figure.Kind);
        Assert.Equal(mention, figure.Text);
        Assert.Equal(value, figure.Value);
        Assert.Equal(unit, figure.Unit);
        Assert.Equal(qualifier, figure.Qualifier);
    }

    [Theory]
    [InlineData("three and a half thousand tonnes", 3500)]
    [InlineData("полторы тысячи тонн", 1500)]
    [InlineData("a thousand volunteers", 1000)]
    [InlineData("two hundred and five villages", 205)]
    public void ReadsNumbersWrittenInWords(string text, int value)
    {
        var figure = Assert.Single(Figures(text, text[0] > 'z' ? "ru" : "en"));
        Assert.Equal(value, figure.Value);
    }

    [Theory]
    [InlineData("Article 12 of the Treaty applies.")]
    [InlineData("12. The Parties cooperate in science.")]
    [InlineData("The two countries signed it.")]
    [InlineData("The COVID-19 pandemic and the 3+3 format.")]
    [InlineData("the 30th anniversary of relations")]
    [InlineData("The Parties shall inform one another.")]
    public void LeavesOutLabelsOrdinalsAndDeicticNumbers(string text)
    {
        Assert.Empty(Figures(text));
    }

    // A range writes its currency (and often its scale) once, after the high end: the low end is money too.
    [Theory]
    [InlineData("en", "Rents range from 90,000 to 250,000 rubles a year.", 90_000, 250_000, "RUB")]
    [InlineData("en", "The loans are worth between 2 and 3.5 billion dollars.", 2_000_000_000, 3_500_000_000, "USD")]
    [InlineData("ru", "Стоимость обучения составит от 90 до 250 тыс. рублей в год.", 90_000, 250_000, "RUB")]
    [InlineData("ru", "Кредиты выдаются от 500 тысяч до 2 млн рублей.", 500_000, 2_000_000, "RUB")]
    [InlineData("az", "Təhsil haqqı 90 mindən 250 min rubla qədərdir.", 90_000, 250_000, "RUB")]
    [InlineData("az", "Kreditlər 2-dən 5 milyon manata qədər verilir.", 2_000_000, 5_000_000, "AZN")]
    public void TheLowEndOfAMoneyRangeTakesTheCurrencyOfItsHighEnd(string language, string text, decimal low, decimal high, string currency)
    {
        var money = Figures(text, language).Where(f => f.Kind == "money").ToList();

        Assert.Equal([low, high], money.Select(f => f.Value));
        Assert.All(money, f => Assert.Equal(currency, f.Unit));
    }

    [Theory]
    [InlineData("Growth ranged from 3 to 5 percent.")]
    [InlineData("From 2019 to 2023 the turnover doubled to $4 billion.")]
    [InlineData("The share rose from 12 to 15 per cent, or $3 billion.")]
    public void ARangeOfOtherThingsStaysOutOfMoney(string text)
    {
        Assert.True(Figures(text).Count(f => f.Kind == "money") <= 1);
    }
}
