using Entente.Text.Analysis;
using Entente.Text.Extraction;
using Entente.Text.Normalisation;

namespace Entente.Text.Tests.Extraction;

/// <summary>
/// Session 33: amounts joined to their scale by a hyphen ("$2.96-billion", "$260 million-worth"), Azerbaijani "min" after a
/// currency sign or code ("AZN 850 min ($500 min)"), "дол." for dollars; a verbless sentence of years and amounts after a
/// turnover sentence; "March 5th, 2024", "from 25 to 27 August", a chronology line's year for its days.
/// </summary>
public class FormsSession33Tests
{
    private static IReadOnlyList<Figure> Figures(string language, string text) => AmountFormsSession30Tests.Figures(language, text);

    private static IReadOnlyList<(int Year, decimal Value)> YearClaims(string language, string text) => TradeClaimFormsSession24Tests.YearClaims(language, text);

    private static IReadOnlyList<DateMention> Dates(string text, DateOnly? documentDate = null) =>
        TextExtractor.Extract(TextNormaliser.Normalise(text).Text, new ExtractionContext("en", "news", documentDate)).Dates;

    [Theory]
    [InlineData("en", "Last year trade between the two countries reached $2.96-billion.", 2_960_000_000, "USD")]
    [InlineData("en", "Russian wheat shipments reached 1.3 million tonnes, some $260 million-worth.", 260_000_000, "USD")]
    [InlineData("az", "Azərbaycan tərəfi AZN 850 min ayırıb.", 850_000, "AZN")]
    [InlineData("az", "Narkotiklərin dəyəri təxminən ($820 min) qiymətləndirilir.", 820_000, "USD")]
    [InlineData("ru", "Взаимный товарооборот составил почти 4,4 млрд дол., а за девять месяцев вырос.", 4_400_000_000, "USD")]
    public void ReadsTheAmountInItsForm(string language, string text, long value, string currency)
    {
        Assert.Contains(Figures(language, text), f => f.Kind == "money" && f.Value == value && f.Unit == currency);
    }

    [Theory]
    [InlineData("en", "The meeting lasted 20 min and the fee was 5 dollars.")]
    [InlineData("en", "Freight on the railway grew 1.5-fold last year.")]
    public void AMinuteOrAFoldIsNoThousandOrScale(string language, string text)
    {
        Assert.DoesNotContain(Figures(language, text), f => f.Kind == "money" && f.Value >= 1000);
    }

    [Fact]
    public void AVerblessListOfYearsAndAmountsListsTheTurnoverOfTheSentenceBefore()
    {
        // (The helper's report is dated 15 November 2024.)
        var text = "Каждый раз, когда чиновники двух стран рапортуют о товарообороте, звучат доллары. В 2020 году — 2 млрд 900 млн долларов, "
                   + "в 2021-м — 4,6 млрд, в 2022-м — 4,4 млрд, в 2023-м — 4 800 000 000 долларов.";

        Assert.Equal([(2020, 2_900_000_000m), (2021, 4_600_000_000m), (2022, 4_400_000_000m), (2023, 4_800_000_000m)],
            YearClaims("ru", TextNormaliser.Normalise(text).Text));
    }

    [Fact]
    public void AListOfYearsAfterASentenceOnAnotherFigureIsNoTurnover()
    {
        var text = "Каждый раз, когда чиновники рапортуют об инвестициях, звучат доллары. В 2021 году — 2 млрд 900 млн долларов, в 2022-м — 4,6 млрд.";

        Assert.Empty(YearClaims("ru", TextNormaliser.Normalise(text).Text));
    }

    [Theory]
    [InlineData("On March 5th, 2024, the two companies signed a supplementary agreement.", 2024, 3, 5)]
    [InlineData("2000 — On September 12, Russia, Iran and India sign the agreement in St Petersburg.", 2000, 9, 12)]
    [InlineData("2018 — On August 12th the five littoral states sign the Convention.", 2018, 8, 12)]
    public void ReadsTheDay(string text, int year, int month, int day)
    {
        Assert.Contains(Dates(text, new DateOnly(2025, 1, 28)), d => d.Value == new DateOnly(year, month, day));
    }

    [Fact]
    public void FromOneDayToAnotherIsARange()
    {
        var range = Assert.Single(Dates("The working group met in Baku from 25 to 27 August.", new DateOnly(2025, 9, 2)));

        Assert.Equal((new DateOnly(2025, 8, 25), new DateOnly(2025, 8, 27)), (range.Start, range.End));
    }

    [Fact]
    public void FromTonnesToADayIsNoRange()
    {
        var date = Assert.Single(Dates("They shipped from 5 to 7 tonnes on 3 March.", new DateOnly(2025, 9, 2)));

        Assert.Equal(new DateOnly(2025, 3, 3), date.Value);
    }

    [Fact]
    public void AYearInTheMiddleOfALineIsNoChronologysYear()
    {
        var dates = Dates("The plan for 2000 — the one signed on September 12 — was kept.", new DateOnly(2025, 1, 28));

        Assert.Contains(dates, d => d.Value == new DateOnly(2025, 9, 12));
        Assert.DoesNotContain(dates, d => d.Value == new DateOnly(2000, 9, 12));
    }
}
