using Entente.Text.Analysis;
using Entente.Text.Extraction;
using Entente.Text.Normalisation;

namespace Entente.Text.Tests.Extraction;

/// <summary>
/// Session 30: amounts written as ranges with a dash, as lists that name the currency once, as "half a billion", as a
/// number in words followed by a smaller scale, and restated for another year without their currency.
/// </summary>
public class AmountFormsSession30Tests
{
    // Read as the pipeline reads: dashes are hyphens by then.
    internal static IReadOnlyList<Figure> Figures(string language, string text) =>
        TextExtractor.Extract(TextNormaliser.Normalise(text).Text, new ExtractionContext(language, "news", new DateOnly(2025, 3, 1))).Figures;

    private static List<(decimal Value, string Unit)> Money(string language, string text) =>
        [.. Figures(language, text).Where(f => f.Kind == "money").Select(f => (f.Value, f.Unit))];

    private static List<decimal> Percentages(string language, string text) =>
        [.. Figures(language, text).Where(f => f.Kind == "percent").Select(f => f.Value)];

    [Theory]
    [InlineData("en", "The portfolio of joint projects is put at 1.2-1.5 billion dollars.", 1_200_000_000, 1_500_000_000, "USD")]
    [InlineData("ru", "Инвестиции на первом этапе оцениваются в 1,2–1,5 млрд долларов.", 1_200_000_000, 1_500_000_000, "USD")]
    [InlineData("ru", "Работы оцениваются в 250 — 300 млн долларов.", 250_000_000, 300_000_000, "USD")]
    [InlineData("az", "Hər əməliyyatın dəyəri 25–30 min manat təşkil edir.", 25_000, 30_000, "AZN")]
    [InlineData("az", "Turistlərin xərclədiyi vəsait 600–650 milyon dollar təxmin edilir.", 600_000_000, 650_000_000, "USD")]
    public void ADashedRangesLowEndIsMoneyInTheHighEndsScaleAndCurrency(string language, string text, decimal low, decimal high, string currency)
    {
        Assert.Equal([(low, currency), (high, currency)], Money(language, text));
    }

    [Theory]
    [InlineData("ru", "Доля локализации не превышает 18–20%.", 18, 20)]
    [InlineData("en", "The share shall be raised to 40, 45, 60 and 80 per cent.", 40, 80)]
    public void ARangeOrListOfPercentagesGivesEachOne(string language, string text, decimal first, decimal last)
    {
        var percentages = Percentages(language, text);

        Assert.Equal(first, percentages[0]);
        Assert.Equal(last, percentages[^1]);
    }

    [Theory]
    [InlineData("Tariffs on heading 87.05 or 87.06, 35 % of the net cost.")]
    [InlineData("Trade grew 2-3 times in the decade.")]
    public void NumbersThatAreNoRangeOrListStayAsTheyAre(string text)
    {
        Assert.DoesNotContain(87.06m, Percentages("en", text));
        Assert.Empty(Money("en", text));
    }

    [Theory]
    [InlineData("ru", "Товарооборот в 2021, 2022 и 2023 годах составил соответственно 4,1, 4,3 и 4,8 млрд долларов.", "USD")]
    [InlineData("az", "Dövriyyə müvafiq olaraq 4 milyard 170 milyon, 4 milyard 365 milyon və 4 milyard 798 milyon ABŞ dolları olub.", "USD")]
    public void AListNamesItsCurrencyOnceForEveryAmount(string language, string text, string currency)
    {
        var money = Money(language, text);

        Assert.Equal(3, money.Count);
        Assert.All(money, m => Assert.Equal(currency, m.Unit));
        Assert.True(money[0].Value > 4_000_000_000m && money[1].Value > 4_000_000_000m, string.Join(", ", money));
    }

    [Theory]
    [InlineData("en", "Cumulative investments will reach nearly half a billion roubles.", 500_000_000, "RUB")]
    [InlineData("az", "Qeyri-neft ticarətini yarım milyard dollara çatdırmaq hədəflənir.", 500_000_000, "USD")]
    [InlineData("ru", "Проект обойдётся в полмиллиарда рублей.", 500_000_000, "RUB")]
    [InlineData("en", "Turnover grew to four billion 799 million dollars.", 4_799_000_000, "USD")]
    public void HalfAScaleAndANumberInWordsWithASmallerScaleAreOneAmount(string language, string text, decimal value, string currency)
    {
        Assert.Equal([(value, currency)], Money(language, text));
    }

    [Theory]
    [InlineData("en", "Turnover grew to USD 4.8 billion in 2024. Back in 2022 it was 4.06 billion.", 4_060_000_000)]
    [InlineData("ru", "Товарооборот составил 4,8 миллиарда долларов США. Годом ранее было около 4,3 млрд, то есть рост превысил 11%.", 4_300_000_000)]
    [InlineData("ru", "Экспорт — примерно 3,6 млрд долларов, поставки из Ригонии — около 1,2 млрд.", 1_200_000_000)]
    [InlineData("az", "İdxal 2,69 milyard, ixrac isə 920 milyon dollar olub.", 2_690_000_000)]
    public void AnAmountRestatedWithoutItsCurrencyKeepsIt(string language, string text, decimal value)
    {
        Assert.Contains((value, "USD"), Money(language, text));
    }

    // A statistics bulletin writes millions in groups of three with decimals, and names the currency once at the end.
    [Fact]
    public void GroupsOfThreeWithDecimalsAndAListBrokenByYearsKeepTheirScaleAndCurrency()
    {
        var money = Money("ru", "Товарооборот составлял в 2021 году 2 970,4 млн долларов, в 2022-м — 4 603,1 млн, в 2023-м — 4 374,8 млн, а в 2024-м — 4 811,9 млн долларов.");

        Assert.Equal([(2_970_400_000m, "USD"), (4_603_100_000m, "USD"), (4_374_800_000m, "USD"), (4_811_900_000m, "USD")], money);
    }

    [Fact]
    public void AYearWithItsWordIsNoCountOfYears()
    {
        Assert.Empty(Figures("az", "Dövriyyə 2023 və 2024 illərdə artıb."));
    }
}

/// <summary>Session 30: which year a turnover figure is for, when a list, a bracket or a comparison says it.</summary>
public class TradeClaimYearsSession30Tests
{
    private static IReadOnlyList<(int Year, decimal Value)> YearClaims(string language, string text) => TradeClaimFormsSession24Tests.YearClaims(language, text);

    [Theory]
    [InlineData("en", "Turnover was $4.1 billion, $4.3 billion and $4.8 billion in 2021, 2022 and 2023 respectively.")]
    [InlineData("ru", "Товарооборот в 2021, 2022 и 2023 годах составил соответственно 4,1, 4,3 и 4,8 млрд долларов.")]
    [InlineData("az", "Ticarət dövriyyəsi 2021, 2022 və 2023-cü illərdə müvafiq olaraq 4,1 milyard, 4,3 milyard və 4,8 milyard dollar təşkil edib.")]
    public void RespectivelyPairsTheAmountsWithTheYearsInOrder(string language, string text)
    {
        Assert.Equal([(2021, 4_100_000_000m), (2022, 4_300_000_000m), (2023, 4_800_000_000m)], YearClaims(language, text));
    }

    [Fact]
    public void AYearInABracketAfterTheAmountIsTheBracketsOwn()
    {
        var claims = YearClaims("az", "Qeyd olunub ki, 2023-cü ilin yekunlarına görə qarşılıqlı ticarət dövriyyəsi 4 milyard 370 milyon dollar təşkil edib (2022-ci ildə bu göstərici 4,17 mlrd. dollar idi).");

        Assert.Contains((2023, 4_370_000_000m), claims);
        Assert.DoesNotContain((2022, 4_370_000_000m), claims);
    }

    [Fact]
    public void TheYearOfTheAmountComparedAgainstIsNotTheFirstAmounts()
    {
        var claims = YearClaims("en", "Turnover grew to $4.8 billion, against roughly USD 4.37 billion in 2023.");

        Assert.Contains((2023, 4_370_000_000m), claims);
        Assert.DoesNotContain((2023, 4_800_000_000m), claims);
    }

    [Fact]
    public void AnAmountInASentenceThatSaysTheYearBeforeGoesOnWithTheClaimJustMade()
    {
        Assert.Contains((2022, 4_300_000_000m), YearClaims("ru",
            "По итогам 2023 года взаимный товарооборот составил 4,8 миллиарда долларов США. Годом ранее было около 4,3 млрд, то есть рост превысил 11%."));
    }
}
